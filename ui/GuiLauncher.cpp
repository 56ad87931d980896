// SPDX-License-Identifier: MIT
#include "GuiLauncher.h"

#include "CatalogLoader.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StartupOptions.h"
#include "TerminalText.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace iisref {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Ties the window to io.github.iisref.IisRef.desktop: Wayland and the docks find our icon
    // and name through it.
    QGuiApplication::setDesktopFileName(QStringLiteral(IISREF_APP_ID));
    QApplication::setApplicationDisplayName(u"iisref"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(IISREF_APP_ID), QIcon(u":/icons/" IISREF_APP_ID ".svg"_s)));

    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    for (const QString &warning : options.warnings)
        std::fprintf(stderr, "iisref: %s\n", qPrintable(TerminalText::plain(warning)));

    Settings settings;
    // Only the language on screen is read before the first frame; the other follows it.
    const Language firstLanguage = options.language.value_or(settings.startLanguage());
    const bool builtIn = options.catalogDirectory.isEmpty();
    Catalog catalog = builtIn ? CatalogLoader::loadBuiltIn(firstLanguage)
                              : CatalogLoader::loadDirectory(options.catalogDirectory);
    const auto reportIssues = [&catalog](qsizetype from) {
        for (qsizetype i = from; i < catalog.issues().size(); ++i)
            std::fprintf(stderr, "iisref: %s\n",
                         qPrintable(TerminalText::plain(catalog.issues()[i].toString())));
    };
    reportIssues(0);
    for (const QString &problem : settings.problems())
        std::fprintf(stderr, "iisref: %s\n", qPrintable(TerminalText::plain(problem)));

    MainWindow window(catalog, settings);
    if (options.language)
        window.setLanguage(*options.language, false);
    if (!options.query.isEmpty())
        window.openQuery(options.query);
    window.show();
    if (!options.logs.isEmpty())
        window.openLogs(options.logs);
    if (builtIn) {
        QTimer::singleShot(0, &window, [&catalog, firstLanguage, reportIssues] {
            const qsizetype known = catalog.issues().size();
            CatalogLoader::loadBuiltInLanguage(catalog, otherLanguage(firstLanguage));
            reportIssues(known);
        });
    }
    return app.exec();
}

} // namespace iisref
