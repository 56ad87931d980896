// SPDX-License-Identifier: MIT
#pragma once

#include "CatalogIssue.h"
#include "Entry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace iisref {

struct GroupRecord
{
    CodeKind kind;
    int group;
    GroupText text;
};

// Reads and validates one language's code resource. Entries with a broken required field are
// dropped and reported; the rest of the file still loads.
class ResourceFileReader final
{
public:
    ResourceFileReader(Language language, const QString &path);

    // False when nothing in the file can be used (missing, unreadable, not JSON, wrong shape).
    bool read();

    Language language() const { return m_language; }
    const QString &path() const { return m_path; }
    const QList<Entry> &entries() const { return m_entries; }
    // Line where each entry of entries() starts, for messages about it made after reading.
    const QList<int> &entryLines() const { return m_entryLines; }
    const QList<GroupRecord> &groups() const { return m_groups; }
    const QList<CatalogIssue> &issues() const { return m_issues; }

private:
    void readEntries(const QJsonArray &array, const QByteArray &raw);
    std::optional<Entry> readEntry(const QJsonObject &object, int line);
    void readGroups(const QJsonArray &array);
    void report(int line, const QString &code, const QString &field, const QString &message);

    Language m_language;
    QString m_path;
    QList<Entry> m_entries;
    QList<int> m_entryLines;
    QList<GroupRecord> m_groups;
    QList<CatalogIssue> m_issues;
};

} // namespace iisref
