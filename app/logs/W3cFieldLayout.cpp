// SPDX-License-Identifier: MIT
#include "W3cFieldLayout.h"

namespace iisref {

std::optional<W3cFieldLayout> W3cFieldLayout::parse(QByteArrayView fieldNames)
{
    W3cFieldLayout layout;
    bool ftpFields = false;
    qsizetype at = 0;
    while (at < fieldNames.size()) {
        while (at < fieldNames.size() && fieldNames[at] == ' ')
            ++at;
        qsizetype end = at;
        while (end < fieldNames.size() && fieldNames[end] != ' ')
            ++end;
        if (end == at)
            break;
        const QByteArrayView name = fieldNames.sliced(at, end - at);
        const int index = layout.fieldCount++;
        if (name == "date")
            layout.date = index;
        else if (name == "time")
            layout.time = index;
        else if (name == "sc-status")
            layout.status = index;
        else if (name == "sc-substatus")
            layout.substatus = index;
        else if (name == "sc-win32-status")
            layout.win32 = index;
        else if (name == "s-reason")
            layout.reason = index;
        else if (name == "cs-uri-stem" || (name == "cs-uri" && layout.uri == absent))
            layout.uri = index;
        else if (name == "c-ip")
            layout.client = index;
        else if (name == "cs-method")
            layout.method = index;
        else if (name == "x-session" || name == "x-fullpath")
            ftpFields = true;
        at = end;
    }
    if (layout.fieldCount == 0)
        return std::nullopt;
    layout.protocol = layout.reason != absent ? LogProtocol::HttpErr
                      : ftpFields             ? LogProtocol::Ftp
                                              : LogProtocol::Http;
    return layout;
}

} // namespace iisref
