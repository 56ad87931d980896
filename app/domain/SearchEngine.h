// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "ParsedQuery.h"
#include "SearchResult.h"
#include "WordIndex.h"

#include <QList>

#include <optional>

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
    // The results, capped at `limit`, or the suggestions when there are none.
    SearchAnswer answer(const ParsedQuery &query, int limit) const;
    // Nearby codes, or entries matching some of the words, for a query that found nothing.
    QList<const Entry *> suggestions(const ParsedQuery &query, int limit = 5) const;

private:
    const WordIndex &wordIndex() const;
    bool kindAllowed(const ParsedQuery &query, const Entry &entry) const;
    bool readsAsFtpLogColumns(const ParsedQuery &query) const;
    static bool isDistinctiveReason(QStringView name);
    static std::optional<CodeId> familyOf(const ParsedQuery &query,
                                          const QList<const Entry *> &exact);
    void addCodeMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    void addKbMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    void addPrefixMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    void addWordMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const;
    // Per word of the query, per entry: the best field holding the word, or None. When an entry
    // must hold every word, each is looked for only where the ones before it were found.
    enum class Words { All, Any };
    QList<QList<WordIndex::Field>> wordFields(const ParsedQuery &query, Words needed) const;
    void offer(QHash<int, SearchResult> &results, int entryIndex, MatchKind kind, int score) const;

    const Catalog &m_catalog;
    mutable std::optional<WordIndex> m_wordIndex; // see wordIndex()
    mutable int m_indexRevision = -1;             // the catalog revision it was built from
};

} // namespace iisref
