// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace iisref {

enum class Protocol { Http, Ftp };

// The lower-case key used in the code resources and in --protocol: "http", "ftp".
QString protocolKey(Protocol protocol);
// The name a user reads: "HTTP", "FTP".
QString protocolDisplayName(Protocol protocol);
std::optional<Protocol> protocolFromKey(QStringView key);

} // namespace iisref
