// SPDX-License-Identifier: MIT
#pragma once

#include "CatalogIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
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
};

} // namespace iisref
