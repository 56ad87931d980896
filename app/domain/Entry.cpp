// SPDX-License-Identifier: MIT
#include "Entry.h"

namespace iisref {

const EntryText &Entry::text(Language language) const
{
    if (const auto &wanted = texts[languageIndex(language)])
        return *wanted;
    if (const auto &other = texts[languageIndex(otherLanguage(language))])
        return *other;
    static const EntryText empty;
    return empty;
}

} // namespace iisref
