// SPDX-License-Identifier: MIT
#include "CatalogJsonFile.h"

#include "JsonLineIndex.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace iisref {

std::optional<CatalogJsonFile> CatalogJsonFile::read(const QString &path,
                                                     QList<CatalogIssue> &issues)
{
    auto report = [&](int line, const QString &message) {
        issues.append({path, line, {}, {}, message});
    };
    QFile file(path);
    if (!file.exists()) {
        report(0, u"file not found"_s);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report(0, u"cannot be read: "_s + file.errorString());
        return std::nullopt;
    }
    CatalogJsonFile parsed;
    parsed.raw = file.readAll();
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
