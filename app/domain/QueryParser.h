// SPDX-License-Identifier: MIT
#pragma once

#include "ParsedQuery.h"

namespace iisref {

// Understands what people paste: "403.14", "403-14", "500-100.ASP", "HTTP Error 500.19 -
// Internal Server Error … Error Code 0x8007000d", W3C log fields and columns ("sc-status 401
// sc-substatus 2", "401 1 2148074254", "ftp 530 1326 41"), "win32 64", "0x80070005",
// "ERROR_ACCESS_DENIED", "Timer_ConnectionIdle", "Q248072", "ssl required", "禁止訪問".
// Each step scans the text once, so the cost grows with its length, which is capped.
class QueryParser final
{
public:
    // Longer than any error page's first lines or a W3C log line with its longest fields.
    static constexpr qsizetype maxLength = 4096;

    // `kind` narrows the query to one kind, as --kind does; the text can still name one.
    static ParsedQuery parse(const QString &input, std::optional<CodeKind> kind = std::nullopt);
};

} // namespace iisref
