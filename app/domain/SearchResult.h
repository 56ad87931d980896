// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QList>

#include <optional>

namespace iisref {

// Why an entry matched, best first. The order is the ranking: an exact code beats its
// substatus family, which beats a title, which beats a keyword, which beats the rest.
enum class MatchKind { ExactCode, KbArticle, SubstatusFamily, CodePrefix, Title, Keyword, Text };

struct SearchResult {
    const Entry *entry = nullptr; // owned by the Catalog the engine searched
    MatchKind kind = MatchKind::Text;
    int score = 0; // higher is better; only compared, never shown

    // Better results first; equal scores in code order so results never shuffle.
    friend bool operator<(const SearchResult &a, const SearchResult &b)
    {
        if (a.score != b.score)
            return a.score > b.score;
        return a.entry->id < b.entry->id;
    }
};

// What a search shows, decided in one place for the window and the command line: the ranked
// results, or the nearest codes when nothing matched.
struct SearchAnswer {
    QList<SearchResult> results;      // at most the limit asked for
    qsizetype totalResults = 0;       // before the limit: "60 of 214 shown"
    QList<const Entry *> suggestions; // only when `results` is empty
    // "404.99": a code the query names that the catalog lacks, while the results show another
    // (its status); said before the fallback so it is never taken for the answer.
    std::optional<CodeId> unknownCode;
};

} // namespace iisref
