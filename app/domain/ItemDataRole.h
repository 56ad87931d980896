// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <Qt>

namespace iisref {

// The roles views read from the domain's models; widgets never reach into entries themselves.
enum ItemDataRole {
    CodeKeyRole = Qt::UserRole + 1, // QString "http:403.14"; empty on group nodes
    NodeKindRole,                   // int, a NodeKind
    CodeRole,                       // QString "403.14"
    TitleRole,                      // QString, in the model's language
    KindRole,                       // QString, a CodeKind key: "http", "win32"…
    EntryCountRole,                 // int, entries below a group node
    MatchKindRole,                  // int, a MatchKind (search results only)
    // const Entry *, owned by the model's catalog; null on group nodes. What a view shows
    // when an item is chosen, without parsing a key back into a code and looking it up.
    EntryRole,
};

enum class NodeKind { CommonGroup, Kind, Group, Code };

struct Entry;

} // namespace iisref

Q_DECLARE_OPAQUE_POINTER(const iisref::Entry *)
