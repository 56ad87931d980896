// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace iisref {

// QJsonDocument forgets where values were written; messages about a resource need the line.
// This scans the raw text once and remembers where each element of a top-level array starts.
class JsonLineIndex final
{
public:
    JsonLineIndex(const QByteArray &json, const QString &topLevelArrayKey);

    // 1-based line of element `index` of the array, or 0 when it cannot be told.
    int lineOfElement(int index) const;
    static int lineOfOffset(const QByteArray &json, int offset);

private:
    QList<int> m_elementLines;
};

} // namespace iisref
