// SPDX-License-Identifier: MIT
#include "BlobReader.h"

#include <QtEndian>

namespace iisref {

namespace {

// QDataStream's mark for a null QString or QByteArray.
constexpr quint32 nullLength = 0xFFFFFFFF;

} // namespace

BlobReader::BlobReader(const QByteArray &bytes)
    : m_at(bytes.constData()), m_end(bytes.constData() + bytes.size())
{
}

const char *BlobReader::take(qsizetype size)
{
    if (!m_ok || size < 0 || m_end - m_at < size) {
        m_ok = false;
        return nullptr;
    }
    const char *data = m_at;
    m_at += size;
    return data;
}

quint32 BlobReader::u32()
{
    const char *data = take(4);
    return data ? qFromBigEndian<quint32>(data) : 0;
}

qint64 BlobReader::i64()
{
    const char *data = take(8);
    return data ? qFromBigEndian<qint64>(data) : 0;
}

bool BlobReader::boolean()
{
    const char *data = take(1);
    return data && *data != 0;
}

QString BlobReader::string()
{
    const quint32 bytes = u32();
    if (!m_ok || bytes == nullLength)
        return {};
    if (bytes % 2 != 0) {
        m_ok = false;
        return {};
    }
    const char *data = take(qsizetype(bytes));
    if (!data)
        return {};
    QString text(qsizetype(bytes / 2), Qt::Uninitialized);
    qFromBigEndian<quint16>(data, text.size(), text.data());
    return text;
}

QByteArray BlobReader::byteArray()
{
    const quint32 bytes = u32();
    if (!m_ok || bytes == nullLength)
        return {};
    const char *data = take(qsizetype(bytes));
    return data ? QByteArray(data, qsizetype(bytes)) : QByteArray();
}

QStringList BlobReader::stringList()
{
    const quint32 count = u32();
    if (!m_ok || qint64(count) > (m_end - m_at) / 4) {
        m_ok = false;
        return {};
    }
    QStringList strings;
    strings.reserve(count);
    for (quint32 i = 0; i < count && m_ok; ++i)
        strings.append(string());
    return strings;
}

} // namespace iisref
