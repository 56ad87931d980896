// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "ParsedQuery.h"
#include "SearchResult.h"

#include <QList>

namespace iisref {

// Ranked search over a Catalog in both languages at once, so a Chinese UI still finds
// "forbidden" and an English one still finds "禁止訪問". The catalog must outlive the engine.
// The word index is built lazily by a const call, so one engine is not shared across threads.
class SearchEngine final
{
public:
    explicit SearchEngine(const Catalog &catalog);

    QList<SearchResult> search(const QString &query, int limit = -1) const;
    QList<SearchResult> search(const ParsedQuery &query, int limit = -1) const;
    // The entry a code means exactly ("403-14", "500-100.ASP", "404.0"), within the kind
    // the query names; HTTP before FTP when it names none.
    QList<const Entry *> exactMatches(const ParsedQuery &query) const;
    // Nearby codes, or entries matching some of the words, for a query that found nothing.
    QList<const Entry *> suggestions(const ParsedQuery &query, int limit = 5) const;

private:
    struct IndexedText {
        QString title;
        QString keywords;
        QString body;
    };

    static QList<QList<IndexedText>> buildIndex(const Catalog &catalog);
    const QList<QList<IndexedText>> &index() const;
    bool kindAllowed(const ParsedQuery &query, const Entry &entry) const;
    static std::optional<CodeId> familyOf(const ParsedQuery &query,
                                          const QList<const Entry *> &exact);
    void addCodeMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    void addKbMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    void addPrefixMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    void addWordMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    // 0 when the word is nowhere in the entry; otherwise higher for better fields.
    int wordTier(int entryIndex, const QString &word) const;
    void offer(QHash<int, SearchResult> &results, int entryIndex, MatchKind kind, int score) const;

    const Catalog &m_catalog;
    mutable QList<QList<IndexedText>> m_index; // per entry, per language; see index()
    mutable int m_indexRevision = -1;          // the catalog revision m_index was built from
};

} // namespace iisref
