// SPDX-License-Identifier: MIT
// The log analyzer against the two baselines that bound it, in one run on one file:
//  - counting the file's lines with memchr, the fastest a reader that looks at every line can be;
//  - a naive single-threaded parse (readLine, split, a hash of strings), what a quick script does.
// Peak memory is measured at two file sizes: it must not grow with the file.
// The file is written by a deterministic generator: 400 MB, or 48 MB when CI is set.
#include "LogAnalyzer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace iisref;

namespace {

// A day of a busy IIS 10 site: mostly 200 and 304, the usual failures, a restart that writes
// its header again, and the field values real logs have (IPv6 clients, '+' for spaces).
void writeLog(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the benchmark log");
    const QByteArray header =
        "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
        "#Date: 2024-05-01 00:00:00\r\n"
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
        "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r\n";
    static const char *const statuses[] = {
        "200 0 0", "200 0 0",  "200 0 0", "200 0 0",  "200 0 0",          "200 0 0",
        "200 0 0", "200 0 0",  "200 0 0", "200 0 0",  "200 0 0",          "200 0 0",
        "304 0 0", "304 0 0",  "404 0 2", "401 2 5",  "401 1 2148074254", "200 0 64",
        "500 0 0", "403 14 5", "503 2 0", "200 0 995"};
    static const char *const agents[] = {
        ("Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/"
         "124.0"),
        "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_4+like+Mac+OS+X)+AppleWebKit/605.1.15",
        "curl/8.5.0"};
    QRandomGenerator random(400);
    QByteArray block;
    qint64 written = 0;
    qint64 second = 0;
    file.write(header);
    while (written < bytes) {
        block.clear();
        for (int i = 0; i < 4096; ++i) {
            second += random.bounded(2);
            const qint64 hour = (second / 3600) % 24, minute = (second / 60) % 60;
            char time[16];
            std::snprintf(time, sizeof time, "%02lld:%02lld:%02lld", hour, minute, second % 60);
            const quint32 client = random.bounded(500);
            block += "2024-05-01 ";
            block += time;
            block += " 10.0.0.1 GET /app/page";
            block += QByteArray::number(random.bounded(200));
            block += ".aspx id=";
            block += QByteArray::number(random.bounded(100000));
            block += " 443 - ";
            if (client % 7 == 0)
                block += "2001:db8::" + QByteArray::number(client, 16);
            else
                block += "198.51." + QByteArray::number(client / 250) + '.' +
                         QByteArray::number(client % 250);
            block += ' ';
            block += agents[random.bounded(3)];
            block += " https://www.example.com/ ";
            block += statuses[random.bounded(int(std::size(statuses)))];
            block += ' ';
            block += QByteArray::number(random.bounded(900));
            block += "\r\n";
        }
        if (random.bounded(64) == 0)
            block += header; // the service restarted
        file.write(block);
        written += block.size();
    }
}

qint64 countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QByteArray block(8 << 20, Qt::Uninitialized);
    qint64 lines = 0;
    for (qint64 got; (got = file.read(block.data(), block.size())) > 0;) {
        const char *at = block.constData();
        const char *end = at + got;
        while (const void *found = std::memchr(at, '\n', size_t(end - at))) {
            ++lines;
            at = static_cast<const char *>(found) + 1;
        }
    }
    return lines;
}

// What a quick script does: a line at a time, split on spaces, a hash of the status columns.
qint64 naiveTally(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QHash<QByteArray, qint64> rows;
    int status = -1;
    qint64 requests = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("#Fields:")) {
            status = int(line.mid(9).split(' ').indexOf("sc-status"));
            continue;
        }
        if (line.isEmpty() || line.startsWith('#') || status < 0)
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < status + 3)
            continue;
        ++rows[fields[status] + ' ' + fields[status + 1] + ' ' + fields[status + 2]];
        ++requests;
    }
    return requests;
}

double medianSeconds(const std::function<void()> &work, int rounds)
{
    QList<double> seconds;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

// Linux: the peak resident set since the last reset, in KiB (0 where unknown).
qint64 peakKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace

class BenchLogs final : public QObject
{
    Q_OBJECT

private slots:
    void throughputAndMemory()
    {
        const bool ci = !qEnvironmentVariableIsEmpty("CI");
        const qint64 bigBytes = ci ? 48LL << 20 : 400LL << 20;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString small = dir.filePath(u"small.log"_s), big = dir.filePath(u"big.log"_s);
        writeLog(small, bigBytes / 8);
        writeLog(big, bigBytes);
        const qint64 size = QFileInfo(big).size();
        const int rounds = ci ? 3 : 5;

        qint64 lines = 0;
        countLines(big); // warm the page cache: every figure below reads from memory
        const double lineCount = medianSeconds([&] { lines = countLines(big); }, rounds);
        qint64 requests = 0;
        const LogAnalyzer analyzer;
        const double analyzed =
            medianSeconds([&] { requests = analyzer.analyze({big}).requests(); }, rounds);
        qint64 naiveRequests = 0;
        const double naive = medianSeconds([&] { naiveRequests = naiveTally(big); }, 1);
        QCOMPARE(requests, naiveRequests);
        QVERIFY(lines > requests);

        resetPeak();
        const qint64 before = peakKilobytes();
        analyzer.analyze({small});
        const qint64 smallPeak = peakKilobytes();
        resetPeak();
        analyzer.analyze({big});
        const qint64 bigPeak = peakKilobytes();

        const double gigabytes = double(size) / 1e9;
        qInfo().noquote() << u"log of %1 MB, %2 requests, %3 threads"_s.arg(size >> 20)
                                 .arg(requests)
                                 .arg(QThread::idealThreadCount());
        qInfo().noquote() << u"analyzer: %1 GB/s (%2 s)"_s.arg(gigabytes / analyzed, 0, 'f', 2)
                                 .arg(analyzed, 0, 'f', 3);
        qInfo().noquote() << u"memchr line count: %1 GB/s; the analyzer takes %2× its time"_s
                                 .arg(gigabytes / lineCount, 0, 'f', 2)
                                 .arg(analyzed / lineCount, 0, 'f', 2);
        qInfo().noquote() << u"naive single-thread parse: %1 GB/s; the analyzer is %2× as fast"_s
                                 .arg(gigabytes / naive, 0, 'f', 2)
                                 .arg(naive / analyzed, 0, 'f', 1);
        qInfo().noquote()
            << u"peak memory: %1 MiB before, %2 MiB reading %3 MB, %4 MiB reading %5 MB (%6× for %7× the file)"_s
                   .arg(before / 1024)
                   .arg(smallPeak / 1024)
                   .arg(QFileInfo(small).size() >> 20)
                   .arg(bigPeak / 1024)
                   .arg(size >> 20)
                   .arg(double(bigPeak) / double(std::max<qint64>(1, smallPeak)), 0, 'f', 2)
                   .arg(double(size) / double(QFileInfo(small).size()), 0, 'f', 0);
    }
};

QTEST_GUILESS_MAIN(BenchLogs)
#include "BenchLogs.moc"
