// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace iisref {

// Reads a whole file that the user named, such as a catalog given with --catalog, without
// trusting it to be one: QFile::readAll() on a symlink to /dev/zero ends in bad_alloc, and on a
// FIFO it waits forever. Only regular files (after following symlinks) are read, and never
// more than one byte past the limit, so a file that grows while it is read is refused too.
class BoundedFileReader final
{
public:
    // `limit` is in bytes, 0 or more.
    explicit BoundedFileReader(qint64 limit);

    // False, with errorString() saying why, when `path` is missing, not a regular file, larger
    // than the limit or unreadable; the messages fit after "PATH: ".
    bool read(const QString &path);

    qint64 limit() const { return m_limit; }
    // The file's bytes after a successful read().
    const QByteArray &data() const { return m_data; }
    const QString &errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);
    QString tooLarge(const QString &size) const;

    qint64 m_limit;
    QByteArray m_data;
    QString m_errorString;
};

} // namespace iisref
