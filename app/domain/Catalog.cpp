// SPDX-License-Identifier: MIT
#include "Catalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

Catalog::Catalog(QList<Entry> entries, QList<CatalogIssue> issues)
    : m_entries(std::move(entries)), m_issues(std::move(issues))
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.id < b.id; });
    for (int i = 0; i < m_entries.size(); ++i) {
        m_indexById.insert(m_entries[i].id, i);
        for (const QString &alias : std::as_const(m_entries[i].aliases))
            m_indexByAlias.insert(alias.toCaseFolded(), i);
        // A Win32 symbol is how `net helpmsg`, the headers and search engines name the value.
        if (!m_entries[i].symbol.isEmpty())
            m_indexByAlias.insert(m_entries[i].symbol.toCaseFolded(), i);
    }
}

const Entry *Catalog::find(const CodeId &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_entries[index];
}

const Entry *Catalog::findAlias(QStringView alias) const
{
    const int index = m_indexByAlias.value(alias.toString().toCaseFolded(), -1);
    return index < 0 ? nullptr : &m_entries[index];
}

void Catalog::setText(int index, Language language, const EntryText &text)
{
    m_entries[index].texts[languageIndex(language)] = text;
    ++m_revision;
}

bool Catalog::hasLanguage(Language language) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [language](const Entry &entry) { return entry.hasText(language); });
}

QString Catalog::groupKey(CodeKind kind, int group, Language language)
{
    return codeKindKey(kind) + u'/' + QString::number(group) + u'/' + languageKey(language);
}

void Catalog::setGroupText(CodeKind kind, int group, Language language, const GroupText &text)
{
    m_groupTexts.insert(groupKey(kind, group, language), text);
}

GroupText Catalog::groupText(CodeKind kind, int group, Language language) const
{
    const auto wanted = m_groupTexts.constFind(groupKey(kind, group, language));
    if (wanted != m_groupTexts.cend())
        return *wanted;
    return m_groupTexts.value(groupKey(kind, group, otherLanguage(language)));
}

} // namespace iisref
