// SPDX-License-Identifier: MIT
#pragma once

#include "CatalogIssue.h"
#include "Entry.h"

#include <QHash>
#include <QList>

namespace iisref {

// Every entry of both languages, in code order, with what went wrong while loading them.
class Catalog final
{
public:
    Catalog() = default;
    Catalog(QList<Entry> entries, QList<CatalogIssue> issues);

    const QList<Entry> &entries() const { return m_entries; }
    const QList<CatalogIssue> &issues() const { return m_issues; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    const Entry *find(const CodeId &id) const;
    // Case-insensitive match on an entry's declared aliases, such as "500-100.ASP", and on
    // Win32 symbols such as "ERROR_ACCESS_DENIED".
    const Entry *findAlias(QStringView alias) const;
    int indexOf(const CodeId &id) const { return m_indexById.value(id, -1); }
    bool hasLanguage(Language language) const;
    void addIssue(const CatalogIssue &issue) { m_issues.append(issue); }
    // Gives entry `index` its text in `language`, for a language loaded after the first frame.
    void setText(int index, Language language, const EntryText &text);
    // Changes whenever a text is set, so caches built from the texts know to rebuild.
    int revision() const { return m_revision; }

    void setGroupText(CodeKind kind, int group, Language language, const GroupText &text);
    // Falls back to the other language, then to an empty text.
    GroupText groupText(CodeKind kind, int group, Language language) const;

private:
    static QString groupKey(CodeKind kind, int group, Language language);

    QList<Entry> m_entries;
    QList<CatalogIssue> m_issues;
    QHash<CodeId, int> m_indexById;
    QHash<QString, int> m_indexByAlias;
    QHash<QString, GroupText> m_groupTexts;
    int m_revision = 0;
};

} // namespace iisref
