// SPDX-License-Identifier: MIT
#include "IisVersionSet.h"

using namespace Qt::StringLiterals;

namespace iisref {

const QStringList &IisVersionSet::knownVersions()
{
    static const QStringList versions = {u"4.0"_s, u"5.0"_s, u"6.0"_s, u"7.0"_s,
                                         u"7.5"_s, u"8.0"_s, u"8.5"_s, u"10.0"_s};
    return versions;
}

IisVersionSet IisVersionSet::all()
{
    return IisVersionSet((1u << knownVersions().size()) - 1);
}

std::optional<IisVersionSet> IisVersionSet::fromVersion(const QString &version)
{
    const qsizetype index = knownVersions().indexOf(version.trimmed());
    if (index < 0)
        return std::nullopt;
    return IisVersionSet(1u << index);
}

std::optional<IisVersionSet> IisVersionSet::fromRanges(const QStringList &ranges, QString *error)
{
    unsigned bits = 0;
    for (const QString &range : ranges) {
        const QStringList ends = range.split(u'-');
        const qsizetype first = knownVersions().indexOf(ends.first().trimmed());
        const qsizetype last = knownVersions().indexOf(ends.last().trimmed());
        if (ends.size() > 2 || first < 0 || last < 0 || last < first) {
            if (error)
                *error = u"\""_s + range +
                         u"\" is not an IIS version or range such as \"6.0\" or "
                         u"\"7.0-10.0\" (known: "_s +
                         knownVersions().join(u", "_s) + u')';
            return std::nullopt;
        }
        for (qsizetype i = first; i <= last; ++i)
            bits |= 1u << i;
    }
    return IisVersionSet(bits);
}

QStringList IisVersionSet::versions() const
{
    QStringList list;
    for (qsizetype i = 0; i < knownVersions().size(); ++i) {
        if (m_bits & (1u << i))
            list.append(knownVersions()[i]);
    }
    return list;
}

QStringList IisVersionSet::runs(const QString &separator) const
{
    QStringList list;
    const qsizetype count = knownVersions().size();
    for (qsizetype i = 0; i < count; ++i) {
        if (!(m_bits & (1u << i)))
            continue;
        qsizetype end = i;
        while (end + 1 < count && (m_bits & (1u << (end + 1))))
            ++end;
        list.append(end == i ? knownVersions()[i]
                             : knownVersions()[i] + separator + knownVersions()[end]);
        i = end;
    }
    return list;
}

QStringList IisVersionSet::ranges() const
{
    return runs(u"-"_s);
}

QString IisVersionSet::displayText() const
{
    return isEmpty() ? QString() : u"IIS "_s + runs(u"–"_s).join(u", "_s);
}

} // namespace iisref
