// SPDX-License-Identifier: MIT
#include "LogTally.h"

#include <algorithm>
#include <tuple>

namespace iisref {

size_t qHash(const LogRowKey &key, size_t seed)
{
    return qHashMulti(seed, int(key.protocol), key.status, key.substatus, key.win32, key.reason);
}

namespace {

bool sameKey(const LogRowKey &key, const LogRecord &record)
{
    return key.protocol == record.protocol && key.status == record.status &&
           key.substatus == record.substatus && key.win32 == record.win32 &&
           key.reason == record.reason;
}

void widen(qint64 &first, qint64 &last, qint64 from, qint64 to)
{
    if (from < 0)
        return;
    if (first < 0 || from < first)
        first = from;
    if (to > last)
        last = to;
}

} // namespace

void LogRow::countHour(qint64 hour, qint64 count)
{
    if (hour != m_openHour) {
        if (m_openHour >= 0)
            m_perHour[m_openHour] += m_openHourCount;
        m_openHour = hour;
        m_openHourCount = 0;
    }
    m_openHourCount += count;
}

const QMap<qint64, qint64> &LogRow::perHour() const
{
    if (m_openHour >= 0) {
        m_perHour[m_openHour] += m_openHourCount;
        m_openHour = -1;
        m_openHourCount = 0;
    }
    return m_perHour;
}

LogRow &LogTally::rowFor(const LogRecord &record)
{
    if (m_lastRow >= 0 && sameKey(m_rows[m_lastRow].key, record))
        return m_rows[m_lastRow];
    LogRowKey key{record.protocol, record.status, record.substatus, record.win32,
                  QByteArray(record.reason.data(), record.reason.size())};
    auto it = m_index.find(key);
    if (it == m_index.end()) {
        it = m_index.insert(key, m_rows.size());
        LogRow row;
        row.key = std::move(key);
        m_rows.append(std::move(row));
    }
    m_lastRow = it.value();
    return m_rows[m_lastRow];
}

void LogTally::add(const LogRecord &record, LogFileTotals &file, QByteArrayView line,
                   qint64 lineNumber)
{
    LogRow &row = rowFor(record);
    ++row.count;
    if (!line.isEmpty() && row.samples.size() < LogRow::keptSamples)
        row.samples.append({file.path, lineNumber,
                            QString::fromUtf8(line.first(
                                std::min<qsizetype>(line.size(), LogRow::maxSampleLength)))});
    widen(row.first, row.last, record.time, record.time);
    if (record.time >= 0)
        row.countHour(record.time / 3600);
    if (!record.uri.isEmpty())
        row.uris.add(record.uri);
    if (!record.client.isEmpty())
        row.clients.add(record.client);
    ++m_requests;
    ++file.requests;
}

void LogTally::addSkipped(LogFileTotals &file, qint64 line, const QString &why)
{
    ++m_skipped;
    ++file.skipped;
    if (m_skippedLines.size() < keptSkippedLines)
        m_skippedLines.append({file.path, line, why});
}

void LogTally::addRow(const LogRow &row)
{
    mergeRow(row, 0);
    m_lastRow = -1;
}

void LogTally::setTotals(qint64 requests, qint64 skipped)
{
    m_requests = requests;
    m_skipped = skipped;
}

void LogTally::addSkippedLine(const SkippedLine &line)
{
    if (m_skippedLines.size() < keptSkippedLines)
        m_skippedLines.append(line);
}

void LogTally::mergeRow(const LogRow &theirs, qint64 lineOffset)
{
    auto it = m_index.find(theirs.key);
    if (it == m_index.end()) {
        it = m_index.insert(theirs.key, m_rows.size());
        LogRow row;
        row.key = theirs.key;
        m_rows.append(std::move(row));
    }
    LogRow &mine = m_rows[it.value()];
    for (const SampleLine &sample : theirs.samples) {
        if (mine.samples.size() < LogRow::keptSamples)
            mine.samples.append({sample.path, sample.line + lineOffset, sample.text});
    }
    mine.count += theirs.count;
    widen(mine.first, mine.last, theirs.first, theirs.last);
    const QMap<qint64, qint64> &hours = theirs.perHour();
    for (auto hour = hours.cbegin(); hour != hours.cend(); ++hour)
        mine.countHour(hour.key(), hour.value());
    mine.uris.merge(theirs.uris);
    mine.clients.merge(theirs.clients);
}

void LogTally::merge(const LogTally &other, qint64 lineOffset)
{
    for (const LogRow &theirs : other.m_rows)
        mergeRow(theirs, lineOffset);
    m_lastRow = -1;
    m_requests += other.m_requests;
    m_skipped += other.m_skipped;
    for (const SkippedLine &line : other.m_skippedLines) {
        if (m_skippedLines.size() < keptSkippedLines)
            m_skippedLines.append({line.path, line.line + lineOffset, line.why});
    }
    m_files.append(other.m_files);
}

QList<const LogRow *> LogTally::rows() const
{
    QList<const LogRow *> sorted;
    sorted.reserve(m_rows.size());
    for (const LogRow &row : m_rows)
        sorted.append(&row);
    std::sort(sorted.begin(), sorted.end(), [](const LogRow *a, const LogRow *b) {
        const auto rank = [](const LogRow *row) {
            return std::make_tuple(-row->count, int(row->key.protocol), row->key.status,
                                   row->key.substatus, row->key.win32, row->key.reason);
        };
        return rank(a) < rank(b);
    });
    return sorted;
}

} // namespace iisref
