// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace iisref {

// What a log line says about one request, as views into the line it was read from: valid only
// while that line is. -1 marks a field the format lacks or the line left empty ("-").
enum class LogProtocol : quint8 { Http, Ftp, HttpErr };

struct LogRecord {
    LogProtocol protocol = LogProtocol::Http;
    int status = -1;
    int substatus = -1;
    qint64 win32 = -1;
    QByteArrayView reason; // HTTP.sys s-reason
    QByteArrayView uri;
    QByteArrayView client;
    qint64 time = -1; // seconds since 1970-01-01 UTC (IIS and NCSA: as the format gives it)
};

const char *protocolKey(LogProtocol protocol); // "http", "ftp", "httperr"

} // namespace iisref
