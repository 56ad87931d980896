// SPDX-License-Identifier: MIT
#include "LogFormat.h"

#include "LogRecord.h"

using namespace Qt::StringLiterals;

namespace iisref {

const char *protocolKey(LogProtocol protocol)
{
    switch (protocol) {
    case LogProtocol::Http:
        return "http";
    case LogProtocol::Ftp:
        return "ftp";
    case LogProtocol::HttpErr:
        return "httperr";
    }
    return "http";
}

QString logFormatKey(LogFormat format)
{
    switch (format) {
    case LogFormat::W3c:
        return u"w3c"_s;
    case LogFormat::HttpErr:
        return u"httperr"_s;
    case LogFormat::IisNative:
        return u"iis"_s;
    case LogFormat::Ncsa:
        return u"ncsa"_s;
    case LogFormat::Unknown:
        break;
    }
    return u"unknown"_s;
}

LogFormat detectLogFormat(QByteArrayView firstLine)
{
    if (firstLine.startsWith("#"))
        return firstLine.startsWith("#Software: Microsoft HTTP API") ? LogFormat::HttpErr
                                                                     : LogFormat::W3c;
    // NCSA common: host ident user [dd/Mon/yyyy:HH:MM:SS +zzzz] "request" status bytes
    const qsizetype open = firstLine.indexOf('[');
    if (open > 0 && firstLine.indexOf("] \"", open) > open)
        return LogFormat::Ncsa;
    // Microsoft IIS format: 15 fields separated by ", ".
    if (firstLine.count(", ") >= 13)
        return LogFormat::IisNative;
    return LogFormat::Unknown;
}

} // namespace iisref
