// SPDX-License-Identifier: MIT
#pragma once

#include "CodeId.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iisref {

// What a user's text asks for, as understood by QueryParser.
struct ParsedQuery {
    QString text;                 // the input, simplified and cut to QueryParser::maxLength
    std::optional<CodeKind> kind; // named in the query ("ftp 550", "win32 64") or by --kind
    // Every code the text names, in the order to show them: a log line's "401 1 2148074254"
    // is HTTP 401.1 then Win32 2148074254. A bare "500" is HTTP 500 then FTP 500.
    QList<CodeId> codes;
    QString codeSpelling; // the first code as written ("500-100.asp"), for alias lookup
    // "403.1234": written like a code, but no kind holds it. Nothing is shown for it rather than
    // its parent; `rejectedStatus` (403) guides the suggestions.
    QString rejectedCode;
    int rejectedStatus = 0;
    // "530" of "530 1326 41": log columns with no kind named, read in the web log's order
    // (status, substatus, win32). An FTP log writes status, win32, substatus; the catalog,
    // which knows whether 530 is an HTTP status or only an FTP reply, decides.
    QString logColumnsStatus;
    QString codePrefix; // "40" while a code is still being typed
    QString kbNumber;   // "248072" from "Q248072", "KB248072" or "248072"
    // Whitespace-separated tokens, case-folded, with their inner "_" and "/" kept: how symbols
    // ("error_access_denied") and HTTP.sys reasons ("timer_connectionidle") are typed.
    QStringList tokens;
    QStringList words; // case-folded words and CJK runs left after the above, each once

    bool hasCode() const { return !codes.isEmpty(); }
    bool isEmpty() const { return text.isEmpty(); }
    // The number suggestions are near: the first code's, or the rejected code's status.
    qint64 nearValue() const;
};

} // namespace iisref
