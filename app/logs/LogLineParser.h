// SPDX-License-Identifier: MIT
#pragma once

#include "LogFormat.h"
#include "LogRecord.h"
#include "W3cFieldLayout.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace iisref {

// Reads one log line at a time in one format, keeping what earlier lines set: the #Fields in
// force for W3C and HTTPERR logs. A line that is neither blank, a directive, an FTP channel
// event nor a well-formed record for the fields in force is Skipped, with the reason.
class LogLineParser final
{
public:
    enum class Outcome { Record, Blank, Directive, ChannelEvent, Skipped };
    enum class SkipReason {
        None,
        UnknownFormat,
        NoFieldsDirective,
        FieldCount,
        Status,
        Substatus,
        Win32,
        DateTime,
        Shape,
        TooLong,
    };
    struct Result {
        Outcome outcome = Outcome::Blank;
        LogRecord record;
        SkipReason skip = SkipReason::None;
        int expectedFields = 0;
        int foundFields = 0;
    };

    explicit LogLineParser(LogFormat format = LogFormat::Unknown);

    LogFormat format() const { return m_format; }
    const std::optional<W3cFieldLayout> &layout() const { return m_layout; }
    // For a chunk of a file read on its own: the #Fields line in force where it starts.
    void applyDirective(QByteArrayView directiveLine);

    // `line` without its line break; a trailing CR is ignored.
    Result parse(QByteArrayView line);

    static QString describe(const Result &result);

private:
    Result parseW3c(QByteArrayView line) const;
    Result parseIisNative(QByteArrayView line) const;
    Result parseNcsa(QByteArrayView line) const;

    LogFormat m_format;
    std::optional<W3cFieldLayout> m_layout;
};

} // namespace iisref
