// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace iisref {

// What the caller of a reader promises about the bytes it reads strings from.
enum class BlobLifetime {
    // The bytes may go before the strings do (a file read, a test's or a fuzzer's buffer), so
    // every string is a copy.
    Temporary,
    // The bytes outlive every string read from them (the program's own resources), so a
    // string may point into them instead of owning a copy.
    OutlivesStrings,
};

// Reads a compiled catalog straight from its bytes: what QDataStream (Qt_6_4, big-endian)
// wrote, or what BlobWriter (little-endian) wrote. QDataStream over a QBuffer pays a virtual
// device read for every field, which made reading the compiled catalog the largest part of the
// first frame after painting. Past the end or on a damaged length it stops: every later read
// returns an empty value and ok() is false.
class BlobReader final
{
public:
    enum class ByteOrder { BigEndian, LittleEndian };

    explicit BlobReader(QByteArrayView bytes, ByteOrder order = ByteOrder::BigEndian);

    quint32 u32();
    qint32 i32() { return qint32(u32()); }
    qint64 i64();
    bool boolean();
    // A length-prefixed QString, as QDataStream writes it.
    QString string();
    QByteArray byteArray();
    // A count bounded by the bytes left: every item takes at least four.
    QStringList stringList();
    // A count of items that each take at least `itemBytes`, refused when the bytes left cannot
    // hold that many, so a damaged count never reserves gigabytes.
    quint32 count(qsizetype itemBytes);
    // `units` UTF-16LE code units with no length before them. Borrowed from the bytes when
    // `lifetime` allows it and this machine is little-endian; fails if borrowed text would not
    // be 2-byte aligned, since a QChar must be.
    QString utf16(quint32 units, BlobLifetime lifetime);

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_ok && m_at == m_end; }
    // Marks the blob damaged, for a value that reads but makes no sense.
    void fail() { m_ok = false; }

private:
    // A fixed-size number in the blob's byte order, 0 past the end.
    template <typename Number> Number number();
    const char *take(qsizetype size);

    const char *m_at;
    const char *m_end;
    ByteOrder m_order;
    bool m_ok = true;
};

} // namespace iisref
