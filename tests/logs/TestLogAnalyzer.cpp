// SPDX-License-Identifier: MIT
#include "LogAnalyzer.h"
#include "LogTallyWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <algorithm>

#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace iisref;

// The log formats IIS writes, with the quirks of real files, read through the public
// interface: files on disk in, a tally out.
class TestLogAnalyzer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test log");
        return path;
    }

    static LogTally analyze(const QStringList &paths, int threads = 1, int parts = 0)
    {
        LogAnalyzer analyzer(threads);
        analyzer.setPartsPerFile(parts);
        return analyzer.analyze(paths);
    }

    // Row key text -> count, the part of a tally most checks care about.
    static QMap<QString, qint64> counts(const LogTally &tally)
    {
        QMap<QString, qint64> result;
        for (const LogRow *row : tally.rows())
            result.insert(LogTallyWriter::codeText(row->key), row->count);
        return result;
    }

    static const QByteArray &iis10Header()
    {
        static const QByteArray header =
            "#Software: Microsoft Internet Information Services 10.0\r\n"
            "#Version: 1.0\r\n"
            "#Date: 2024-05-01 00:00:00\r\n"
            "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
            "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r\n";
        return header;
    }

    static QByteArray iis10Line(const QByteArray &time, const QByteArray &uri,
                                const QByteArray &client, const QByteArray &statusColumns)
    {
        return "2024-05-01 " + time + " 10.0.0.1 GET " + uri + " - 443 - " + client +
               " Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - " + statusColumns + " 15\r\n";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void w3c_iis10Defaults_tallyStatusSubstatusAndWin32()
    {
        const QString path = write(
            u"W3SVC1/u_ex240501.log"_s,
            "\xEF\xBB\xBF" + iis10Header() + iis10Line("00:00:01", "/", "192.0.2.1", "200 0 0") +
                iis10Line("00:00:02", "/app", "192.0.2.7", "401 2 5") +
                iis10Line("00:00:03", "/app", "192.0.2.7", "401 1 2148074254") +
                iis10Line("01:30:00", "/app", "192.0.2.7", "401 2 5"));
        const LogTally tally = analyze({path});
        QCOMPARE(tally.requests(), 4);
        QCOMPARE(tally.skipped(), 0);
        QCOMPARE(counts(tally), (QMap<QString, qint64>{{u"HTTP 200"_s, 1},
                                                       {u"HTTP 401.2 (win32 5)"_s, 2},
                                                       {u"HTTP 401.1 (win32 2148074254)"_s, 1}}));
        const LogRow *row = tally.rows().first();
        QCOMPARE(LogTallyWriter::timeText(row->first), u"2024-05-01T00:00:02Z"_s);
        QCOMPARE(LogTallyWriter::timeText(row->last), u"2024-05-01T01:30:00Z"_s);
        QCOMPARE(row->perHour().size(), 2);
        QCOMPARE(row->uris.top(1).first().value, "/app");
        QCOMPARE(tally.files().first().format, LogFormat::W3c);
    }

    void w3c_fieldsChangingMidFile_readEachPartWithItsFields()
    {
        const QString path =
            write(u"changed.log"_s,
                  iis10Header() + iis10Line("00:00:01", "/", "192.0.2.1", "200 0 0") +
                      "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n"
                      "#Fields: date time c-ip sc-status sc-win32-status cs-uri-stem sc-substatus\n"
                      "2024-05-01 02:00:00 192.0.2.2 404 2 /gone.png 0\n"
                      "2024-05-01 02:00:01 192.0.2.2 403 5 /private 14\n");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.skipped(), 0);
        QCOMPARE(counts(tally), (QMap<QString, qint64>{{u"HTTP 200"_s, 1},
                                                       {u"HTTP 404 (win32 2)"_s, 1},
                                                       {u"HTTP 403.14 (win32 5)"_s, 1}}));
    }

    // IIS 8.5+ appends custom fields (request headers, server variables) after the standard
    // ones; their values use '+' for spaces like the rest, and "-" when absent.
    void w3c_customFields_areCountedAsFields()
    {
        const QString path =
            write(u"u_ex240501_x.log"_s,
                  "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
                  "#Fields: date time c-ip cs-uri-stem sc-status sc-substatus sc-win32-status "
                  "time-taken X-Forwarded-For crypt-protocol\r\n"
                  "2024-05-01 00:00:01 10.0.0.9 / 200 0 0 12 203.0.113.5,+10.0.0.1 400\r\n"
                  "2024-05-01 00:00:02 10.0.0.9 / 502 3 12002 30000 - -\r\n");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.skipped(), 0);
        QCOMPARE(counts(tally),
                 (QMap<QString, qint64>{{u"HTTP 200"_s, 1}, {u"HTTP 502.3 (win32 12002)"_s, 1}}));
    }

    void w3c_ftp_readsItsColumnOrderAndLeavesChannelEventsOut()
    {
        const QString path =
            write(u"FTPSVC2/u_ex240501.log"_s,
                  "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n"
                  "#Date: 2024-05-01 00:00:00\n"
                  "#Fields: date time c-ip cs-username s-ip s-port cs-method cs-uri-stem sc-status "
                  "sc-win32-status sc-substatus x-session x-fullpath\n"
                  "2024-05-01 00:00:01 192.0.2.3 - 10.0.0.1 21 ControlChannelOpened - - 0 0 "
                  "a1b2c3d4-0000-0000-0000-000000000001 -\n"
                  "2024-05-01 00:00:02 192.0.2.3 - 10.0.0.1 21 USER demo 331 0 0 "
                  "a1b2c3d4-0000-0000-0000-000000000001 -\n"
                  "2024-05-01 00:00:03 192.0.2.3 - 10.0.0.1 21 PASS *** 530 1326 41 "
                  "a1b2c3d4-0000-0000-0000-000000000001 -\n");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.requests(), 2);
        QCOMPARE(tally.skipped(), 0);
        QCOMPARE(tally.files().first().channelEvents, 1);
        QCOMPARE(counts(tally),
                 (QMap<QString, qint64>{{u"FTP 331"_s, 1},
                                        {u"FTP 530 (win32 1326, substatus 41)"_s, 1}}));
    }

    void httperr_tallyByReason_withOrWithoutStatus()
    {
        const QString path = write(
            u"HTTPERR/httperr1.log"_s,
            "#Software: Microsoft HTTP API 2.0\n#Version: 1.0\n#Date: 2024-05-01 00:00:00\n"
            "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status "
            "s-siteid s-reason s-queuename\n"
            "2024-05-01 00:05:00 192.0.2.5 50000 10.0.0.1 80 HTTP/1.1 GET /x 503 1 QueueFull "
            "DefaultAppPool\n"
            "2024-05-01 00:05:01 ::1%0 50001 ::1%0 80 - - - - - Timer_ConnectionIdle -\n"
            "2024-05-01 00:05:02 192.0.2.6 50002 10.0.0.1 80 - - - - - Timer_ConnectionIdle -\n");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.files().first().format, LogFormat::HttpErr);
        QCOMPARE(counts(tally), (QMap<QString, qint64>{{u"HTTP.sys Timer_ConnectionIdle"_s, 2},
                                                       {u"HTTP.sys QueueFull"_s, 1}}));
        const QJsonArray rows = LogTallyWriter(tally).jsonDocument()[u"rows"_s].toArray();
        QCOMPARE(rows.first()[u"reason"_s].toString(), u"Timer_ConnectionIdle"_s);
        QVERIFY(rows.first()[u"status"_s].isNull());
        QCOMPARE(rows.last()[u"status"_s].toInt(), 503);
    }

    void iisNative_commaFields_noSubstatus_ftpFromItsService()
    {
        const QString path = write(
            u"in240501.log"_s,
            "192.168.114.201, -, 03/20/01, 7:55:20, W3SVC2, SALES1, 172.21.13.45, 4502, 163, "
            "3223, 200, 0, GET, /DeptLogo.gif, -,\r\n"
            "192.168.114.201, -, 3/20/2001, 7:55:21, W3SVC2, SALES1, 172.21.13.45, 4502, 163, "
            "3223, 404, 2, GET, /missing.gif, -,\r\n"
            "192.168.114.9, anonymous, 03/20/01, 8:00:00, MSFTPSVC1, SALES1, 172.21.13.45, 10, "
            "0, 0, 550, 2, [1]RETR, /nofile.txt, -,\r\n");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.files().first().format, LogFormat::IisNative);
        QCOMPARE(tally.skipped(), 0);
        QCOMPARE(counts(tally), (QMap<QString, qint64>{{u"HTTP 200"_s, 1},
                                                       {u"HTTP 404 (win32 2)"_s, 1},
                                                       {u"FTP 550 (win32 2)"_s, 1}}));
        QCOMPARE(LogTallyWriter::timeText(tally.rows().first()->first), u"2001-03-20T07:55:20Z"_s);
    }

    void ncsa_requestLineAndOffset_becomeUriAndUtc()
    {
        const QString path =
            write(u"nc240501.log"_s,
                  "172.21.13.45 - DOMAIN\\user [08/Apr/2001:17:39:04 -0800] "
                  "\"GET /scripts/iisadmin/ism.dll?http/serv HTTP/1.0\" 200 3401\n"
                  "172.21.13.46 - - [08/Apr/2001:17:40:00 -0800] \"GET /nope HTTP/1.1\" 404 120\n");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.files().first().format, LogFormat::Ncsa);
        QCOMPARE(counts(tally), (QMap<QString, qint64>{{u"HTTP 200"_s, 1}, {u"HTTP 404"_s, 1}}));
        const LogRow *ok =
            tally.rows().first()->key.status == 200 ? tally.rows()[0] : tally.rows()[1];
        QCOMPARE(LogTallyWriter::timeText(ok->first), u"2001-04-09T01:39:04Z"_s);
        QCOMPARE(ok->uris.top(1).first().value, "/scripts/iisadmin/ism.dll?http/serv");
        QVERIFY(ok->key.substatus < 0 && ok->key.win32 < 0);
    }

    void quirks_areReadOrCountedAsSkipped_withFileAndLine()
    {
        const QByteArray longValue(LogAnalyzer::maxLineLength + 10, 'a');
        const QString path = write(
            u"quirks.log"_s,
            iis10Header() + "\n\r\n" +                                         // blank lines
                iis10Line("00:00:01", "...", "2001:db8::42", "200 0 64") +     // "..." and IPv6
                iis10Line("00:00:02", "/x", "192.0.2.1", "500 0 4294967295") + // largest win32
                iis10Line("00:00:03", "/x", "192.0.2.1", "500 0 4294967296") + // too large
                QByteArray("\x00\x01\xFF\xFE binary garbage from a damaged disk\r\n", 41) +
                "2024-05-01 00:00:04 " + longValue + "\r\n" +
                iis10Line("00:00:05", "/x", "192.0.2.1", "ABC 0 0") +
                "2024-05-01 00:00:06 10.0.0.1 GET /cut - 443 - 192.0.2.1 Mozil"); // cut off
        const LogTally tally = analyze({path});
        QCOMPARE(tally.requests(), 2);
        QCOMPARE(tally.skipped(), 5);
        QCOMPARE(counts(tally), (QMap<QString, qint64>{{u"HTTP 200 (win32 64)"_s, 1},
                                                       {u"HTTP 500 (win32 4294967295)"_s, 1}}));
        const QList<SkippedLine> &skipped = tally.skippedLines();
        QCOMPARE(skipped.size(), 5);
        QCOMPARE(skipped[0].path, path);
        QCOMPARE(skipped[0].line, 9); // four header lines, two blank, three records
        QVERIFY2(skipped[0].why.contains(u"win32"_s), qPrintable(skipped[0].why));
        QCOMPARE(skipped[1].line, 10);
        QCOMPARE(skipped[2].line, 11);
        QVERIFY2(skipped[2].why.contains(u"longer"_s), qPrintable(skipped[2].why));
        QVERIFY2(skipped[3].why.contains(u"status"_s), qPrintable(skipped[3].why));
        QCOMPARE(skipped[4].line, 13);
        QVERIFY2(skipped[4].why.contains(u"cut off"_s), qPrintable(skipped[4].why));
    }

    void recordsBeforeAnyFieldsDirective_areSkippedNotGuessed()
    {
        const QString path =
            write(u"headless.log"_s,
                  "#Software: Microsoft Internet Information Services 10.0\n"
                  "2024-05-01 00:00:01 10.0.0.1 GET / - 80 - 192.0.2.1 - - 200 0 0 1\n");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.requests(), 0);
        QCOMPARE(tally.skipped(), 1);
        QVERIFY(tally.skippedLines().first().why.contains(u"#Fields"_s));
    }

    void folders_areReadRecursively_andUnreadableInputsReportedWhileTheRestGoesOn()
    {
        write(u"site/W3SVC3/u_ex240501.log"_s,
              iis10Header() + iis10Line("00:00:01", "/", "192.0.2.1", "200 0 0"));
        write(u"site/W3SVC3/2024/u_ex240502.log"_s,
              iis10Header() + iis10Line("00:00:01", "/", "192.0.2.1", "404 0 2"));
        QStringList inputs = {m_dir.filePath(u"site"_s), m_dir.filePath(u"vanished.log"_s)};
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(u"pipe.log"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        inputs.append(fifo);
#endif
        const LogTally tally = analyze(inputs);
        QCOMPARE(tally.requests(), 2);
        QStringList errors;
        for (const LogFileTotals &file : tally.files()) {
            if (!file.error.isEmpty())
                errors.append(QFileInfo(file.path).fileName() + u": "_s + file.error);
        }
        QVERIFY2(errors.filter(u"vanished.log"_s).size() == 1, qPrintable(errors.join(u'\n')));
#ifdef Q_OS_UNIX
        QVERIFY2(errors.filter(u"pipe.log: not a regular file"_s).size() == 1,
                 qPrintable(errors.join(u'\n')));
#endif
    }

    // The heart of reading on several cores: a part of a file starts wherever the split
    // falls, and must be read with the #Fields line in force there.
    void splitAnywhere_tallyEqualsOneThreadReadingItAll()
    {
        QRandomGenerator random(20261202);
        const QList<QByteArray> layouts = {
            "date time c-ip cs-uri-stem sc-status sc-substatus sc-win32-status",
            "date time sc-status sc-win32-status sc-substatus c-ip cs-uri-stem x-session",
            "time date cs-uri-stem c-ip sc-substatus sc-status sc-win32-status time-taken"};
        for (int variant = 0; variant < 4; ++variant) {
            QByteArray content;
            int layout = 0;
            for (int line = 0; line < 3000; ++line) {
                if (line % 700 == 0) {
                    layout = int(random.bounded(layouts.size()));
                    content += "#Fields: " + layouts[layout] + "\n";
                }
                if (random.bounded(50) == 0) {
                    content += "damaged " + QByteArray::number(line) + "\n";
                    continue;
                }
                const QByteArray time = "2024-05-0" + QByteArray::number(1 + line / 1000) + " " +
                                        QByteArray::number(10 + line % 14) + ":0" +
                                        QByteArray::number(line % 10) + ":00";
                const QByteArray date = time.left(10), clock = time.mid(11);
                const QByteArray status = QByteArray::number(200 + 100 * random.bounded(4));
                const QByteArray sub = QByteArray::number(random.bounded(3));
                const QByteArray win32 = QByteArray::number(random.bounded(2) ? 0 : 64);
                const QByteArray uri = "/p" + QByteArray::number(random.bounded(20));
                const QByteArray ip = "192.0.2." + QByteArray::number(random.bounded(20));
                if (layout == 0)
                    content += date + " " + clock + " " + ip + " " + uri + " " + status + " " +
                               sub + " " + win32 + "\n";
                else if (layout == 1)
                    content += date + " " + clock + " " + status + " " + win32 + " " + sub + " " +
                               ip + " " + uri + " s1\n";
                else
                    content += clock + " " + date + " " + uri + " " + ip + " " + sub + " " +
                               status + " " + win32 + " 7\r\n";
            }
            // Half the files start with a BOM right before their first #Fields line.
            const QString path =
                write(u"split%1.log"_s.arg(variant),
                      (variant % 2 ? QByteArray("\xEF\xBB\xBF") : "#Version: 1.0\n") + content);
            const QByteArray expected = LogTallyWriter(analyze({path})).json();
            for (int parts = 2; parts <= 13; parts += 1 + variant) {
                const QByteArray actual = LogTallyWriter(analyze({path}, 2, parts)).json();
                QVERIFY2(actual == expected,
                         qPrintable(u"variant %1 in %2 parts"_s.arg(variant).arg(parts)));
            }
        }
    }

    // A web farm: each server's `iisref log --json`, read back together, is the farm's tally.
    void jsonTallies_mergeToWhatReadingAllTheLogsGives()
    {
        const QString web1 =
            write(u"farm/web1.log"_s, iis10Header() +
                                          iis10Line("00:00:01", "/a", "192.0.2.1", "200 0 0") +
                                          iis10Line("01:00:02", "/b", "192.0.2.2", "401 2 5"));
        const QString web2 =
            write(u"farm/web2.log"_s,
                  iis10Header() + iis10Line("00:30:00", "/a", "192.0.2.3", "200 0 0") +
                      iis10Line("02:00:00", "/a", "192.0.2.1", "503 2 0") + "junk\r\n");
        const QString json1 = write(u"farm/web1.json"_s, LogTallyWriter(analyze({web1})).json());
        const QString json2 = write(u"farm/web2.json"_s, LogTallyWriter(analyze({web2})).json());
        const LogTally direct = analyze({web1, web2});
        const LogTally merged = analyze({json1, json2});
        QCOMPARE(merged.requests(), direct.requests());
        QCOMPARE(merged.skipped(), direct.skipped());
        QCOMPARE(counts(merged), counts(direct));
        QCOMPARE(merged.files().size(), 2);
        QVERIFY(merged.files().first().path.endsWith(u"web1.log"_s));
        const QJsonArray mergedRows = LogTallyWriter(merged).jsonDocument()[u"rows"_s].toArray();
        const QJsonArray directRows = LogTallyWriter(direct).jsonDocument()[u"rows"_s].toArray();
        QCOMPARE(mergedRows, directRows); // times, hours, top URIs and clients too
        QCOMPARE(merged.skippedLines().size(), 1);
    }

    void jsonTally_readBack_ranksValuesThatAreNotUtf8AsItWroteThem()
    {
        // Found by tests/fuzz: "\x80z" sorts before "é" as logged bytes, but it is written as
        // "\uFFFDa", which sorts after: the tally read back listed the clients the other way.
        const QString log =
            write(u"odd.log"_s, iis10Header() + iis10Line("00:00:01", "/a", "\x80z", "200 0 0") +
                                    iis10Line("00:00:02", "/a", "\xc3\xa9", "200 0 0"));
        const QByteArray json = LogTallyWriter(analyze({log})).json();
        const QString tally = write(u"odd.json"_s, json);
        const QJsonArray wrote = QJsonDocument::fromJson(json)[u"rows"_s].toArray();
        const QJsonArray readBack =
            LogTallyWriter(analyze({tally})).jsonDocument()[u"rows"_s].toArray();
        QCOMPARE(readBack, wrote);
        const QJsonArray clients = wrote.first()[u"topClients"_s].toArray();
        QCOMPARE(clients.first()[u"value"_s].toString(), u"é"_s);
    }

    void jsonThatIsNotATally_isReportedNotMerged()
    {
        const QString path = write(u"other.json"_s, "{\"files\": 3, \"name\": \"something else\"}");
        const LogTally tally = analyze({path});
        QCOMPARE(tally.requests(), 0);
        QCOMPARE(tally.files().size(), 1);
        QVERIFY2(tally.files().first().error.contains(u"not a tally"_s),
                 qPrintable(tally.files().first().error));
    }

    void progress_risesMonotonicallyToTheTotal()
    {
        QByteArray content = iis10Header();
        for (int i = 0; i < 60000; ++i)
            content +=
                iis10Line("00:00:01", "/p" + QByteArray::number(i % 50), "192.0.2.1", "200 0 0");
        const QString path = write(u"progress.log"_s, content);
        LogAnalyzer analyzer(2);
        analyzer.setBlockSize(1 << 20);
        QList<std::pair<qint64, qint64>> reports;
        analyzer.setProgress([&](qint64 done, qint64 total) { reports.append({done, total}); });
        const LogTally tally = analyzer.analyze({path});
        QCOMPARE(tally.requests(), 60000);
        QVERIFY(reports.size() >= 3);
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].first >= reports[i - 1].first);
        QCOMPARE(reports.last().first, content.size());
        QCOMPARE(reports.last().second, content.size());
    }

    // Many small parts on two threads, so both report progress at once: the TSan run holds the
    // shared count to its lock.
    void progress_fromTwoThreadsAtOnce_addsUpToTheTotal()
    {
        QByteArray content = iis10Header();
        for (int i = 0; i < 20000; ++i)
            content += iis10Line("00:00:01", "/", "192.0.2.1", "200 0 0");
        const QString path = write(u"threads.log"_s, content);
        LogAnalyzer analyzer(2);
        analyzer.setPartsPerFile(64);
        QList<qint64> done;
        analyzer.setProgress([&](qint64 bytes, qint64) { done.append(bytes); });
        QCOMPARE(analyzer.analyze({path}).requests(), 20000);
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        QCOMPARE(done.last(), content.size());
    }

    void cancel_stopsBetweenBlocks()
    {
        QByteArray content = iis10Header();
        for (int i = 0; i < 60000; ++i)
            content += iis10Line("00:00:01", "/", "192.0.2.1", "200 0 0");
        const QString path = write(u"cancel.log"_s, content);
        LogAnalyzer analyzer(1);
        analyzer.setBlockSize(1 << 20);
        std::atomic_bool cancel = false;
        analyzer.setCancelFlag(&cancel);
        // Cancel as soon as the first block is in: the rest must not be read.
        analyzer.setProgress([&](qint64, qint64) { cancel = true; });
        const LogTally tally = analyzer.analyze({path});
        QVERIFY(analyzer.wasCancelled());
        QVERIFY(tally.requests() > 0);
        QVERIFY2(tally.requests() < 60000, qPrintable(QString::number(tally.requests())));
    }
};

QTEST_GUILESS_MAIN(TestLogAnalyzer)
#include "TestLogAnalyzer.moc"
