// SPDX-License-Identifier: MIT
#include "BoundedFileReader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// "16 MiB" rather than "16777216 bytes", in the largest unit that states the limit exactly.
QString describeLimit(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * kib;
    if (bytes >= mib && bytes % mib == 0)
        return QString::number(bytes / mib) + u" MiB"_s;
    if (bytes >= kib && bytes % kib == 0)
        return QString::number(bytes / kib) + u" KiB"_s;
    return QString::number(bytes) + u" bytes"_s;
}

} // namespace

BoundedFileReader::BoundedFileReader(qint64 limit) : m_limit(limit)
{
    Q_ASSERT(limit >= 0);
}

bool BoundedFileReader::fail(const QString &message)
{
    m_data.clear();
    m_errorString = message;
    return false;
}

QString BoundedFileReader::tooLarge(const QString &size) const
{
    return u"is larger than the "_s + describeLimit(m_limit) + u" limit ("_s + size + u')';
}

bool BoundedFileReader::read(const QString &path)
{
    m_errorString.clear();
    // QFileInfo follows symlinks; stat() never blocks, where opening a FIFO would.
    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"file not found"_s);
    if (info.isDir())
        return fail(u"is a directory"_s);
    if (!info.isFile())
        return fail(u"is not a regular file (a device, pipe or socket)"_s);
    if (info.size() > m_limit)
        return fail(tooLarge(QString::number(info.size()) + u" bytes"_s));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot be read: "_s + file.errorString());
    // The size is only what stat() said: the file may have grown since, and files under /proc
    // say 0. Reading stops one byte past the limit, which is enough to know it is too large.
    const qint64 ceiling = m_limit + 1;
    QByteArray data(qsizetype(std::min(info.size() + 1, ceiling)), Qt::Uninitialized);
    qint64 filled = 0;
    for (;;) {
        const qint64 got = file.read(data.data() + filled, data.size() - filled);
        if (got < 0)
            return fail(u"cannot be read: "_s + file.errorString());
        if (got == 0)
            break;
        filled += got;
        if (filled == ceiling)
            return fail(tooLarge(u"at least "_s + QString::number(filled) + u" bytes"_s));
        if (filled == data.size())
            data.resize(qsizetype(std::min(2 * filled, ceiling)));
    }
    data.truncate(qsizetype(filled));
    m_data = data;
    return true;
}

} // namespace iisref
