// SPDX-License-Identifier: MIT
#pragma once

#include "LogTally.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace iisref {

// Reads back what `iisref log --json` wrote, so the tallies of a web farm's servers add up to
// one: `iisref log web1.json web2.json` merges them like logs. Counts, times and hours add
// exactly; top URIs and clients add the counts each server kept.
class LogTallyReader final
{
public:
    static constexpr qint64 maxBytes = 64 << 20;

    // Whether a file's first bytes look like a tally rather than a log.
    static bool looksLikeTally(const QByteArray &head);
    // nullopt, with `error` set, when `json` is not a tally iisref wrote.
    static std::optional<LogTally> fromJson(const QByteArray &json, const QString &path,
                                            QString &error);
};

} // namespace iisref
