// SPDX-License-Identifier: MIT
#pragma once

#include "CatalogIssue.h"
#include "CodeId.h"
#include "JsonFieldReader.h"
#include "JsonLineIndex.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace iisref {

// One catalog file read and parsed, with the bytes kept so messages can name lines.
struct CatalogJsonFile {
    QByteArray raw;
    QJsonObject root;

    // Reports why the file cannot be used (missing, unreadable, not a JSON object) and returns
    // nothing; the caller checks the fields.
    static std::optional<CatalogJsonFile> read(const QString &path, QList<CatalogIssue> &issues);

    // Reads each object of the top-level "entries" array with `read(object, line)`, which
    // returns a record with an `id` or nothing, and hands every usable record whose code is
    // new to `keep(record, line)`. Items that are not objects and repeated codes are reported
    // through `report(line, code, field, message)`, the first of a code being kept.
    template <typename Report, typename Read, typename Keep>
    void forEachEntry(const QJsonArray &entries, const QString &codeField, Report report, Read read,
                      Keep keep) const
    {
        const JsonLineIndex lines(raw, QStringLiteral("entries"));
        QSet<CodeId> seen;
        for (int i = 0; i < entries.size(); ++i) {
            const int line = lines.lineOfElement(i);
            if (!entries[i].isObject()) {
                report(line, QString(), QString(),
                       QStringLiteral("entry ") + QString::number(i + 1) +
                           QStringLiteral(" must be an object, found ") + jsonTypeName(entries[i]));
                continue;
            }
            auto record = read(entries[i].toObject(), line);
            if (!record)
                continue;
            if (seen.contains(record->id)) {
                report(
                    line, record->id.key(), codeField,
                    QStringLiteral("duplicate code: this entry is ignored, the first one is kept"));
                continue;
            }
            seen.insert(record->id);
            keep(*record, line);
        }
    }
};

} // namespace iisref
