// SPDX-License-Identifier: MIT
#include "GuiLauncher.h"

#include "CatalogLoader.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StartupOptions.h"
#include "TerminalText.h"

#include <QApplication>
#include <QIcon>

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
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(IISREF_APP_ID), QIcon(u":/icons/" IISREF_APP_ID ".svg"_s)));

    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    for (const QString &warning : options.warnings)
        std::fprintf(stderr, "iisref: %s\n", qPrintable(TerminalText::plain(warning)));

    const Catalog catalog = options.catalogDirectory.isEmpty()
                                ? CatalogLoader::loadBuiltIn()
                                : CatalogLoader::loadDirectory(options.catalogDirectory);
    for (const CatalogIssue &issue : catalog.issues())
        std::fprintf(stderr, "iisref: %s\n", qPrintable(TerminalText::plain(issue.toString())));

    Settings settings;
    MainWindow window(catalog, settings);
    if (options.language)
        window.setLanguage(*options.language, false);
    if (!options.query.isEmpty())
        window.openQuery(options.query);
    window.show();
    return app.exec();
}

} // namespace iisref
