// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the window's suites share: a settings file of the test's own and the real window on
// it, opened as the next run of the program would open it. Each suite fills m_catalog.
class WindowTest : public QObject
{
protected:
    iisref::Catalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<iisref::Settings> m_settings;
    std::unique_ptr<iisref::MainWindow> m_window;

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("iisref.conf")); }

    // A new settings file for each test, in English whatever the machine's locale is.
    bool freshSettings()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        iisref::Settings(settingsPath()).setLanguage(iisref::Language::English);
        return true;
    }

    void closeWindow()
    {
        m_window.reset();
        m_settings.reset();
    }

    // The catalog must outlive the window: a member, not a temporary. An empty size keeps the
    // window's own first-launch size.
    iisref::MainWindow *openWindowOn(const iisref::Catalog &catalog, QSize size = {})
    {
        m_window.reset();
        m_settings = std::make_unique<iisref::Settings>(settingsPath());
        m_window = std::make_unique<iisref::MainWindow>(catalog, *m_settings);
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("window did not become active");
        return m_window.get();
    }

    template <typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
};
