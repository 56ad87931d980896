// SPDX-License-Identifier: MIT
#include "CodeKind.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

constexpr qint64 firstHresult = 0x80000000LL;

int classDigit(qint64 value)
{
    return int(value / 100);
}

int singleGroup(qint64)
{
    return 1;
}

// Where an sc-win32-status value comes from decides how to read it: `net helpmsg` knows the
// system and Winsock errors, WinHTTP errors come from ARR's proxy, and values from 2^31 up are
// HRESULTs written as unsigned decimals.
int win32Family(qint64 value)
{
    if (value >= firstHresult)
        return 4;
    if (value >= 12000 && value <= 12999)
        return 3;
    if (value >= 10000 && value <= 11999)
        return 2;
    return 1;
}

constexpr std::array<CodeKindTraits, 5> traitsTable = {{
    {CodeKind::Http, u"http", u"HTTP", QT_TRANSLATE_NOOP("iisref::CategoryModel", "HTTP"), false,
     true, 3, 100, 599, 5, true, classDigit,
     u"a status from 100 to 599 with an optional \".N\" substatus, such as \"403.14\""},
    // RFC 2228 adds the 6xx protected replies to RFC 959's 1xx-5xx.
    {CodeKind::Ftp, u"ftp", u"FTP", QT_TRANSLATE_NOOP("iisref::CategoryModel", "FTP"), false, false,
     3, 100, 699, 6, true, classDigit, u"a reply from 100 to 699, such as \"530\""},
    // KB 969061: IIS 7+ FTP logs one global substatus list, not one per reply.
    {CodeKind::FtpSubstatus, u"ftp-substatus", u"FTP substatus",
     QT_TRANSLATE_NOOP("iisref::CategoryModel", "FTP substatus"), false, false, 0, 0, 55, 1, false,
     singleGroup, u"a number from 0 to 55, such as \"41\""},
    {CodeKind::Win32, u"win32", u"Win32",
     QT_TRANSLATE_NOOP("iisref::CategoryModel", "Win32 status"), false, false, 0, 0, 0xFFFFFFFFLL,
     4, false, win32Family, u"a decimal from 0 to 4294967295, such as \"5\" or \"2148074254\""},
    {CodeKind::HttpErr, u"httperr", u"HTTP.sys",
     QT_TRANSLATE_NOOP("iisref::CategoryModel", "HTTP.sys reasons"), true, false, 0, 0, 0, 1, false,
     singleGroup, u"an HTTP.sys reason phrase such as \"Timer_ConnectionIdle\""},
}};

constexpr bool tableFollowsEnum()
{
    for (size_t i = 0; i < traitsTable.size(); ++i) {
        if (traitsTable[i].kind != allCodeKinds[i])
            return false;
    }
    return true;
}
static_assert(tableFollowsEnum(), "traitsOf() indexes the table by CodeKind");

} // namespace

const CodeKindTraits &traitsOf(CodeKind kind)
{
    return traitsTable[size_t(kind)];
}

std::optional<CodeKind> codeKindFromKey(QStringView key)
{
    for (const CodeKindTraits &traits : traitsTable) {
        if (key.compare(traits.key, Qt::CaseInsensitive) == 0)
            return traits.kind;
    }
    return std::nullopt;
}

QString codeKindKey(CodeKind kind)
{
    return traitsOf(kind).key.toString();
}

QString codeKindDisplayName(CodeKind kind)
{
    return traitsOf(kind).displayName.toString();
}

QString codeKindChoices()
{
    QStringList keys;
    for (const CodeKindTraits &traits : traitsTable)
        keys.append(traits.key.toString());
    const QString last = keys.takeLast();
    return keys.join(u", "_s) + u" or "_s + last;
}

} // namespace iisref
