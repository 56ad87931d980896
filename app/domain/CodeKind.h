// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace iisref {

// The kinds of status an IIS admin meets: on an error page, in a W3C log's sc-status,
// sc-substatus and sc-win32-status columns, in the HTTPERR log's s-reason column.
enum class CodeKind { Http, Ftp, FtpSubstatus, Win32, HttpErr };

inline constexpr std::array<CodeKind, 5> allCodeKinds = {
    CodeKind::Http, CodeKind::Ftp, CodeKind::FtpSubstatus, CodeKind::Win32, CodeKind::HttpErr};

// Everything that differs between kinds lives in one row of the table in CodeKind.cpp, so a
// new kind is a new row rather than a hunt through conditionals.
struct CodeKindTraits {
    CodeKind kind;
    QStringView key;         // "ftp-substatus": in resources, item keys, settings, --kind
    QStringView displayName; // "FTP substatus": prefixes a code, "FTP substatus 41"
    const char *treeLabel;   // the kind's node in the category tree, translated by CategoryModel
    bool textual;            // an HTTP.sys reason phrase rather than a number
    bool hasSubstatus;       // IIS's ".14" after an HTTP status
    int digits;              // exact digits of the number, 0 for any count
    qint64 minValue;
    qint64 maxValue;
    int groupCount;          // groups are numbered 1..groupCount
    bool groupsByClassDigit; // groups are "4xx" classes, shown with their digit
    int (*groupOf)(qint64 value);
    QStringView formHint; // completes "the code must be …" in catalog messages
};

const CodeKindTraits &traitsOf(CodeKind kind);
std::optional<CodeKind> codeKindFromKey(QStringView key);
QString codeKindKey(CodeKind kind);
QString codeKindDisplayName(CodeKind kind);
// "http or ftp", "http, ftp, ftp-substatus, win32 or httperr": for messages that list choices.
QString codeKindChoices();

} // namespace iisref
