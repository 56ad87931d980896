// SPDX-License-Identifier: MIT
#pragma once

#include "CodeKind.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace iisref {

// What a user's text asks for, as understood by QueryParser.
struct ParsedQuery
{
    QString text; // the input, trimmed
    std::optional<CodeKind> kind; // named in the query ("ftp 550") or by --kind
    int status = 0;      // 0 when no code was found
    int substatus = -1;  // -1 when the code has no substatus
    QString codeSpelling; // the code as written ("500-100.asp"), for alias lookup
    QString codePrefix;  // "40" while a code is still being typed
    QString kbNumber;    // "248072" from "Q248072", "KB248072" or "248072"
    QStringList words;   // case-folded words and CJK runs left after the above

    bool hasCode() const { return status != 0; }
    bool isEmpty() const { return text.isEmpty(); }
};

} // namespace iisref
