// SPDX-License-Identifier: MIT
#pragma once

#include "LogTally.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <functional>

namespace iisref {

// A tally as scripts and people read it. The JSON is a contract:
//   {"files": [{"path", "format", "bytes", "requests", "skipped", "error"?}],
//    "requests": N, "skipped": N, "skippedLines": [{"path", "line", "why"}],
//    "rows": [{"protocol", "status", "substatus", "win32", "reason", "count", "first",
//              "last", "topUris": [{"value", "count"}], "topClients": [...],
//              "perHour": {"2024-05-01T13:00:00Z": N},
//              "samples": [{"path", "line", "text"}]}]}
// with null where a format has no such field; times are ISO 8601 ("2024-05-01T13:45:09Z").
class LogTallyWriter final
{
public:
    using TitleFunction = std::function<QString(const LogRowKey &)>;

    explicit LogTallyWriter(const LogTally &tally, int top = 10) : m_tally(tally), m_top(top) {}

    QJsonDocument jsonDocument() const;
    QByteArray json() const { return jsonDocument().toJson(QJsonDocument::Indented); }
    QByteArray csv() const;
    // Code, count, share and the catalog's title for each row, for a terminal.
    QString table(const TitleFunction &title) const;

    // "HTTP 401.2 (win32 5)", "FTP 530 (win32 1326, substatus 41)", "HTTP.sys
    // Timer_MinBytesPerSecond".
    static QString codeText(const LogRowKey &key);
    static QString timeText(qint64 secondsSinceEpoch);

private:
    const LogTally &m_tally;
    int m_top;
};

} // namespace iisref
