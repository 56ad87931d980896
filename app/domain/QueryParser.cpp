// SPDX-License-Identifier: MIT
#include "QueryParser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// Removes the match from the text so that what is left is only free words.
void cut(QString &text, const QRegularExpressionMatch &match)
{
    text.replace(match.capturedStart(), match.capturedLength(), u" "_s);
}

} // namespace

ParsedQuery QueryParser::parse(const QString &input)
{
    ParsedQuery query;
    query.text = input.simplified();
    QString rest = query.text.toCaseFolded();
    takeLogFields(rest, query);
    takeProtocol(rest, query);
    takeKbNumber(rest, query);
    if (!query.hasCode())
        takeCode(rest, query);
    if (!query.hasCode())
        takeCodePrefix(rest, query);
    // A partial code is not also a word: "40" should not match every text with a 40 in it.
    if (query.codePrefix.isEmpty())
        query.words = splitWords(rest);
    return query;
}

void QueryParser::takeProtocol(QString &rest, ParsedQuery &query)
{
    static const QRegularExpression protocolWord(u"(?<![\\w-])(https?|ftp)(?![\\w-])"_s);
    QRegularExpressionMatch match = protocolWord.match(rest);
    if (!match.hasMatch())
        return;
    query.kind = match.captured(1) == u"ftp" ? CodeKind::Ftp : CodeKind::Http;
    while (match.hasMatch()) {
        cut(rest, match);
        match = protocolWord.match(rest);
    }
}

void QueryParser::takeLogFields(QString &rest, ParsedQuery &query)
{
    // W3C extended log field names, as people copy them with their values.
    static const QRegularExpression logFields(
        u"sc-status\\s*[:=]?\\s*(\\d{3})(?:\\s+sc-substatus\\s*[:=]?\\s*(\\d{1,3}))?"_s);
    const QRegularExpressionMatch match = logFields.match(rest);
    if (!match.hasMatch())
        return;
    query.status = match.captured(1).toInt();
    // IIS logs substatus 0 for "no substatus".
    const int substatus = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    query.substatus = substatus == 0 ? -1 : substatus;
    query.codeSpelling = match.captured(1);
    cut(rest, match);
}

void QueryParser::takeKbNumber(QString &rest, ParsedQuery &query)
{
    static const QRegularExpression kbNumber(u"(?<![\\w.-])(?:kb\\s?|q)?(\\d{6})(?![\\w.-])"_s);
    const QRegularExpressionMatch match = kbNumber.match(rest);
    if (!match.hasMatch())
        return;
    query.kbNumber = match.captured(1);
    cut(rest, match);
}

void QueryParser::takeCode(QString &rest, ParsedQuery &query)
{
    // A three-digit status, then optionally IIS's substatus after a dot or a dash, then the
    // ".ASP" of "500-100.ASP". Digits around it belong to something else (a KB or IP number).
    static const QRegularExpression code(
        u"(?<![\\d.])([1-9]\\d{2})(?:\\s?[.-]\\s?(\\d{1,3})(?![\\d.]\\d)(\\.asp)?)?(?![\\d])"_s);
    // A log line's "status substatus win32-status" columns, or "403 14" typed with a space.
    static const QRegularExpression spacedCode(u"^\\s*([1-9]\\d{2})\\s+(\\d{1,3})(?:\\s+\\d+)?\\s*$"_s);

    QRegularExpressionMatch match = spacedCode.match(rest);
    if (!match.hasMatch())
        match = code.match(rest);
    if (!match.hasMatch())
        return;
    query.status = match.captured(1).toInt();
    if (!match.captured(2).isEmpty())
        query.substatus = match.captured(2).toInt();
    query.codeSpelling = match.captured(0).simplified().remove(u' ');
    cut(rest, match);
}

void QueryParser::takeCodePrefix(const QString &rest, ParsedQuery &query)
{
    static const QRegularExpression partialCode(u"^\\s*([1-9]\\d?)\\s*$"_s);
    const QRegularExpressionMatch match = partialCode.match(rest);
    if (match.hasMatch())
        query.codePrefix = match.captured(1);
}

QStringList QueryParser::splitWords(const QString &rest)
{
    static const QRegularExpression separators(u"[\\s\\p{P}\\p{S}]+"_s);
    return rest.split(separators, Qt::SkipEmptyParts);
}

} // namespace iisref
