// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace iisref {

// Which IIS releases something applies to: an entry, or one cause or fix step of it. IIS
// releases are few and ordered, so a set is a bit mask and "7.0-10.0" a run of bits.
class IisVersionSet final
{
public:
    // IIS 5.1 (Windows XP) is IIS 5.0 for every status this catalog describes.
    static const QStringList &knownVersions();

    IisVersionSet() = default;
    static IisVersionSet all();
    static std::optional<IisVersionSet> fromVersion(const QString &version);
    // "6.0" or "7.0-10.0" items, as the catalog writes them; the error names the bad item.
    static std::optional<IisVersionSet> fromRanges(const QStringList &ranges, QString *error);

    bool isEmpty() const { return m_bits == 0; }
    bool contains(const IisVersionSet &other) const
    {
        return (m_bits & other.m_bits) == other.m_bits;
    }
    bool intersects(const IisVersionSet &other) const { return (m_bits & other.m_bits) != 0; }
    IisVersionSet united(const IisVersionSet &other) const
    {
        return IisVersionSet(m_bits | other.m_bits);
    }

    // One bit a release in knownVersions() order, for the compiled catalog.
    unsigned bits() const { return m_bits; }
    static IisVersionSet fromBits(unsigned bits) { return IisVersionSet(bits & all().m_bits); }

    // ["4.0", "5.0", "6.0"]: each release, for the command line's JSON.
    QStringList versions() const;
    // ["4.0-6.0"]: the shortest ranges, as the catalog writes them.
    QStringList ranges() const;
    // "IIS 4.0–6.0, 8.5": for people.
    QString displayText() const;

    friend bool operator==(IisVersionSet a, IisVersionSet b) { return a.m_bits == b.m_bits; }
    friend bool operator!=(IisVersionSet a, IisVersionSet b) { return a.m_bits != b.m_bits; }

private:
    explicit IisVersionSet(unsigned bits) : m_bits(bits) {}
    QStringList runs(const QString &separator) const;

    unsigned m_bits = 0;
};

} // namespace iisref
