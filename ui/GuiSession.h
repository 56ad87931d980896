// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "StartupOptions.h"

#include <memory>

namespace iisref {

class MainWindow;
class Settings;

// The window's start-up, from parsed options to a shown window, in the order a user waits for
// it: the settings, the language on screen and the window before the first frame; the other
// language after it. The program and the start-up benchmark both start through it, so what is
// measured is what users get.
class GuiSession final
{
public:
    // An empty `settingsFile` uses the user's settings (~/.config/iisref/iisref.conf).
    explicit GuiSession(StartupOptions options, const QString &settingsFile = {});
    ~GuiSession();
    GuiSession(const GuiSession &) = delete;
    GuiSession &operator=(const GuiSession &) = delete;

    MainWindow &window() const { return *m_window; }
    const Catalog &catalog() const { return m_catalog; }
    void show();

private:
    void reportIssues(qsizetype from) const;
    void loadOtherLanguage();

    StartupOptions m_options;
    std::unique_ptr<Settings> m_settings;
    Language m_firstLanguage = Language::English;
    Catalog m_catalog;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace iisref
