// SPDX-License-Identifier: MIT
// Each class of hostile input issue 11 names, run through the real binary as a user's shell
// would: it must end with the right exit code and a message naming what was wrong, and its
// time is printed as a ratio to a normal `iisref show 403.14` measured in the same run.
#include "MedianTiming.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int exitCode = -1;
    QString err;
};

QProcessEnvironment noDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    return environment;
}

Outcome run(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(noDisplay());
    process.start(QStringLiteral(IISREF_EXECUTABLE), arguments);
    // Far beyond "a second or two": a hang shows up as a failure, not as a stuck run.
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return {-3, u"did not finish within 20 s"_s};
    }
    process.readAllStandardOutput();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class BenchHostileInput final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    double m_normalNs = 0;

    QString catalogWithEnglish(const QString &name,
                               const std::function<bool(const QString &)> &make)
    {
        const QString directory = m_dir.filePath(name);
        QDir().mkpath(directory);
        for (const QString &file : {u"facts.json"_s, u"zh_TW.json"_s})
            QFile::copy(QStringLiteral(IISREF_TEST_DATA "/mini/") + file, directory + u'/' + file);
        if (!make(directory + u"/en.json"_s))
            qFatal("cannot make the hostile catalog file");
        return directory;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QStringList normal = {u"show"_s, u"403.14"_s};
        QCOMPARE(run(normal).exitCode, 0);
        m_normalNs = medianNanosecondsPerCall([&] { run(normal); }, 1, 9);
        qInfo("baseline: iisref show 403.14 takes %.1f ms", m_normalNs / 1e6);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named"); // what the message must name

        const QString zero = catalogWithEnglish(
            u"zero"_s, [](const QString &path) { return QFile::link(u"/dev/zero"_s, path); });
        const QString fifo = catalogWithEnglish(u"fifo"_s, [](const QString &path) {
            return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
        });
        const QString logFifo = m_dir.filePath(u"u_ex240501.log"_s);
        QVERIFY(::mkfifo(QFile::encodeName(logFifo).constData(), 0600) == 0);
        const QString longLine = m_dir.filePath(u"long.log"_s);
        QFile file(longLine);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#Fields: date time sc-status\n" + QByteArray(8 << 20, 'x') + '\n');
        file.close();

        QTest::addRow("catalog file linked to /dev/zero")
            << QStringList{u"--catalog"_s, zero, u"show"_s, u"403"_s} << 0 << u"en.json"_s;
        QTest::addRow("catalog file that is a FIFO")
            << QStringList{u"--catalog"_s, fifo, u"show"_s, u"403"_s} << 0 << u"en.json"_s;
        QTest::addRow("catalog that is a file, not a directory")
            << QStringList{u"--catalog"_s, u"/etc/hostname"_s, u"show"_s, u"403"_s} << 1
            << u"not a directory"_s;
        QTest::addRow("log that is a FIFO") << QStringList{u"log"_s, logFifo} << 2 << logFifo;
        QTest::addRow("log that is a device")
            << QStringList{u"log"_s, u"/dev/urandom"_s} << 2 << u"/dev/urandom"_s;
        QTest::addRow("log with an 8 MiB line")
            << QStringList{u"log"_s, longLine} << 1 << QString();
        QTest::addRow("100 KiB query of repeated words")
            << QStringList{u"search"_s, u"http "_s.repeated(20 << 10)} << 1 << u"no entry"_s;
        QTest::addRow("terminal escapes in a query")
            << QStringList{u"show"_s, u"\x1b]0;owned\x07zzz"_s} << 1 << u"\\x1b"_s;
        QTest::addRow("substatus no kind holds")
            << QStringList{u"show"_s, u"403.1234"_s} << 1 << u"403.1234"_s;
        QTest::addRow("misspelt command without a display")
            << QStringList{u"shwo"_s, u"403"_s} << 2 << u"show"_s;
    }

    void hostileInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        const Outcome outcome = run(arguments);
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY2(outcome.err.contains(named), qPrintable(outcome.err.left(300)));
        const double ns = medianNanosecondsPerCall([&] { run(arguments); }, 1, 5);
        // The data tag already heads QtTest's line.
        qInfo("exit %d in %.1f ms, %.2fx a normal query", outcome.exitCode, ns / 1e6,
              ns / m_normalNs);
    }
};

QTEST_GUILESS_MAIN(BenchHostileInput)
#include "BenchHostileInput.moc"
