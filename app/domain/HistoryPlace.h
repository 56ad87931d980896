// SPDX-License-Identifier: MIT
#pragma once

#include "CodeId.h"

namespace iisref {

// Somewhere the window can take the user back to: an entry of the catalog, or the log page
// they opened it from.
struct HistoryPlace {
    enum class Kind { Entry, Log };

    Kind kind = Kind::Entry;
    CodeId id; // the entry; unused for the log page

    static HistoryPlace entry(const CodeId &id) { return {Kind::Entry, id}; }
    static HistoryPlace log() { return {Kind::Log, {}}; }
    bool isLog() const { return kind == Kind::Log; }

    friend bool operator==(const HistoryPlace &a, const HistoryPlace &b)
    {
        return a.kind == b.kind && (a.kind == Kind::Log || a.id == b.id);
    }
    friend bool operator!=(const HistoryPlace &a, const HistoryPlace &b) { return !(a == b); }
};

} // namespace iisref
