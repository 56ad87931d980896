// SPDX-License-Identifier: MIT
#include "CodeId.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace iisref {

CodeId::CodeId(Protocol protocol, int status, int substatus)
    : m_protocol(protocol), m_status(status), m_substatus(substatus)
{
}

static std::optional<int> parseDigits(QStringView text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

std::optional<CodeId> CodeId::fromCanonical(Protocol protocol, QStringView code)
{
    const qsizetype dot = code.indexOf(u'.');
    const auto status = parseDigits(dot < 0 ? code : code.left(dot), 3, 3);
    if (!status || *status < 100 || *status > 599)
        return std::nullopt;
    if (dot < 0)
        return CodeId(protocol, *status);
    const QStringView subText = code.mid(dot + 1);
    const auto substatus = parseDigits(subText, 1, 3);
    // "403.01" is not how IIS writes a substatus; refuse it so each code has one spelling.
    if (!substatus || (subText.size() > 1 && subText.front() == u'0'))
        return std::nullopt;
    return CodeId(protocol, *status, *substatus);
}

QString CodeId::code() const
{
    return hasSubstatus() ? QString::number(m_status) + u'.' + QString::number(m_substatus)
                          : QString::number(m_status);
}

QString CodeId::key() const
{
    return protocolKey(m_protocol) + u':' + code();
}

std::optional<CodeId> CodeId::fromKey(QStringView key)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const auto protocol = protocolFromKey(key.left(colon));
    if (!protocol)
        return std::nullopt;
    return fromCanonical(*protocol, key.mid(colon + 1));
}

QString CodeId::displayName() const
{
    return protocolDisplayName(m_protocol) + u' ' + code();
}

bool operator<(const CodeId &a, const CodeId &b)
{
    return std::tuple(a.m_protocol, a.m_status, a.m_substatus)
           < std::tuple(b.m_protocol, b.m_status, b.m_substatus);
}

size_t qHash(const CodeId &id, size_t seed)
{
    return qHashMulti(seed, static_cast<int>(id.protocol()), id.status(), id.substatus());
}

} // namespace iisref
