// SPDX-License-Identifier: MIT
#include "Protocol.h"

using namespace Qt::StringLiterals;

namespace iisref {

QString protocolKey(Protocol protocol)
{
    return protocol == Protocol::Http ? u"http"_s : u"ftp"_s;
}

QString protocolDisplayName(Protocol protocol)
{
    return protocol == Protocol::Http ? u"HTTP"_s : u"FTP"_s;
}

std::optional<Protocol> protocolFromKey(QStringView key)
{
    if (key.compare(u"http", Qt::CaseInsensitive) == 0)
        return Protocol::Http;
    if (key.compare(u"ftp", Qt::CaseInsensitive) == 0)
        return Protocol::Ftp;
    return std::nullopt;
}

} // namespace iisref
