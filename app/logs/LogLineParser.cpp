// SPDX-License-Identifier: MIT
#include "LogLineParser.h"

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

constexpr qint64 missing = -1;
constexpr qint64 invalid = -2;
constexpr int maxW3cFields = 64;

// "-" is IIS's empty field; anything but 1..maxDigits digits is not a number.
qint64 fieldNumber(QByteArrayView field, int maxDigits)
{
    if (field == "-")
        return missing;
    if (field.isEmpty() || field.size() > maxDigits)
        return invalid;
    qint64 value = 0;
    for (char c : field) {
        if (c < '0' || c > '9')
            return invalid;
        value = value * 10 + (c - '0');
    }
    return value;
}

int digitsAt(QByteArrayView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm): no QDateTime per line.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

qint64 epochOf(int year, int month, int day, int hour, int minute, int second)
{
    if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 60)
        return invalid;
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

// W3C: "2024-05-01" and "13:45:09".
qint64 w3cTime(QByteArrayView date, QByteArrayView time)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-' || time.size() < 8 ||
        time[2] != ':' || time[5] != ':')
        return invalid;
    const int year = digitsAt(date, 0, 4), month = digitsAt(date, 5, 2), day = digitsAt(date, 8, 2);
    const int hour = digitsAt(time, 0, 2), minute = digitsAt(time, 3, 2),
              second = digitsAt(time, 6, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return invalid;
    return epochOf(year, month, day, hour, minute, second);
}

// Splits on `separator` into at most `limit` views; returns how many fields the line has.
int splitFields(QByteArrayView line, char separator, std::array<QByteArrayView, maxW3cFields> &out)
{
    int count = 0;
    const char *begin = line.data();
    const char *end = begin + line.size();
    while (true) {
        const void *found = std::memchr(begin, separator, size_t(end - begin));
        const char *stop = found ? static_cast<const char *>(found) : end;
        if (count < maxW3cFields)
            out[size_t(count)] = QByteArrayView(begin, stop - begin);
        ++count;
        if (!found)
            return count;
        begin = stop + 1;
    }
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && text.front() == ' ')
        text = text.sliced(1);
    while (!text.isEmpty() && text.back() == ' ')
        text.chop(1);
    return text;
}

LogLineParser::Result skipped(LogLineParser::SkipReason reason, int expected = 0, int found = 0)
{
    LogLineParser::Result result;
    result.outcome = LogLineParser::Outcome::Skipped;
    result.skip = reason;
    result.expectedFields = expected;
    result.foundFields = found;
    return result;
}

} // namespace

LogLineParser::LogLineParser(LogFormat format) : m_format(format) {}

void LogLineParser::applyDirective(QByteArrayView directiveLine)
{
    if (directiveLine.endsWith('\r'))
        directiveLine.chop(1);
    if (directiveLine.startsWith("#Fields:"))
        m_layout = W3cFieldLayout::parse(directiveLine.sliced(8));
}

LogLineParser::Result LogLineParser::parse(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (trimmed(line).isEmpty())
        return {};
    switch (m_format) {
    case LogFormat::W3c:
    case LogFormat::HttpErr:
        if (line.startsWith('#')) {
            applyDirective(line);
            Result result;
            result.outcome = Outcome::Directive;
            return result;
        }
        return parseW3c(line);
    case LogFormat::IisNative:
        return parseIisNative(line);
    case LogFormat::Ncsa:
        return parseNcsa(line);
    case LogFormat::Unknown:
        break;
    }
    return skipped(SkipReason::UnknownFormat);
}

LogLineParser::Result LogLineParser::parseW3c(QByteArrayView line) const
{
    if (!m_layout)
        return skipped(SkipReason::NoFieldsDirective);
    const W3cFieldLayout &layout = *m_layout;
    std::array<QByteArrayView, maxW3cFields> fields;
    const int count = splitFields(line, ' ', fields);
    if (count != layout.fieldCount || count > maxW3cFields)
        return skipped(SkipReason::FieldCount, layout.fieldCount, count);
    const auto field = [&](int index) {
        return index == W3cFieldLayout::absent ? QByteArrayView("-") : fields[size_t(index)];
    };

    Result result;
    LogRecord &record = result.record;
    record.protocol = layout.protocol;
    if (layout.protocol == LogProtocol::Ftp && layout.method != W3cFieldLayout::absent &&
        field(layout.status) == "-") {
        // ControlChannelOpened, DataChannelClosed…: FTP connection events, not requests.
        const QByteArrayView method = field(layout.method);
        if (method.startsWith("ControlChannel") || method.startsWith("DataChannel")) {
            result.outcome = Outcome::ChannelEvent;
            return result;
        }
    }
    const qint64 status = fieldNumber(field(layout.status), 3);
    if (status == invalid)
        return skipped(SkipReason::Status);
    const qint64 substatus = fieldNumber(field(layout.substatus), 5);
    if (substatus == invalid)
        return skipped(SkipReason::Substatus);
    const qint64 win32 = fieldNumber(field(layout.win32), 10);
    if (win32 == invalid || win32 > 0xFFFFFFFFLL)
        return skipped(SkipReason::Win32);
    if (layout.date != W3cFieldLayout::absent && layout.time != W3cFieldLayout::absent) {
        record.time = w3cTime(field(layout.date), field(layout.time));
        if (record.time == invalid)
            return skipped(SkipReason::DateTime);
    }
    record.status = int(status);
    record.substatus = int(substatus);
    record.win32 = win32;
    if (layout.reason != W3cFieldLayout::absent)
        record.reason = field(layout.reason);
    if (layout.uri != W3cFieldLayout::absent)
        record.uri = field(layout.uri);
    if (layout.client != W3cFieldLayout::absent)
        record.client = field(layout.client);
    result.outcome = Outcome::Record;
    return result;
}

// "192.168.114.201, -, 03/20/01, 7:55:20, W3SVC2, SALES1, 172.21.13.45, 4502, 163, 3223, 200,
// 0, GET, /DeptLogo.gif, -,": client, user, date, time, service, server, server IP, time taken,
// bytes in, bytes out, status, win32, method, target, parameters. Local time; no substatus.
LogLineParser::Result LogLineParser::parseIisNative(QByteArrayView line) const
{
    std::array<QByteArrayView, maxW3cFields> fields;
    int count = splitFields(line, ',', fields);
    if (count == 16 && trimmed(fields[15]).isEmpty())
        count = 15;
    if (count != 15)
        return skipped(SkipReason::FieldCount, 15, count);
    for (int i = 0; i < count; ++i)
        fields[size_t(i)] = trimmed(fields[size_t(i)]);

    Result result;
    LogRecord &record = result.record;
    record.protocol = fields[4].startsWith("MSFTPSVC") ? LogProtocol::Ftp : LogProtocol::Http;
    const qint64 status = fieldNumber(fields[10], 3);
    if (status == invalid)
        return skipped(SkipReason::Status);
    const qint64 win32 = fieldNumber(fields[11], 10);
    if (win32 == invalid || win32 > 0xFFFFFFFFLL)
        return skipped(SkipReason::Win32);
    // "03/20/01" or "3/20/2001", and "7:55:20". Microsoft's own sample writes 2001 as "01";
    // two-digit years from 70 on are the 1900s.
    const QByteArrayView date = fields[2], time = fields[3];
    const qsizetype slash1 = date.indexOf('/'), slash2 = date.lastIndexOf('/');
    const qsizetype colon1 = time.indexOf(':'), colon2 = time.lastIndexOf(':');
    if (slash1 < 1 || slash2 <= slash1 || colon1 < 1 || colon2 <= colon1)
        return skipped(SkipReason::DateTime);
    const qint64 month = fieldNumber(date.first(slash1), 2);
    const qint64 day = fieldNumber(date.sliced(slash1 + 1, slash2 - slash1 - 1), 2);
    qint64 year = fieldNumber(date.sliced(slash2 + 1), 4);
    const qint64 hour = fieldNumber(time.first(colon1), 2);
    const qint64 minute = fieldNumber(time.sliced(colon1 + 1, colon2 - colon1 - 1), 2);
    const qint64 second = fieldNumber(time.sliced(colon2 + 1), 2);
    if (year >= 0 && year < 100)
        year += year < 70 ? 2000 : 1900;
    record.time =
        (month < 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0)
            ? invalid
            : epochOf(int(year), int(month), int(day), int(hour), int(minute), int(second));
    if (record.time == invalid)
        return skipped(SkipReason::DateTime);
    record.status = int(status);
    record.win32 = win32;
    record.uri = fields[13];
    record.client = fields[0];
    result.outcome = Outcome::Record;
    return result;
}

// "172.21.13.45 - DOMAIN\user [08/Apr/2001:17:39:04 -0800] "GET /x HTTP/1.0" 200 3401":
// no substatus, no win32.
LogLineParser::Result LogLineParser::parseNcsa(QByteArrayView line) const
{
    const qsizetype open = line.indexOf(" [");
    const qsizetype close = open < 0 ? -1 : line.indexOf("] \"", open);
    const qsizetype requestEnd = close < 0 ? -1 : line.lastIndexOf('"');
    if (open <= 0 || close < 0 || requestEnd <= close + 2)
        return skipped(SkipReason::Shape);
    // dd/Mon/yyyy:HH:MM:SS +zzzz
    const QByteArrayView stamp = line.sliced(open + 2, close - open - 2);
    static constexpr std::array<const char *, 12> months = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int month = 0;
    for (int i = 0; i < 12 && stamp.size() >= 26; ++i) {
        if (stamp.sliced(3, 3) == QByteArrayView(months[size_t(i)]))
            month = i + 1;
    }
    const int day = digitsAt(stamp, 0, 2), year = digitsAt(stamp, 7, 4);
    const int hour = digitsAt(stamp, 12, 2), minute = digitsAt(stamp, 15, 2),
              second = digitsAt(stamp, 18, 2);
    const int offsetHours = digitsAt(stamp, 22, 2), offsetMinutes = digitsAt(stamp, 24, 2);
    if (month == 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0 ||
        offsetHours < 0 || offsetMinutes < 0 || (stamp[21] != '+' && stamp[21] != '-'))
        return skipped(SkipReason::DateTime);
    qint64 time = epochOf(year, month, day, hour, minute, second);
    if (time == invalid)
        return skipped(SkipReason::DateTime);
    const int offset = (offsetHours * 60 + offsetMinutes) * 60;
    time += stamp[21] == '+' ? -offset : offset;

    std::array<QByteArrayView, maxW3cFields> after;
    const QByteArrayView tail = trimmed(line.sliced(requestEnd + 1));
    if (splitFields(tail, ' ', after) != 2)
        return skipped(SkipReason::FieldCount, 2, splitFields(tail, ' ', after));
    const qint64 status = fieldNumber(after[0], 3);
    if (status == invalid || status == missing)
        return skipped(SkipReason::Status);

    Result result;
    LogRecord &record = result.record;
    record.status = int(status);
    record.time = time;
    record.client = line.first(line.indexOf(' '));
    // The request line: method, URI, protocol.
    const QByteArrayView request = line.sliced(close + 3, requestEnd - close - 3);
    const qsizetype space = request.indexOf(' ');
    if (space >= 0) {
        const QByteArrayView rest = request.sliced(space + 1);
        const qsizetype end = rest.indexOf(' ');
        record.uri = end < 0 ? rest : rest.first(end);
    }
    result.outcome = Outcome::Record;
    return result;
}

QString LogLineParser::describe(const Result &result)
{
    switch (result.skip) {
    case SkipReason::None:
        return {};
    case SkipReason::UnknownFormat:
        return u"not a log format iisref knows (W3C, HTTPERR, IIS, NCSA)"_s;
    case SkipReason::NoFieldsDirective:
        return u"no #Fields directive before this line"_s;
    case SkipReason::FieldCount:
        return u"expected %1 fields, found %2"_s.arg(result.expectedFields).arg(result.foundFields);
    case SkipReason::Status:
        return u"the status is not a number"_s;
    case SkipReason::Substatus:
        return u"the substatus is not a number"_s;
    case SkipReason::Win32:
        return u"the win32 status is not a number from 0 to 4294967295"_s;
    case SkipReason::DateTime:
        return u"the date or time is not valid"_s;
    case SkipReason::Shape:
        return u"not a record of this format"_s;
    case SkipReason::TooLong:
        return u"the line is longer than iisref reads"_s;
    }
    return {};
}

} // namespace iisref
