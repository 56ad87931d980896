// SPDX-License-Identifier: MIT
#include "GuiSession.h"

#include "CatalogLoader.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TerminalText.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace iisref {

namespace {

void printWarning(const QString &message)
{
    std::fprintf(stderr, "iisref: %s\n", qPrintable(TerminalText::plain(message)));
}

} // namespace

GuiSession::GuiSession(StartupOptions options, const QString &settingsFile)
    : m_options(std::move(options)),
      m_settings(settingsFile.isEmpty() ? std::make_unique<Settings>()
                                        : std::make_unique<Settings>(settingsFile))
{
    for (const QString &warning : m_options.warnings)
        printWarning(warning);
    // Only the language on screen is read before the first frame; the other follows it.
    m_firstLanguage = m_options.language.value_or(m_settings->startLanguage());
    m_catalog = m_options.catalogDirectory.isEmpty()
                    ? CatalogLoader::loadBuiltIn(m_firstLanguage)
                    : CatalogLoader::loadDirectory(m_options.catalogDirectory);
    reportIssues(0);
    for (const QString &problem : m_settings->problems())
        printWarning(problem);

    m_window = std::make_unique<MainWindow>(m_catalog, *m_settings);
    if (m_options.language)
        m_window->setLanguage(*m_options.language, false);
    if (!m_options.query.isEmpty())
        m_window->openQuery(m_options.query);
    QObject::connect(m_window.get(), &MainWindow::firstFramePainted, m_window.get(), [this] {
        // The theme's lookup reads its index files: after the frame, like the other icons.
        QApplication::setWindowIcon(QIcon::fromTheme(
            QStringLiteral(IISREF_APP_ID), QIcon(QStringLiteral(":/icons/" IISREF_APP_ID ".svg"))));
        loadOtherLanguage();
    });
}

GuiSession::~GuiSession() = default;

void GuiSession::show()
{
    m_window->show();
    if (!m_options.logs.isEmpty())
        m_window->openLogs(m_options.logs);
}

void GuiSession::reportIssues(qsizetype from) const
{
    for (qsizetype i = from; i < m_catalog.issues().size(); ++i)
        printWarning(m_catalog.issues()[i].toString());
}

void GuiSession::loadOtherLanguage()
{
    // A --catalog directory is loaded whole, both languages, before the window.
    if (!m_options.catalogDirectory.isEmpty())
        return;
    const qsizetype known = m_catalog.issues().size();
    CatalogLoader::loadBuiltInLanguage(m_catalog, otherLanguage(m_firstLanguage));
    reportIssues(known);
}

} // namespace iisref
