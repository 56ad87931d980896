// SPDX-License-Identifier: MIT
#include "CatalogJsonFile.h"

#include "BoundedFileReader.h"
#include "JsonLineIndex.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace iisref {

std::optional<CatalogJsonFile> CatalogJsonFile::read(const QString &path,
                                                     QList<CatalogIssue> &issues)
{
    auto report = [&](int line, const QString &message) {
        issues.append({path, line, {}, {}, message});
    };
    // Far above the built-in files (under 300 KiB each), far below what would hurt to hold twice.
    BoundedFileReader file(16 * 1024 * 1024);
    if (!file.read(path)) {
        report(0, file.errorString());
        return std::nullopt;
    }
    CatalogJsonFile parsed;
    parsed.raw = file.data();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(parsed.raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report(JsonLineIndex::lineOfOffset(parsed.raw, parseError.offset),
               u"invalid JSON: "_s + parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        report(1, u"must hold a JSON object"_s);
        return std::nullopt;
    }
    parsed.root = document.object();
    return parsed;
}

} // namespace iisref
