// SPDX-License-Identifier: MIT
// A query end to end against the built-in catalog, as the search box runs it on every keystroke:
// parse, rank, and suggest when nothing matches. Results must be capped, ranked and real.
#include "CatalogLoader.h"
#include "FuzzCheck.h"
#include "QueryParser.h"
#include "SearchEngine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace iisref;

namespace {

const Catalog &catalog()
{
    static const Catalog loaded = CatalogLoader::loadBuiltIn();
    return loaded;
}

bool isInCatalog(const Entry *entry)
{
    return entry && catalog().find(entry->id) == entry;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    IISREF_FUZZ_CHECK(catalog().issues().isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const SearchEngine engine(catalog());
    constexpr int limit = 60; // what the window shows
    const ParsedQuery query = QueryParser::parse(
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));

    const QList<SearchResult> results = engine.search(query, limit);
    IISREF_FUZZ_CHECK(results.size() <= limit);
    IISREF_FUZZ_CHECK(std::is_sorted(results.begin(), results.end()));
    for (const SearchResult &result : results)
        IISREF_FUZZ_CHECK(isInCatalog(result.entry));

    if (results.isEmpty()) {
        const QList<const Entry *> nearest = engine.suggestions(query);
        IISREF_FUZZ_CHECK(nearest.size() <= 5);
        for (const Entry *entry : nearest)
            IISREF_FUZZ_CHECK(isInCatalog(entry));
    }
    for (const Entry *exact : engine.exactMatches(query))
        IISREF_FUZZ_CHECK(isInCatalog(exact));
    return 0;
}
