// SPDX-License-Identifier: MIT
#include "LogTallyReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

qint64 numberOr(const QJsonValue &value, qint64 fallback)
{
    return value.isDouble() ? qint64(value.toDouble()) : fallback;
}

qint64 epochOf(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toSecsSinceEpoch() : -1;
}

std::optional<LogProtocol> protocolOf(const QString &key)
{
    if (key == u"http")
        return LogProtocol::Http;
    if (key == u"ftp")
        return LogProtocol::Ftp;
    if (key == u"httperr")
        return LogProtocol::HttpErr;
    return std::nullopt;
}

LogFormat formatOf(const QString &key)
{
    for (LogFormat format :
         {LogFormat::W3c, LogFormat::HttpErr, LogFormat::IisNative, LogFormat::Ncsa}) {
        if (logFormatKey(format) == key)
            return format;
    }
    return LogFormat::Unknown;
}

void addItems(HeavyHitters &hitters, const QJsonValue &items)
{
    for (const QJsonValue &item : items.toArray()) {
        const QJsonObject object = item.toObject();
        hitters.add(object[u"value"_s].toString().toUtf8(), numberOr(object[u"count"_s], 0));
    }
}

} // namespace

bool LogTallyReader::looksLikeTally(const QByteArray &head)
{
    const QByteArray start = head.left(4096).trimmed();
    return start.startsWith('{') && start.contains("\"files\"");
}

std::optional<LogTally> LogTallyReader::fromJson(const QByteArray &json, const QString &path,
                                                 QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError) {
        error =
            u"not valid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!root[u"rows"_s].isArray() || !root[u"files"_s].isArray()) {
        error = u"a JSON file that is not a tally from iisref log --json"_s;
        return std::nullopt;
    }
    LogTally tally;
    LogFileTotals counted; // receives the per-row request counts; the files come from the JSON
    int rowNumber = 0;
    for (const QJsonValue &value : root[u"rows"_s].toArray()) {
        ++rowNumber;
        const QJsonObject object = value.toObject();
        const auto protocol = protocolOf(object[u"protocol"_s].toString());
        const qint64 count = numberOr(object[u"count"_s], -1);
        if (!protocol || count < 0) {
            error = u"row %1 has no protocol or count"_s.arg(rowNumber);
            return std::nullopt;
        }
        LogRow row;
        row.key = {*protocol, int(numberOr(object[u"status"_s], -1)),
                   int(numberOr(object[u"substatus"_s], -1)), numberOr(object[u"win32"_s], -1),
                   object[u"reason"_s].toString().toUtf8()};
        row.count = count;
        row.first = epochOf(object[u"first"_s]);
        row.last = epochOf(object[u"last"_s]);
        const QJsonObject hours = object[u"perHour"_s].toObject();
        for (auto it = hours.constBegin(); it != hours.constEnd(); ++it) {
            const QDateTime hour = QDateTime::fromString(it.key(), Qt::ISODate);
            if (hour.isValid())
                row.countHour(hour.toSecsSinceEpoch() / 3600, numberOr(it.value(), 0));
        }
        for (const QJsonValue &sample : object[u"samples"_s].toArray()) {
            const QJsonObject line = sample.toObject();
            if (row.samples.size() < LogRow::keptSamples)
                row.samples.append({line[u"path"_s].toString(), numberOr(line[u"line"_s], 0),
                                    line[u"text"_s].toString().left(LogRow::maxSampleLength)});
        }
        addItems(row.uris, object[u"topUris"_s]);
        addItems(row.clients, object[u"topClients"_s]);
        tally.addRow(row);
    }
    for (const QJsonValue &value : root[u"files"_s].toArray()) {
        const QJsonObject object = value.toObject();
        LogFileTotals file;
        file.path = path + u": "_s + object[u"path"_s].toString();
        file.format = formatOf(object[u"format"_s].toString());
        file.bytes = numberOr(object[u"bytes"_s], 0);
        file.requests = numberOr(object[u"requests"_s], 0);
        file.skipped = numberOr(object[u"skipped"_s], 0);
        file.error = object[u"error"_s].toString();
        tally.addFile(file);
    }
    tally.setTotals(numberOr(root[u"requests"_s], 0), numberOr(root[u"skipped"_s], 0));
    for (const QJsonValue &value : root[u"skippedLines"_s].toArray()) {
        const QJsonObject object = value.toObject();
        tally.addSkippedLine({object[u"path"_s].toString(), numberOr(object[u"line"_s], 0),
                              object[u"why"_s].toString()});
    }
    return tally;
}

} // namespace iisref
