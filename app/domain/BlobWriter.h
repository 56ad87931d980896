// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace iisref {

// Writes what BlobReader reads in little-endian order: the byte order of every machine the
// program runs on, so a reader can point into the bytes instead of swapping them.
class BlobWriter final
{
public:
    void u32(quint32 value);
    void i32(qint32 value) { u32(quint32(value)); }
    // The text's UTF-16 code units alone; the layout says where its length is.
    void utf16(QStringView text);
    void append(QByteArrayView bytes) { m_bytes.append(bytes); }
    // Zero bytes up to the next multiple of `alignment`, so what follows can be pointed at.
    void alignTo(qsizetype alignment);

    qsizetype size() const { return m_bytes.size(); }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace iisref
