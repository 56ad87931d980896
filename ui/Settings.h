// SPDX-License-Identifier: MIT
#pragma once

#include "CodeId.h"
#include "IisVersionSet.h"
#include "Language.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>

#include <memory>
#include <optional>

namespace iisref {

// Every remembered choice in one place, each with its default. A value that is missing, of the
// wrong type or from another program's idea of the key reads as the default, so a damaged file
// can never stop the window from opening.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)
    Q_DECLARE_TR_FUNCTIONS(iisref::Settings)

public:
    // The platform's usual place (~/.config/iisref/iisref.conf on Linux).
    Settings();
    // An INI file of one's own, for tests and portable use.
    explicit Settings(const QString &iniFile);
    ~Settings();

    // Default: none, so the caller falls back to the system locale.
    std::optional<Language> language() const;
    // The language the window opens in: the remembered one, else the system locale's.
    Language startLanguage() const;
    void setLanguage(Language language);

    // Defaults: empty, meaning "let the window choose".
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The category tree's share of the window's width, so a width dragged on one screen is
    // the same proportion on a smaller one. Default: none, the window's own; a value outside
    // 5–95 % reads as none.
    std::optional<double> treeShare() const;
    void setTreeShare(double share);
    QByteArray paneSplitterState() const;
    void setPaneSplitterState(const QByteArray &state);

    // Default: none.
    std::optional<CodeId> lastEntry() const;
    void setLastEntry(const std::optional<CodeId> &id);

    // The toolbar's IIS version. Default: empty, every release. The window offers one release
    // at a time, so anything else in the file (a range, a release IIS never had) reads as the
    // default, and a set of several releases is stored as every release.
    IisVersionSet iisVersionFilter() const;
    void setIisVersionFilter(const IisVersionSet &versions);

    // The panes' text size in steps from the default. Default 0; out of range reads as 0.
    static constexpr int minZoom = -4;
    static constexpr int maxZoom = 10;
    int zoom() const;
    void setZoom(int steps);

    // Logs and log folders opened, newest first, at most maxRecentLogs. Default: none.
    static constexpr int maxRecentLogs = 8;
    QStringList recentLogs() const;
    void addRecentLog(const QString &path);

    // Entries committed to (Enter, a link, the tree, a deep link), newest first, distinct, at
    // most maxRecentEntries. Default: none. A key that names no code is left out; whether the
    // catalog has the code is the window's to check.
    static constexpr int maxRecentEntries = 10;
    QList<CodeId> recentEntries() const;
    void addRecentEntry(const CodeId &id);

    void sync();
    QString fileName() const;
    // What went wrong with the file, for the user to read: it was damaged (and a copy of it
    // kept), or it cannot be written, so choices made now will not be remembered.
    const QStringList &problems() const { return m_problems; }

private:
    QByteArray bytes(const QString &key) const;
    void checkFile();

    std::unique_ptr<QSettings> m_settings;
    QStringList m_problems;
};

} // namespace iisref
