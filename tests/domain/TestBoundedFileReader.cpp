// SPDX-License-Identifier: MIT
#include "BoundedFileReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace iisref;

// Every path a user can hand over: each must be read or refused at once, never block or fill
// memory. The limits are small so that no test needs a big file.
class TestBoundedFileReader final : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Missing,
        DanglingSymlink,
        Directory,
        SymlinkToDirectory,
        DevZeroSymlink,
        DevNull,
        Fifo,
        RegularFile,
        SymlinkToRegularFile,
        Unreadable,
        ProcFile
    };
    Q_ENUM(Kind)

private:
    QTemporaryDir m_dir;

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // The path to read for `kind`, with `bytes` in it where it holds a file; empty on failure.
    QString make(Kind kind, const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        const QString target = m_dir.filePath(name + u".target"_s);
        bool made = false;
        switch (kind) {
        case Kind::Missing:
            made = true;
            break;
        case Kind::DanglingSymlink:
            made = QFile::link(target, path);
            break;
        case Kind::Directory:
            made = QDir().mkdir(path);
            break;
        case Kind::SymlinkToDirectory:
            made = QDir().mkdir(target) && QFile::link(target, path);
            break;
        case Kind::DevZeroSymlink:
            made = QFile::link(u"/dev/zero"_s, path);
            break;
        case Kind::DevNull:
            return u"/dev/null"_s;
        case Kind::Fifo:
            made = ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
            break;
        case Kind::RegularFile:
            made = writeFile(path, bytes);
            break;
        case Kind::SymlinkToRegularFile:
            made = writeFile(target, bytes) && QFile::link(target, path);
            break;
        case Kind::Unreadable:
            made =
                writeFile(path, bytes) && QFile::setPermissions(path, QFileDevice::Permissions());
            break;
        case Kind::ProcFile:
            // Says it is 0 bytes long, like every file under /proc, yet holds several KiB.
            return u"/proc/self/maps"_s;
        }
        return made ? path : QString();
    }

    // A file name of its own for each data row.
    static QString rowFileName()
    {
        return QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'_');
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void read_pathThatIsNoUsableFile_isRefusedWithReason_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QString notRegular = u"is not a regular file (a device, pipe or socket)"_s;
        const QByteArray kibAndOne(1025, 'x');
        QTest::addRow("missing") << Kind::Missing << 1024LL << QByteArray() << u"file not found"_s;
        QTest::addRow("dangling symlink")
            << Kind::DanglingSymlink << 1024LL << QByteArray() << u"file not found"_s;
        QTest::addRow("directory")
            << Kind::Directory << 1024LL << QByteArray() << u"is a directory"_s;
        QTest::addRow("symlink to a directory")
            << Kind::SymlinkToDirectory << 1024LL << QByteArray() << u"is a directory"_s;
        QTest::addRow("symlink to /dev/zero")
            << Kind::DevZeroSymlink << 1024LL << QByteArray() << notRegular;
        QTest::addRow("/dev/null") << Kind::DevNull << 1024LL << QByteArray() << notRegular;
        QTest::addRow("fifo") << Kind::Fifo << 1024LL << QByteArray() << notRegular;
        QTest::addRow("one byte over a KiB limit")
            << Kind::RegularFile << 1024LL << kibAndOne
            << u"is larger than the 1 KiB limit (1025 bytes)"_s;
        QTest::addRow("symlink to a file over the limit")
            << Kind::SymlinkToRegularFile << 1024LL << kibAndOne
            << u"is larger than the 1 KiB limit (1025 bytes)"_s;
        QTest::addRow("over a limit in bytes")
            << Kind::RegularFile << 100LL << QByteArray(101, 'x')
            << u"is larger than the 100 bytes limit (101 bytes)"_s;
        QTest::addRow("longer than stat says")
            << Kind::ProcFile << 64LL << QByteArray()
            << u"is larger than the 64 bytes limit (at least 65 bytes)"_s;
        QTest::addRow("unreadable") << Kind::Unreadable << 1024LL << QByteArray("{}")
                                    << u"cannot be read: "_s + qt_error_string(EACCES);
    }

    void read_pathThatIsNoUsableFile_isRefusedWithReason()
    {
        QFETCH(Kind, kind);
        QFETCH(qint64, limit);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        if (kind == Kind::Unreadable && ::geteuid() == 0)
            QSKIP("root reads any file, so this run cannot make one it cannot read");
        if (kind == Kind::ProcFile && !QFile::exists(u"/proc/self/maps"_s))
            QSKIP("no /proc on this system");
        const QString path = make(kind, rowFileName(), bytes);
        QVERIFY(!path.isEmpty());
        BoundedFileReader reader(limit);
        QVERIFY(!reader.read(path));
        QCOMPARE(reader.errorString(), message);
        QVERIFY(reader.data().isEmpty());
    }

    void read_regularFileWithinTheLimit_givesItsBytes_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << Kind::RegularFile << 1024LL << QByteArray();
        QTest::addRow("small") << Kind::RegularFile << 1024LL << QByteArray("{\"a\": 1}\n");
        QTest::addRow("exactly the limit") << Kind::RegularFile << 1024LL << QByteArray(1024, 'y');
        QTest::addRow("through a symlink")
            << Kind::SymlinkToRegularFile << 1024LL << QByteArray("linked");
        QTest::addRow("binary") << Kind::RegularFile << 16LL << QByteArray("\0\1\2\377", 4);
    }

    void read_regularFileWithinTheLimit_givesItsBytes()
    {
        QFETCH(Kind, kind);
        QFETCH(qint64, limit);
        QFETCH(QByteArray, bytes);
        const QString path = make(kind, rowFileName(), bytes);
        QVERIFY(!path.isEmpty());
        BoundedFileReader reader(limit);
        QVERIFY2(reader.read(path), qPrintable(reader.errorString()));
        QCOMPARE(reader.data(), bytes);
        QVERIFY(reader.errorString().isEmpty());
    }

    // A file under /proc says it is empty; it is read to its real end when that fits.
    void read_fileLongerThanStatSays_isReadToItsEnd()
    {
        if (!QFile::exists(u"/proc/self/maps"_s))
            QSKIP("no /proc on this system");
        BoundedFileReader reader(16 * 1024 * 1024);
        QVERIFY2(reader.read(u"/proc/self/maps"_s), qPrintable(reader.errorString()));
        QVERIFY(reader.data().size() > 64);
        QVERIFY(reader.data().endsWith('\n'));
    }

    void read_afterAFailure_forgetsTheOldBytes()
    {
        const QString good = make(Kind::RegularFile, u"good"_s, QByteArray("content"));
        QVERIFY(!good.isEmpty());
        BoundedFileReader reader(1024);
        QVERIFY(reader.read(good));
        QVERIFY(!reader.read(m_dir.filePath(u"absent"_s)));
        QVERIFY(reader.data().isEmpty());
        QVERIFY(reader.read(good));
        QVERIFY(reader.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoundedFileReader)
#include "TestBoundedFileReader.moc"
