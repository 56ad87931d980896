// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

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

} // namespace iisref
