// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace iisref {

// The formats IIS writes, told apart by content, never by file name. W3C covers the web and
// FTP logs and the HTTP.sys error log (HTTPERR), which are all driven by their #Fields line.
enum class LogFormat { Unknown, W3c, HttpErr, IisNative, Ncsa };

QString logFormatKey(LogFormat format); // "w3c", "httperr", "iis", "ncsa", "unknown"

// The format of a file from its first line that is not blank (BOM already removed).
LogFormat detectLogFormat(QByteArrayView firstLine);

} // namespace iisref
