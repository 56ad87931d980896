// SPDX-License-Identifier: MIT
#include "LogTallyWriter.h"

#include "EntryCsv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

QJsonValue numberOrNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Ranked by the text as written, not the bytes as logged: bytes that are not UTF-8 are written
// as U+FFFD, and a tally read back must rank its values, and add them up, as this one did.
QJsonArray topItems(const HeavyHitters &hitters, int top)
{
    QList<HeavyHitters::Item> written;
    for (const HeavyHitters::Item &item : hitters.top(top)) {
        const QByteArray text = QString::fromUtf8(item.value).toUtf8();
        const auto same =
            std::find_if(written.begin(), written.end(),
                         [&](const HeavyHitters::Item &w) { return w.value == text; });
        if (same != written.end())
            same->count += item.count;
        else
            written.append({text, item.count});
    }
    std::sort(written.begin(), written.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    QJsonArray items;
    for (const HeavyHitters::Item &item : written)
        items.append(
            QJsonObject{{u"value"_s, QString::fromUtf8(item.value)}, {u"count"_s, item.count}});
    return items;
}

// "2024-05-01T13:00:00Z" -> requests: what the chart of a row shows, and what a merge needs.
QJsonObject hourCounts(const LogRow &row)
{
    QJsonObject hours;
    const QMap<qint64, qint64> &perHour = row.perHour();
    for (auto it = perHour.cbegin(); it != perHour.cend(); ++it)
        hours.insert(LogTallyWriter::timeText(it.key() * 3600), it.value());
    return hours;
}

QJsonArray sampleLines(const LogRow &row)
{
    QJsonArray samples;
    for (const SampleLine &sample : row.samples)
        samples.append(QJsonObject{
            {u"path"_s, sample.path}, {u"line"_s, sample.line}, {u"text"_s, sample.text}});
    return samples;
}

QString numberText(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

} // namespace

QString LogTallyWriter::timeText(qint64 secondsSinceEpoch)
{
    if (secondsSinceEpoch < 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString LogTallyWriter::codeText(const LogRowKey &key)
{
    if (key.protocol == LogProtocol::HttpErr)
        return u"HTTP.sys "_s + QString::fromUtf8(key.reason);
    QString text = key.protocol == LogProtocol::Ftp ? u"FTP "_s : u"HTTP "_s;
    text += key.status < 0 ? u"-"_s : QString::number(key.status);
    QStringList details;
    if (key.protocol == LogProtocol::Http && key.substatus > 0)
        text += u'.' + QString::number(key.substatus);
    if (key.win32 > 0)
        details.append(u"win32 "_s + QString::number(key.win32));
    if (key.protocol == LogProtocol::Ftp && key.substatus > 0)
        details.append(u"substatus "_s + QString::number(key.substatus));
    if (!details.isEmpty())
        text += u" ("_s + details.join(u", "_s) + u')';
    return text;
}

QJsonDocument LogTallyWriter::jsonDocument() const
{
    QJsonArray files;
    for (const LogFileTotals &file : m_tally.files()) {
        QJsonObject object{{u"path"_s, file.path},
                           {u"format"_s, logFormatKey(file.format)},
                           {u"bytes"_s, file.bytes},
                           {u"requests"_s, file.requests},
                           {u"skipped"_s, file.skipped}};
        if (!file.error.isEmpty())
            object.insert(u"error"_s, file.error);
        files.append(object);
    }
    QJsonArray skippedLines;
    for (const SkippedLine &line : m_tally.skippedLines())
        skippedLines.append(
            QJsonObject{{u"path"_s, line.path}, {u"line"_s, line.line}, {u"why"_s, line.why}});
    QJsonArray rows;
    for (const LogRow *row : m_tally.rows()) {
        const LogRowKey &key = row->key;
        const bool httperr = key.protocol == LogProtocol::HttpErr;
        rows.append(QJsonObject{
            {u"protocol"_s, QString::fromLatin1(protocolKey(key.protocol))},
            {u"status"_s, numberOrNull(key.status)},
            {u"substatus"_s, numberOrNull(key.substatus)},
            {u"win32"_s, numberOrNull(key.win32)},
            {u"reason"_s, httperr ? QJsonValue(QString::fromUtf8(key.reason)) : QJsonValue()},
            {u"count"_s, row->count},
            {u"first"_s, row->first < 0 ? QJsonValue() : QJsonValue(timeText(row->first))},
            {u"last"_s, row->last < 0 ? QJsonValue() : QJsonValue(timeText(row->last))},
            {u"topUris"_s, topItems(row->uris, m_top)},
            {u"topClients"_s, topItems(row->clients, m_top)},
            {u"perHour"_s, hourCounts(*row)},
            {u"samples"_s, sampleLines(*row)}});
    }
    const QJsonObject root{{u"files"_s, files},
                           {u"requests"_s, m_tally.requests()},
                           {u"skipped"_s, m_tally.skipped()},
                           {u"skippedLines"_s, skippedLines},
                           {u"rows"_s, rows}};
    return QJsonDocument(root);
}

QByteArray LogTallyWriter::csv() const
{
    QString text =
        u"protocol,status,substatus,win32,reason,count,share,first,last,topUri,topClient\r\n"_s;
    const double total = double(std::max<qint64>(1, m_tally.requests()));
    for (const LogRow *row : m_tally.rows()) {
        const LogRowKey &key = row->key;
        const QList<HeavyHitters::Item> uri = row->uris.top(1), client = row->clients.top(1);
        const QStringList fields = {
            QString::fromLatin1(protocolKey(key.protocol)),
            numberText(key.status),
            numberText(key.substatus),
            numberText(key.win32),
            EntryCsv::field(QString::fromUtf8(key.reason)),
            QString::number(row->count),
            QString::number(double(row->count) / total, 'f', 4),
            timeText(row->first),
            timeText(row->last),
            EntryCsv::field(uri.isEmpty() ? QString() : QString::fromUtf8(uri.first().value)),
            EntryCsv::field(client.isEmpty() ? QString()
                                             : QString::fromUtf8(client.first().value))};
        text += fields.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

QString LogTallyWriter::table(const TitleFunction &title) const
{
    QString text;
    const double total = double(std::max<qint64>(1, m_tally.requests()));
    int shown = 0;
    for (const LogRow *row : m_tally.rows()) {
        if (m_top > 0 && shown++ >= m_top)
            break;
        text += u"%1 %2 %3  %4\n"_s.arg(codeText(row->key), -42)
                    .arg(row->count, 10)
                    .arg(QString::number(100.0 * double(row->count) / total, 'f', 1) + u'%', 6)
                    .arg(title(row->key));
    }
    return text;
}

} // namespace iisref
