// SPDX-License-Identifier: MIT
#pragma once

#include "Protocol.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

namespace iisref {

// A status code within a protocol, with IIS's optional substatus: HTTP 403.14, FTP 550.
class CodeId final
{
public:
    static constexpr int NoSubstatus = -1;

    CodeId() = default;
    CodeId(Protocol protocol, int status, int substatus = NoSubstatus);

    // Parses the canonical dotted form only ("403", "403.14"); aliases are the parser's business.
    static std::optional<CodeId> fromCanonical(Protocol protocol, QStringView code);

    Protocol protocol() const { return m_protocol; }
    int status() const { return m_status; }
    int substatus() const { return m_substatus; }
    bool hasSubstatus() const { return m_substatus != NoSubstatus; }
    int statusClass() const { return m_status / 100; }
    bool isValid() const { return m_status >= 100 && m_status <= 599; }

    // "403.14"
    QString code() const;
    // "http:403.14": unique across protocols, used as an item key and in settings.
    QString key() const;
    static std::optional<CodeId> fromKey(QStringView key);
    // "HTTP 403.14"
    QString displayName() const;
    CodeId withoutSubstatus() const { return {m_protocol, m_status}; }

    friend bool operator==(const CodeId &a, const CodeId &b)
    {
        return a.m_protocol == b.m_protocol && a.m_status == b.m_status
               && a.m_substatus == b.m_substatus;
    }
    friend bool operator!=(const CodeId &a, const CodeId &b) { return !(a == b); }
    // HTTP before FTP, then by status, then the bare status before its substatus codes.
    friend bool operator<(const CodeId &a, const CodeId &b);

private:
    Protocol m_protocol = Protocol::Http;
    int m_status = 0;
    int m_substatus = NoSubstatus;
};

size_t qHash(const CodeId &id, size_t seed = 0);

} // namespace iisref
