// SPDX-License-Identifier: MIT
#include "QueryParser.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// HRESULT_FROM_WIN32 puts a Win32 error in facility 7: 0x80070005 is ERROR_ACCESS_DENIED.
constexpr qint64 win32FacilityMask = 0xFFFF0000LL;
constexpr qint64 win32Facility = 0x80070000LL;

// Blanks the matched ranges out of the text so what is left is only free words. Building the
// result in one pass keeps the cost linear however many matches there are.
QString cutAll(const QString &text, const QList<std::pair<qsizetype, qsizetype>> &ranges)
{
    QString rest;
    rest.reserve(text.size());
    qsizetype at = 0;
    for (const auto &[start, length] : ranges) {
        rest += QStringView(text).mid(at, start - at);
        rest += u' ';
        at = start + length;
    }
    rest += QStringView(text).mid(at);
    return rest;
}

void addCode(ParsedQuery &query, const CodeId &id)
{
    if (id.isValid() && !query.codes.contains(id))
        query.codes.append(id);
}

std::optional<qint64> number(QStringView digits)
{
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

// A number the way a log or a page writes it: no leading zero, so "005" is not status 5.
bool isCanonicalNumber(QStringView digits)
{
    return !digits.isEmpty() && (digits.size() == 1 || digits.front() != u'0');
}

class Parser
{
public:
    Parser(const QString &input, std::optional<CodeKind> kind)
    {
        m_query.kind = kind;
        QString capped = input.left(QueryParser::maxLength);
        // A cut word would search for a word nobody typed.
        if (input.size() > capped.size() && !input.at(capped.size()).isSpace()) {
            const qsizetype lastSpace = capped.lastIndexOf(u' ');
            capped.truncate(std::max<qsizetype>(lastSpace, 0));
        }
        m_query.text = capped.simplified();
        m_rest = m_query.text.toCaseFolded();
    }

    ParsedQuery run()
    {
        if (takeLogLine())
            return m_query;
        takeKindWords();
        takeLogFields();
        takeHexCodes();
        takeKbNumber();
        takeNumbers();
        takeTokensAndWords();
        // A status explains the request; the win32 value or HRESULT beside it explains why.
        std::stable_partition(m_query.codes.begin(), m_query.codes.end(), [](const CodeId &id) {
            return id.kind() == CodeKind::Http || id.kind() == CodeKind::Ftp;
        });
        return m_query;
    }

private:
    // Runs `pattern` over the text left, calls `take` on each match, and cuts what it accepted.
    template <typename Take> void scan(const QRegularExpression &pattern, Take take)
    {
        QList<std::pair<qsizetype, qsizetype>> cuts;
        QRegularExpressionMatchIterator it = pattern.globalMatch(m_rest);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (take(match))
                cuts.append({match.capturedStart(), match.capturedLength()});
        }
        if (!cuts.isEmpty())
            m_rest = cutAll(m_rest, cuts);
    }

    void nameKind(CodeKind kind)
    {
        if (!m_query.kind)
            m_query.kind = kind;
    }

    void takeKindWords()
    {
        static const QRegularExpression kindWord(
            u"(?<![\\w.-])(http\\.sys|httperr|https?|ftp|win32|hresult)(?![\\w-])"_s);
        scan(kindWord, [this](const QRegularExpressionMatch &match) {
            const QStringView word = match.capturedView(1);
            if (word.startsWith(u"http") && word != u"httperr" && word != u"http.sys")
                nameKind(CodeKind::Http);
            else if (word == u"ftp")
                nameKind(CodeKind::Ftp);
            else if (word == u"httperr" || word == u"http.sys")
                nameKind(CodeKind::HttpErr);
            else
                nameKind(CodeKind::Win32);
            return true;
        });
    }

    // A whole W3C line pasted from a log: "2024-05-01 00:00:02 … 401 2 5 31". IIS 7.5-10's
    // default web fields end with sc-status sc-substatus sc-win32-status time-taken; FTP 7+'s
    // with sc-status sc-win32-status sc-substatus x-session x-fullpath. Only those columns
    // count: the port, the date and the client address are numbers of something else.
    bool takeLogLine()
    {
        static const QRegularExpression stamp(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} "_s);
        if (!stamp.match(m_rest).hasMatch())
            return false;
        static const QRegularExpression web(u" (\\d{3}) (\\d{1,5}) (\\d{1,10}) \\d+$"_s);
        static const QRegularExpression ftp(
            u" (\\d{3}) (\\d{1,10}) (\\d{1,5}) [0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?: \\S+)?$"_s);
        if (const QRegularExpressionMatch match = ftp.match(m_rest); match.hasMatch()) {
            nameKind(CodeKind::Ftp);
            addStatusColumns(match.captured(1), match.captured(2), match.captured(3), true);
        } else if (const QRegularExpressionMatch match = web.match(m_rest); match.hasMatch()) {
            addStatusColumns(match.captured(1), match.captured(2), match.captured(3), false);
        } else {
            return false;
        }
        m_rest.clear();
        return true;
    }

    // W3C extended log field names, as people copy them with their values.
    void takeLogFields()
    {
        static const QRegularExpression field(
            u"(?<![\\w-])(sc-status|sc-substatus|sc-win32-status)\\s*[:=]?\\s*(\\S+)"_s);
        QString status, substatus, win32;
        scan(field, [&](const QRegularExpressionMatch &match) {
            const QStringView name = match.capturedView(1);
            QString &slot = name == u"sc-status"      ? status
                            : name == u"sc-substatus" ? substatus
                                                      : win32;
            if (slot.isEmpty())
                slot = match.captured(2);
            return true;
        });
        if (status.isEmpty() && win32.isEmpty())
            return;
        if (!status.isEmpty())
            addStatusColumns(status, substatus.isEmpty() ? u"0"_s : substatus, win32, false);
        else
            addWin32(win32, true);
    }

    // Columns in the order a log writes them: web logs put the substatus before the win32
    // status, FTP logs after it.
    void addStatusColumns(const QString &status, const QString &second, const QString &third,
                          bool ftpOrder)
    {
        const QString substatus = ftpOrder ? (third.isEmpty() ? u"0"_s : third) : second;
        const QString &win32 = ftpOrder ? second : third;
        const CodeKind kind = m_query.kind == CodeKind::Ftp ? CodeKind::Ftp : CodeKind::Http;
        if (!isCanonicalNumber(status) || !isCanonicalNumber(substatus)) {
            reject(substatus == u"0" ? status : status + u' ' + substatus, status);
            return;
        }
        const auto code = CodeId::fromCanonical(kind, status);
        if (!code) {
            reject(status, status);
            return;
        }
        if (kind == CodeKind::Ftp) {
            addCode(m_query, *code);
            addWin32(win32, false);
            if (const auto sub = number(substatus); sub && *sub != 0)
                addCode(m_query, CodeId(CodeKind::FtpSubstatus, *sub));
            return;
        } else if (substatus == u"0") {
            // IIS logs substatus 0 for "no substatus".
            addCode(m_query, *code);
        } else if (const auto withSub =
                       CodeId::fromCanonical(kind, QString(status + u'.' + substatus))) {
            addCode(m_query, *withSub);
        } else {
            reject(status + u'.' + substatus, status);
            return;
        }
        if (m_query.codeSpelling.isEmpty())
            m_query.codeSpelling = status;
        // Win32 status 0 is success: the status and substatus say what happened.
        addWin32(win32, false);
    }

    void addWin32(const QString &digits, bool evenIfZero)
    {
        if (digits.isEmpty() || !isCanonicalNumber(digits))
            return;
        const auto value = number(digits);
        if (value && (*value != 0 || evenIfZero))
            addCode(m_query, CodeId(CodeKind::Win32, *value));
    }

    void reject(const QString &spelling, const QString &status)
    {
        if (!m_query.rejectedCode.isEmpty())
            return;
        m_query.rejectedCode = spelling;
        m_query.rejectedStatus = status.left(3).toInt();
    }

    // "0x80070005", "0x8009030E", "0x0000052e": the Error Code line of an IIS 7+ error page, and
    // how Failed Request Tracing and event logs write sc-win32-status.
    void takeHexCodes()
    {
        static const QRegularExpression hex(u"(?<![\\w])0x([0-9a-f]{1,8})(?![\\w])"_s);
        scan(hex, [this](const QRegularExpressionMatch &match) {
            bool ok = false;
            const qint64 value = match.capturedView(1).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if ((value & win32FacilityMask) == win32Facility)
                addCode(m_query, CodeId(CodeKind::Win32, value & 0xFFFF));
            addCode(m_query, CodeId(CodeKind::Win32, value));
            return true;
        });
    }

    void takeKbNumber()
    {
        static const QRegularExpression kbNumber(
            u"(?<![\\w.-])(?:kb\\s?(\\d{5,7})|q(\\d{6})|(\\d{6}))(?![\\w.-])"_s);
        scan(kbNumber, [this](const QRegularExpressionMatch &match) {
            if (!m_query.kbNumber.isEmpty())
                return false;
            for (int group = 1; group <= 3; ++group) {
                if (!match.capturedView(group).isEmpty())
                    m_query.kbNumber = match.captured(group);
            }
            return true;
        });
    }

    // Every number left, grouped into runs: "403.14", "500-100.asp", or log columns
    // "401 1 2148074254" with only spaces between them.
    void takeNumbers()
    {
        static const QRegularExpression run(
            u"(?<![\\w./-])(\\d+(?:\\s?[.-]\\s?\\d+)*\\.?)(\\.asp)?((?: \\d+)*)(?![\\w/]|\\.\\d)"_s);
        scan(run, [&](const QRegularExpressionMatch &match) {
            return takeRun(match.captured(1), match.captured(2), match.captured(3));
        });
        if (!m_query.hasCode() && m_query.rejectedCode.isEmpty())
            takeCodePrefix();
    }

    bool takeRun(QString code, const QString &asp, const QString &columns)
    {
        if (code.endsWith(u'.'))
            code.chop(1);
        code.remove(u' ');
        static const QRegularExpression separator(u"[.-]"_s); // compiled once, not per code
        const QStringList parts = code.split(separator);
        const QStringList more = columns.split(u' ', Qt::SkipEmptyParts);
        const QString &first = parts.first();
        const bool looksLikeStatus = first.size() == 3 && isCanonicalNumber(first);

        if (parts.size() == 1 && !more.isEmpty() && looksLikeStatus) {
            if (!m_query.kind && m_query.logColumnsStatus.isEmpty())
                m_query.logColumnsStatus = first;
            addStatusColumns(first, more.value(0, u"0"_s), more.value(1),
                             m_query.kind == CodeKind::Ftp);
            return true;
        }
        if (parts.size() == 1 && more.isEmpty())
            return takeSingleNumber(first);
        if (!looksLikeStatus)
            return false; // "10.200.30.4", "6.0": numbers of something else
        if (parts.size() != 2 || !more.isEmpty()) {
            reject(code, first);
            return true;
        }
        const auto id = CodeId::fromCanonical(CodeKind::Http, QString(first + u'.' + parts[1]));
        if (!id || (m_query.kind && m_query.kind != CodeKind::Http)) {
            reject(code, first);
            return true;
        }
        addCode(m_query, *id);
        if (m_query.codeSpelling.isEmpty())
            m_query.codeSpelling = code + asp;
        return true;
    }

    bool takeSingleNumber(const QString &digits)
    {
        if (!isCanonicalNumber(digits))
            return false;
        const auto value = number(digits);
        if (!value)
            return false;
        if (m_query.kind == CodeKind::Win32 || m_query.kind == CodeKind::FtpSubstatus) {
            addCode(m_query, CodeId(*m_query.kind, *value));
            return true;
        }
        if (digits.size() == 3) {
            // A bare status means HTTP first, then the FTP reply with the same number.
            const qsizetype before = m_query.codes.size();
            for (CodeKind kind : {CodeKind::Http, CodeKind::Ftp}) {
                if (!m_query.kind || m_query.kind == kind)
                    addCode(m_query, CodeId(kind, *value));
            }
            if (m_query.codes.size() == before)
                reject(digits, digits);
            else if (m_query.codeSpelling.isEmpty())
                m_query.codeSpelling = digits;
            return true;
        }
        // Four digits and more are not statuses; they are what sc-win32-status logs.
        if (digits.size() >= 4 && !m_query.kind) {
            addCode(m_query, CodeId(CodeKind::Win32, *value));
            return true;
        }
        return false;
    }

    void takeCodePrefix()
    {
        static const QRegularExpression partialCode(u"^\\s*([1-9]\\d?)\\s*$"_s);
        const QRegularExpressionMatch match = partialCode.match(m_rest);
        if (match.hasMatch()) {
            m_query.codePrefix = match.captured(1);
            m_rest.clear();
        }
    }

    void takeTokensAndWords()
    {
        static const QRegularExpression separators(u"[\\s\\p{P}\\p{S}]+"_s);
        static const QRegularExpression tokenEdges(u"^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$"_s);
        QSet<QString> seen;
        for (const QString &token : m_rest.split(u' ', Qt::SkipEmptyParts)) {
            QString trimmed = token;
            trimmed.remove(tokenEdges);
            if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
                seen.insert(trimmed);
                m_query.tokens.append(trimmed);
            }
        }
        seen.clear();
        for (const QString &word : m_rest.split(separators, Qt::SkipEmptyParts)) {
            if (!seen.contains(word)) {
                seen.insert(word);
                m_query.words.append(word);
            }
        }
    }

    ParsedQuery m_query;
    QString m_rest;
};

} // namespace

qint64 ParsedQuery::nearValue() const
{
    if (!codes.isEmpty())
        return codes.first().value();
    return rejectedStatus;
}

ParsedQuery QueryParser::parse(const QString &input, std::optional<CodeKind> kind)
{
    return Parser(input, kind).run();
}

} // namespace iisref
