// SPDX-License-Identifier: MIT
#pragma once

#include "BlobReader.h"
#include "Catalog.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace iisref {

// The built-in catalog as the build compiles it: the JSON is validated once, at build time, and
// the window reads plain data instead of parsing and checking JSON before its first frame. The
// facts and each language are separate blobs, so the language on screen loads first and the
// other after the window is shown.
class CatalogBinary final
{
public:
    static QByteArray writeFacts(const Catalog &catalog);
    static QByteArray writeLanguage(const Catalog &catalog, Language language);

    // The entries without texts, or nothing with the reason in `error`.
    static std::optional<Catalog> readFacts(const QByteArray &bytes, QString *error);
    // Adds one language's texts and group names to a catalog read by readFacts(), or nothing
    // with the reason in `error`. With BlobLifetime::OutlivesStrings the texts point into
    // `bytes`, which must then be 2-byte aligned.
    static bool readLanguage(Catalog &catalog, const QByteArray &bytes, QString *error,
                             BlobLifetime lifetime = BlobLifetime::Temporary);
};

} // namespace iisref
