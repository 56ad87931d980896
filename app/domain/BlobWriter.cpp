// SPDX-License-Identifier: MIT
#include "BlobWriter.h"

#include <QtEndian>

namespace iisref {

void BlobWriter::u32(quint32 value)
{
    const qsizetype at = m_bytes.size();
    m_bytes.resize(at + qsizetype(sizeof(value)));
    qToLittleEndian(value, m_bytes.data() + at);
}

void BlobWriter::utf16(QStringView text)
{
    // An empty view may have no data at all, and qToLittleEndian would memcpy from null.
    if (text.isEmpty())
        return;
    const qsizetype at = m_bytes.size();
    m_bytes.resize(at + text.size() * 2);
    qToLittleEndian<quint16>(text.utf16(), text.size(), m_bytes.data() + at);
}

void BlobWriter::alignTo(qsizetype alignment)
{
    const qsizetype padding = (alignment - m_bytes.size() % alignment) % alignment;
    m_bytes.append(padding, '\0');
}

} // namespace iisref
