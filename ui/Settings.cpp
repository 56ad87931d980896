// SPDX-License-Identifier: MIT
#include "Settings.h"

#include <QDateTime>
#include <QFile>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// The keys as they appear in the file; defaults are given by the getters below.
const QString languageKeyName = u"ui/language"_s;         // "en" | "zh_TW"; default: locale
const QString geometryKey = u"window/geometry"_s;         // saveGeometry(); default: none
const QString windowStateKey = u"window/state"_s;         // saveState(); default: none
const QString treeShareKey = u"window/treeShare"_s;       // 0.05..0.95; default: none
const QString paneSplitterKey = u"window/paneSplitter"_s; // QSplitter::saveState(); none
const QString lastEntryKey = u"entry/last"_s;             // "http:403.14"; default: none
const QString iisVersionKey = u"view/iisVersion"_s;       // "6.0" | "all"; default: all
const QString zoomKey = u"view/zoom"_s;                   // -4..10; default: 0
const QString recentLogsKey = u"logs/recent"_s;           // paths, newest first; default: none
const QString recentEntriesKey = u"history/recent"_s;     // "http:403.14", newest first; none
const QString allIisVersions = u"all"_s;

// A list as an INI file gives it back: one item alone reads as a string, not a list of one,
// and items that are not strings (a hand-edited or damaged value) are skipped.
QStringList stringItems(const QVariant &value)
{
    const QVariantList items =
        value.typeId() == QMetaType::QString ? QVariantList{value} : value.toList();
    QStringList strings;
    for (const QVariant &item : items) {
        if (item.typeId() == QMetaType::QString)
            strings.append(item.toString());
    }
    return strings;
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>())
{
    checkFile();
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    checkFile();
}

void Settings::checkFile()
{
    const QString file = m_settings->fileName();
    // QSettings reads the file on first use, and only then knows whether it was damaged.
    m_settings->contains(languageKeyName);
    if (m_settings->status() == QSettings::FormatError) {
        // QSettings rewrites the whole file on the next save from what it could read; keep
        // what it could not, so a hand edit gone wrong can be repaired rather than lost.
        const QString copy =
            file + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        m_problems.append(QFile::copy(file, copy)
                              ? tr("The settings file %1 was damaged: the parts that could be "
                                   "read are used, and a copy of the file was kept as %2.")
                                    .arg(file, copy)
                              : tr("The settings file %1 was damaged: the parts that could be "
                                   "read are used; no copy could be kept.")
                                    .arg(file));
    }
    if (!m_settings->isWritable())
        m_problems.append(tr("The settings file %1 cannot be written: choices made now will "
                             "not be remembered.")
                              .arg(file));
}

Settings::~Settings() = default;

QByteArray Settings::bytes(const QString &key) const
{
    const QVariant value = m_settings->value(key);
    // A hand-edited file can hold a string or a list where bytes belong; treat it as unset.
    if (value.typeId() != QMetaType::QByteArray)
        return {};
    return value.toByteArray();
}

std::optional<Language> Settings::language() const
{
    const QVariant value = m_settings->value(languageKeyName);
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    return languageFromKey(value.toString());
}

Language Settings::startLanguage() const
{
    return language().value_or(languageForLocale(QLocale::system()));
}

void Settings::setLanguage(Language language)
{
    m_settings->setValue(languageKeyName, languageKey(language));
}

QByteArray Settings::windowGeometry() const
{
    return bytes(geometryKey);
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return bytes(windowStateKey);
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(windowStateKey, state);
}

std::optional<double> Settings::treeShare() const
{
    bool ok = false;
    const double share = m_settings->value(treeShareKey).toDouble(&ok);
    if (!ok || !(share >= 0.05 && share <= 0.95))
        return std::nullopt;
    return share;
}

void Settings::setTreeShare(double share)
{
    m_settings->setValue(treeShareKey, share);
}

QByteArray Settings::paneSplitterState() const
{
    return bytes(paneSplitterKey);
}

void Settings::setPaneSplitterState(const QByteArray &state)
{
    m_settings->setValue(paneSplitterKey, state);
}

std::optional<CodeId> Settings::lastEntry() const
{
    const QVariant value = m_settings->value(lastEntryKey);
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    return CodeId::fromKey(value.toString());
}

void Settings::setLastEntry(const std::optional<CodeId> &id)
{
    if (id)
        m_settings->setValue(lastEntryKey, id->key());
    else
        m_settings->remove(lastEntryKey);
}

IisVersionSet Settings::iisVersionFilter() const
{
    const QVariant value = m_settings->value(iisVersionKey);
    if (value.typeId() != QMetaType::QString)
        return {};
    return IisVersionSet::fromVersion(value.toString()).value_or(IisVersionSet());
}

void Settings::setIisVersionFilter(const IisVersionSet &versions)
{
    const QStringList releases = versions.versions();
    // "all" rather than a missing key, so a hand-edited file shows what the choice was.
    m_settings->setValue(iisVersionKey, releases.size() == 1 ? releases.first() : allIisVersions);
}

int Settings::zoom() const
{
    bool ok = false;
    const int steps = m_settings->value(zoomKey).toInt(&ok);
    return ok && steps >= minZoom && steps <= maxZoom ? steps : 0;
}

void Settings::setZoom(int steps)
{
    m_settings->setValue(zoomKey, steps);
}

QStringList Settings::recentLogs() const
{
    QStringList paths;
    for (const QString &path : stringItems(m_settings->value(recentLogsKey))) {
        if (!path.isEmpty() && paths.size() < maxRecentLogs)
            paths.append(path);
    }
    return paths;
}

void Settings::addRecentLog(const QString &path)
{
    QStringList paths = recentLogs();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > maxRecentLogs)
        paths.removeLast();
    m_settings->setValue(recentLogsKey, paths);
}

QList<CodeId> Settings::recentEntries() const
{
    QList<CodeId> ids;
    for (const QString &key : stringItems(m_settings->value(recentEntriesKey))) {
        const auto id = CodeId::fromKey(key);
        if (id && !ids.contains(*id) && ids.size() < maxRecentEntries)
            ids.append(*id);
    }
    return ids;
}

void Settings::addRecentEntry(const CodeId &id)
{
    QList<CodeId> ids = recentEntries();
    ids.removeAll(id);
    ids.prepend(id);
    QStringList keys;
    for (qsizetype i = 0; i < ids.size() && i < maxRecentEntries; ++i)
        keys.append(ids[i].key());
    m_settings->setValue(recentEntriesKey, keys);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace iisref
