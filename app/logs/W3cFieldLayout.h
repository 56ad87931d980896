// SPDX-License-Identifier: MIT
#pragma once

#include "LogRecord.h"

#include <QByteArrayView>

#include <optional>

namespace iisref {

// Where the fields iisref reads sit in the records that follow a "#Fields:" directive. IIS
// writes any subset in any order (and custom fields after them from IIS 8.5), web and FTP
// logs order status, win32 and substatus differently, and a file may change its fields at
// any line: each #Fields line makes a new layout.
struct W3cFieldLayout {
    static constexpr int absent = -1;

    int fieldCount = 0;
    int date = absent;
    int time = absent;
    int status = absent;
    int substatus = absent;
    int win32 = absent;
    int reason = absent;
    int uri = absent;
    int client = absent;
    int method = absent;
    LogProtocol protocol = LogProtocol::Http;

    // From the text after "#Fields:"; nullopt when it names no field.
    static std::optional<W3cFieldLayout> parse(QByteArrayView fieldNames);
};

} // namespace iisref
