// SPDX-License-Identifier: MIT
#include "CodeId.h"

#include <QRegularExpression>

#include <tuple>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// Digits only, without a leading zero unless the number is 0: each code has one spelling.
std::optional<qint64> parseNumber(QStringView text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    if (text.size() > 1 && text.front() == u'0')
        return std::nullopt;
    return text.toLongLong();
}

bool isReasonName(QStringView text)
{
    // HTTP.sys reasons are identifiers with underscores and slashes: "Invalid_CR/LF", "N/A".
    static const QRegularExpression name(u"^[A-Za-z][A-Za-z0-9_/]{0,63}$"_s);
    return name.match(text).hasMatch();
}

} // namespace

CodeId::CodeId(CodeKind kind, qint64 value, int substatus)
    : m_kind(kind), m_value(value), m_substatus(substatus)
{
}

CodeId CodeId::reason(const QString &name)
{
    CodeId id(CodeKind::HttpErr, 0);
    id.m_name = name;
    return id;
}

std::optional<CodeId> CodeId::fromCanonical(CodeKind kind, QStringView code)
{
    const CodeKindTraits &traits = traitsOf(kind);
    if (traits.textual) {
        if (!isReasonName(code))
            return std::nullopt;
        return reason(code.toString());
    }
    const qsizetype dot = traits.hasSubstatus ? code.indexOf(u'.') : -1;
    const int minDigits = traits.digits > 0 ? traits.digits : 1;
    const int maxDigits = traits.digits > 0 ? traits.digits : 10;
    const auto value = parseNumber(dot < 0 ? code : code.left(dot), minDigits, maxDigits);
    if (!value || *value < traits.minValue || *value > traits.maxValue)
        return std::nullopt;
    if (dot < 0)
        return CodeId(kind, *value);
    const auto substatus = parseNumber(code.mid(dot + 1), 1, 3);
    if (!substatus)
        return std::nullopt;
    return CodeId(kind, *value, int(*substatus));
}

int CodeId::group() const
{
    return traits().groupOf(m_value);
}

bool CodeId::isValid() const
{
    const CodeKindTraits &t = traits();
    if (t.textual)
        return isReasonName(m_name);
    return m_value >= t.minValue && m_value <= t.maxValue && (t.hasSubstatus || !hasSubstatus());
}

QString CodeId::code() const
{
    if (traits().textual)
        return m_name;
    return hasSubstatus() ? QString::number(m_value) + u'.' + QString::number(m_substatus)
                          : QString::number(m_value);
}

QString CodeId::key() const
{
    return traits().key + u':' + code();
}

std::optional<CodeId> CodeId::fromKey(QStringView key)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const auto kind = codeKindFromKey(key.left(colon));
    if (!kind)
        return std::nullopt;
    return fromCanonical(*kind, key.mid(colon + 1));
}

QString CodeId::displayName() const
{
    return traits().displayName + u' ' + code();
}

QString CodeId::hex() const
{
    if (m_kind != CodeKind::Win32)
        return {};
    return u"0x"_s + QString::number(quint32(m_value), 16).toUpper().rightJustified(8, u'0');
}

bool operator==(const CodeId &a, const CodeId &b)
{
    return a.m_kind == b.m_kind && a.m_value == b.m_value && a.m_substatus == b.m_substatus &&
           a.m_name.compare(b.m_name, Qt::CaseInsensitive) == 0;
}

bool operator<(const CodeId &a, const CodeId &b)
{
    if (std::tuple(a.m_kind, a.m_value, a.m_substatus) !=
        std::tuple(b.m_kind, b.m_value, b.m_substatus))
        return std::tuple(a.m_kind, a.m_value, a.m_substatus) <
               std::tuple(b.m_kind, b.m_value, b.m_substatus);
    return a.m_name.compare(b.m_name, Qt::CaseInsensitive) < 0;
}

size_t qHash(const CodeId &id, size_t seed)
{
    return qHashMulti(seed, int(id.kind()), id.value(), id.substatus(),
                      id.reasonName().toCaseFolded());
}

} // namespace iisref
