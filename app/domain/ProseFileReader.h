// SPDX-License-Identifier: MIT
#pragma once

#include "CatalogIssue.h"
#include "Entry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace iisref {

struct GroupRecord {
    CodeKind kind;
    int group;
    GroupText text;
};

// What one language's file says about one code, before it is joined to the code's facts.
struct ProseRecord {
    CodeId id;
    EntryText text; // referenceTitles still empty: they are ordered by the facts when joined
    QHash<QString, QString> referenceTitles; // by Reference::titleKey()
    int line = 0;
};

// Reads and validates one language's prose file (en.json, zh_TW.json): titles, meanings,
// causes, fix steps, notes, keywords and reference titles, and the tree's group names.
// An entry with a broken field is dropped and reported; the rest of the file still loads.
class ProseFileReader final
{
public:
    ProseFileReader(Language language, const QString &path);

    // False when nothing in the file can be used (missing, unreadable, not JSON, wrong shape).
    bool read();

    Language language() const { return m_language; }
    const QString &path() const { return m_path; }
    const QList<ProseRecord> &records() const { return m_records; }
    const QList<GroupRecord> &groups() const { return m_groups; }
    const QList<CatalogIssue> &issues() const { return m_issues; }

private:
    std::optional<ProseRecord> readEntry(const QJsonObject &object, int line);
    void readGroups(const QJsonArray &array);
    void report(int line, const QString &code, const QString &field, const QString &message);

    Language m_language;
    QString m_path;
    QList<ProseRecord> m_records;
    QList<GroupRecord> m_groups;
    QList<CatalogIssue> m_issues;
};

} // namespace iisref
