// SPDX-License-Identifier: MIT
#pragma once

#include "HeavyHitters.h"
#include "LogFormat.h"
#include "LogRecord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace iisref {

// One row of the tally: the requests that ended with the same status, substatus, win32
// status (web and FTP logs) or HTTP.sys reason (HTTPERR).
struct LogRowKey {
    LogProtocol protocol = LogProtocol::Http;
    int status = -1;
    int substatus = -1;
    qint64 win32 = -1;
    QByteArray reason;

    friend bool operator==(const LogRowKey &a, const LogRowKey &b)
    {
        return a.protocol == b.protocol && a.status == b.status && a.substatus == b.substatus &&
               a.win32 == b.win32 && a.reason == b.reason;
    }
};
size_t qHash(const LogRowKey &key, size_t seed = 0);

struct SampleLine {
    QString path;
    qint64 line = 0;
    QString text; // as the log has it, cut to maxSampleLength; untrusted, plain text only
};

struct LogRow {
    static constexpr int keptSamples = 3;
    static constexpr int maxSampleLength = 2000;

    LogRowKey key;
    qint64 count = 0;
    qint64 first = -1; // seconds since the epoch, -1 when the format has no time
    qint64 last = -1;
    HeavyHitters uris;
    HeavyHitters clients;
    QList<SampleLine> samples; // the row's first lines, to show what they look like

    void countHour(qint64 hour, qint64 count = 1);
    // Hour (seconds since the epoch / 3600) -> requests.
    const QMap<qint64, qint64> &perHour() const;

private:
    // Consecutive lines of a log fall in the same hour: count them here, not in the map.
    mutable qint64 m_openHour = -1;
    mutable qint64 m_openHourCount = 0;
    mutable QMap<qint64, qint64> m_perHour;
};

struct LogFileTotals {
    QString path;
    LogFormat format = LogFormat::Unknown;
    qint64 bytes = 0;
    qint64 requests = 0;
    qint64 skipped = 0;
    qint64 channelEvents = 0; // FTP ControlChannelOpened… lines: not requests
    QString error;            // why the file could not be read, empty when it was
};

struct SkippedLine {
    QString path;
    qint64 line = 0;
    QString why;
};

// Everything read from a set of logs, mergeable: chunks read on different cores, files, and
// servers add up to the same tally as one reader would make.
class LogTally final
{
public:
    static constexpr int keptSkippedLines = 10;

    // `line` and `lineNumber` give the row a sample while it has fewer than keptSamples.
    void add(const LogRecord &record, LogFileTotals &file, QByteArrayView line = {},
             qint64 lineNumber = 0);
    void addSkipped(LogFileTotals &file, qint64 line, const QString &why);
    void addFile(const LogFileTotals &file) { m_files.append(file); }
    // For a tally read back from JSON: a whole row, the totals and a reported skipped line.
    void addRow(const LogRow &row);
    void setTotals(qint64 requests, qint64 skipped);
    void addSkippedLine(const SkippedLine &line);
    // `lineOffset` renumbers the other's skipped lines: a later part of the same file.
    void merge(const LogTally &other, qint64 lineOffset = 0);

    qint64 requests() const { return m_requests; }
    qint64 skipped() const { return m_skipped; }
    const QList<LogFileTotals> &files() const { return m_files; }
    QList<LogFileTotals> &files() { return m_files; }
    const QList<SkippedLine> &skippedLines() const { return m_skippedLines; }
    // Most requests first, then by protocol, status, substatus, win32 and reason.
    QList<const LogRow *> rows() const;

private:
    LogRow &rowFor(const LogRecord &record);
    // Adds a row of another tally to this one's row of the same key, made if it is missing.
    void mergeRow(const LogRow &theirs, qint64 lineOffset);

    QHash<LogRowKey, qsizetype> m_index;
    QList<LogRow> m_rows;
    qsizetype m_lastRow = -1; // consecutive lines mostly share a row
    qint64 m_requests = 0;
    qint64 m_skipped = 0;
    QList<LogFileTotals> m_files;
    QList<SkippedLine> m_skippedLines;
};

} // namespace iisref
