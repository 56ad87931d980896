// SPDX-License-Identifier: MIT
#include "BlobReader.h"

#include <QtEndian>

namespace iisref {

namespace {

// QDataStream's mark for a null QString or QByteArray.
constexpr quint32 nullLength = 0xFFFFFFFF;

constexpr bool littleEndianMachine = QSysInfo::ByteOrder == QSysInfo::LittleEndian;

} // namespace

BlobReader::BlobReader(QByteArrayView bytes, ByteOrder order)
    : m_at(bytes.data()), m_end(bytes.data() + bytes.size()), m_order(order)
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

template <typename Number> Number BlobReader::number()
{
    const char *data = take(qsizetype(sizeof(Number)));
    if (!data)
        return 0;
    return m_order == ByteOrder::BigEndian ? qFromBigEndian<Number>(data)
                                           : qFromLittleEndian<Number>(data);
}

quint32 BlobReader::u32()
{
    return number<quint32>();
}

qint64 BlobReader::i64()
{
    return number<qint64>();
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
    if (m_order == ByteOrder::BigEndian)
        qFromBigEndian<quint16>(data, text.size(), text.data());
    else
        qFromLittleEndian<quint16>(data, text.size(), text.data());
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
    const quint32 items = count(4);
    QStringList strings;
    strings.reserve(items);
    for (quint32 i = 0; i < items && m_ok; ++i)
        strings.append(string());
    return strings;
}

quint32 BlobReader::count(qsizetype itemBytes)
{
    const quint32 items = u32();
    if (!m_ok || qint64(items) > (m_end - m_at) / itemBytes) {
        m_ok = false;
        return 0;
    }
    return items;
}

QString BlobReader::utf16(quint32 units, BlobLifetime lifetime)
{
    const char *data = take(qsizetype(units) * 2);
    if (!data || units == 0)
        return {};
    // Little-endian text can only be pointed at where QChar is little-endian too.
    if (lifetime == BlobLifetime::OutlivesStrings && littleEndianMachine) {
        if (quintptr(data) % alignof(QChar) != 0) {
            m_ok = false;
            return {};
        }
        return QString::fromRawData(reinterpret_cast<const QChar *>(data), qsizetype(units));
    }
    QString text(qsizetype(units), Qt::Uninitialized);
    qFromLittleEndian<quint16>(data, text.size(), text.data());
    return text;
}

} // namespace iisref
