// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QList>
#include <QString>

#include <optional>

namespace iisref {

// One file of a catalog: the language-neutral facts (no language) or one language's prose.
struct CatalogSource {
    std::optional<Language> language;
    QString path;
};

// Loads facts.json and each language's prose into one Catalog. A broken file or entry is
// reported in Catalog::issues() and never stops what is still usable from loading.
class CatalogLoader final
{
public:
    // facts.json, en.json and zh_TW.json in a directory, for --catalog and tests.
    static QList<CatalogSource> sourcesInDirectory(const QString &directory);

    static Catalog load(const QList<CatalogSource> &sources);

    // The catalog compiled into the binary at build time, in both languages.
    static Catalog loadBuiltIn();
    // The facts and one language, for the first frame; loadBuiltInLanguage() adds the other.
    static Catalog loadBuiltIn(Language first);
    static void loadBuiltInLanguage(Catalog &catalog, Language language);
    // sourcesInDirectory() loaded, or one issue naming the directory when it is missing, not a
    // directory or unreadable, rather than a "file not found" for each language.
    static Catalog loadDirectory(const QString &directory);
};

} // namespace iisref
