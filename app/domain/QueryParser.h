// SPDX-License-Identifier: MIT
#pragma once

#include "ParsedQuery.h"

namespace iisref {

// Understands what people paste: "403.14", "403-14", "500-100.ASP", "HTTP Error 403.14 -
// Forbidden", "sc-status 401 sc-substatus 2", "ftp 530", "Q248072", "ssl required", "禁止訪問".
class QueryParser final
{
public:
    static ParsedQuery parse(const QString &input);

private:
    static void takeProtocol(QString &rest, ParsedQuery &query);
    static void takeLogFields(QString &rest, ParsedQuery &query);
    static void takeKbNumber(QString &rest, ParsedQuery &query);
    static void takeCode(QString &rest, ParsedQuery &query);
    static void takeCodePrefix(const QString &rest, ParsedQuery &query);
    static QStringList splitWords(const QString &rest);
};

} // namespace iisref
