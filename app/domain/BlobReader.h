// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iisref {

// Reads what QDataStream (Qt_6_4, big-endian) wrote, straight from the bytes. QDataStream over
// a QBuffer pays a virtual device read for every field, which made reading the compiled
// catalog the largest part of the first frame after painting. Past the end or on a damaged
// length it stops: every later read returns an empty value and ok() is false.
class BlobReader final
{
public:
    explicit BlobReader(const QByteArray &bytes);

    quint32 u32();
    qint32 i32() { return qint32(u32()); }
    qint64 i64();
    bool boolean();
    QString string();
    QByteArray byteArray();
    // A count bounded by the bytes left: every item takes at least four.
    QStringList stringList();

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_ok && m_at == m_end; }
    // Marks the blob damaged, for a value that reads but makes no sense.
    void fail() { m_ok = false; }

private:
    const char *take(qsizetype size);

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

} // namespace iisref
