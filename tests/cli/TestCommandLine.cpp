// SPDX-License-Identifier: MIT
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

// Runs the real `iisref` binary as a user's shell would, with no display.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString miniCatalog() { return QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s; }

    // No display: the command line must never need one.
    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        return environment;
    }

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(noDisplay());
        process.start(QStringLiteral(IISREF_EXECUTABLE), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // What a terminal would act on rather than show: C0 controls other than newline, tab and
    // the CR of a CR LF line end, DEL and the C1 controls (U+009B is a one-character ESC [).
    static bool hasRawControls(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text[i].unicode();
            if (u == u'\r' && text.mid(i + 1, 1) == u"\n"_s)
                continue;
            if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
                return true;
        }
        return false;
    }

    static QString csvHeader()
    {
        return u"kind,code,protocol,status,substatus,hex,symbol,title,meaning,iisVersions,common,"
               u"related,references"_s;
    }

    // A strict RFC 4180 reader, written apart from the program's writer so that the two do
    // not share a mistake: every record ends in CR LF, a bare CR or LF or a stray quote outside
    // a quoted field is an error. Empty on error.
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> records;
        QStringList record;
        QString field;
        qsizetype i = 0;
        bool fieldStarted = false;
        while (i < text.size()) {
            const QChar c = text[i];
            if (c == u'"' && !fieldStarted) {
                // A quoted field runs to the quote that is not doubled.
                for (++i;; ++i) {
                    if (i >= text.size())
                        return {};
                    if (text[i] == u'"') {
                        if (text.mid(i + 1, 1) != u"\""_s)
                            break;
                        ++i;
                    }
                    field += text[i];
                }
                ++i;
                fieldStarted = true;
                const QString next = text.mid(i, 1);
                if (next != u","_s && text.mid(i, 2) != u"\r\n"_s)
                    return {};
            } else if (c == u',') {
                record.append(field);
                field.clear();
                fieldStarted = false;
                ++i;
            } else if (c == u'\r') {
                if (text.mid(i, 2) != u"\r\n"_s)
                    return {};
                record.append(field);
                records.append(record);
                record.clear();
                field.clear();
                fieldStarted = false;
                i += 2;
            } else if (c == u'\n' || c == u'"') {
                return {};
            } else {
                field += c;
                fieldStarted = true;
                ++i;
            }
        }
        // Every record, the last one too, ends with CR LF.
        if (fieldStarted || !record.isEmpty())
            return {};
        return records;
    }

    static QString column(const QList<QStringList> &records, qsizetype row, const QString &name)
    {
        return records.value(row).value(csvHeader().split(u',').indexOf(name));
    }

    // For failure messages: the text with its controls made visible, as QCOMPARE prints it.
    static QByteArray printable(const QString &text)
    {
        const std::unique_ptr<char[]> pretty(QTest::toPrettyUnicode(text));
        return QByteArray(pretty.get());
    }

    // The mini catalog with HTTP 403.4's English title replaced, and an unknown field whose
    // name is `fieldName` added to it so that a warning quotes it.
    static bool writeCatalog(const QTemporaryDir &dir, const QString &title,
                             const QString &fieldName)
    {
        QFile source(miniCatalog() + u"/en.json"_s);
        if (!source.open(QIODevice::ReadOnly))
            return false;
        QJsonObject english = QJsonDocument::fromJson(source.readAll()).object();
        QJsonArray entries = english.value(u"entries"_s).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries[i].toObject();
            if (entry.value(u"key"_s) == u"http:403.4"_s) {
                entry.insert(u"title"_s, title);
                entry.insert(fieldName, true);
            }
            entries[i] = entry;
        }
        english.insert(u"entries"_s, entries);
        QFile target(dir.filePath(u"en.json"_s));
        return target.open(QIODevice::WriteOnly) &&
               target.write(QJsonDocument(english).toJson()) > 0 &&
               QFile::copy(miniCatalog() + u"/zh_TW.json"_s, dir.filePath(u"zh_TW.json"_s)) &&
               QFile::copy(miniCatalog() + u"/facts.json"_s, dir.filePath(u"facts.json"_s));
    }

    static bool appendEntry(const QString &path, const QJsonObject &entry)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray entries = root.value(u"entries"_s).toArray();
        entries.append(entry);
        root.insert(u"entries"_s, entries);
        return file.resize(0) && file.write(QJsonDocument(root).toJson()) > 0;
    }

    // The mini catalog and HTTP 500.19 for IIS 6.0-10.0, with a step and a cause for
    // IIS 7.0-10.0 only and a step for IIS 6.0 only, as the built-in 500.19 will need.
    static bool writeVersionedCatalog(const QTemporaryDir &dir)
    {
        for (const QString &name : {u"facts.json"_s, u"en.json"_s, u"zh_TW.json"_s}) {
            if (!QFile::copy(miniCatalog() + u'/' + name, dir.filePath(name)))
                return false;
            QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        }
        auto versioned = [](const QString &text, const QString &range) {
            return QJsonObject{{u"text"_s, text}, {u"iisVersions"_s, QJsonArray{range}}};
        };
        return appendEntry(dir.filePath(u"facts.json"_s),
                           {{u"kind"_s, u"http"_s},
                            {u"code"_s, u"500.19"_s},
                            {u"iisVersions"_s, QJsonArray{u"6.0-10.0"_s}}}) &&
               appendEntry(
                   dir.filePath(u"en.json"_s),
                   {{u"key"_s, u"http:500.19"_s},
                    {u"title"_s, u"Configuration data is invalid"_s},
                    {u"meaning"_s, u"Meaning of HTTP 500.19."_s},
                    {u"causes"_s, QJsonArray{u"Cause for every release."_s,
                                             versioned(u"A locked section."_s, u"7.0-10.0"_s)}},
                    {u"fixSteps"_s,
                     QJsonArray{u"Step for every release."_s,
                                versioned(u"Edit applicationHost.config."_s, u"7.0-10.0"_s),
                                versioned(u"Edit the metabase."_s, u"6.0"_s)}}}) &&
               appendEntry(
                   dir.filePath(u"zh_TW.json"_s),
                   {{u"key"_s, u"http:500.19"_s},
                    {u"title"_s, u"設定資料無效"_s},
                    {u"meaning"_s, u"HTTP 500.19 的意義。"_s},
                    {u"causes"_s, QJsonArray{u"每個版本的原因。"_s,
                                             versioned(u"鎖定的區段。"_s, u"7.0-10.0"_s)}},
                    {u"fixSteps"_s,
                     QJsonArray{u"每個版本的步驟。"_s,
                                versioned(u"編輯 applicationHost.config。"_s, u"7.0-10.0"_s),
                                versioned(u"編輯 Metabase。"_s, u"6.0"_s)}}});
    }

    struct WindowRun {
        QString err;
        bool stayedOpen = false; // still running once every expected text had arrived
    };

    // Starts the window and reads its stderr until every text in `expected` is there, then
    // closes it: the window itself never exits.
    static WindowRun runWindow(const QStringList &arguments, const QProcessEnvironment &environment,
                               const QStringList &expected)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(IISREF_EXECUTABLE), arguments);
        WindowRun result;
        auto complete = [&] {
            return std::all_of(expected.begin(), expected.end(),
                               [&](const QString &text) { return result.err.contains(text); });
        };
        QElapsedTimer timer;
        timer.start();
        while (!complete() && timer.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(1000);
            result.err += QString::fromUtf8(process.readAllStandardError());
        }
        result.stayedOpen = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished();
        result.err += QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QJsonArray jsonOf(const Run &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            return {};
        return document.array();
    }

private slots:
    void search_json_isArrayOfEntriesInRankOrder()
    {
        const Run result = run({u"search"_s, u"HTTP Error 403.14 - Forbidden"_s, u"--json"_s,
                                u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray entries = jsonOf(result);
        QVERIFY2(entries.size() >= 2, qPrintable(result.out));
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first.value(u"code"_s).toString(), u"403.14"_s);
        QCOMPARE(first.value(u"protocol"_s).toString(), u"http"_s);
        for (const QString &key : {u"title"_s, u"meaning"_s})
            QVERIFY2(first.value(key).isString(), qPrintable(key));
        for (const QString &key : {u"causes"_s, u"fixSteps"_s, u"kbArticles"_s, u"iisVersions"_s})
            QVERIFY2(first.value(key).isArray(), qPrintable(key));
        QCOMPARE(entries.at(1).toObject().value(u"code"_s).toString(), u"403"_s);
    }

    void search_limit_cutsOutput()
    {
        const Run result = run({u"search"_s, u"403"_s, u"--limit"_s, u"2"_s, u"--json"_s,
                                u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(jsonOf(result).size(), 2);
    }

    void search_ftpOnlyCode_findsFtp()
    {
        const Run result = run({u"search"_s, u"550"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"FTP 550"_s), qPrintable(result.out));
    }

    void search_severalWords_areOneQuery()
    {
        const Run result =
            run({u"search"_s, u"ssl"_s, u"required"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"HTTP 403.4"_s), qPrintable(result.out));
    }

    void search_nothing_exitsOneWithSuggestion()
    {
        const Run result = run({u"search"_s, u"zebra ssl"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"no entry matches 'zebra ssl'"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"HTTP 403.4"_s), qPrintable(result.err));
    }

    void show_unknownCode_exitsOneAndSuggestsNearCodes()
    {
        const Run result = run({u"show"_s, u"999"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"nearest:"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"FTP 550"_s), qPrintable(result.err));
    }

    void show_unknownLanguage_exitsTwo()
    {
        const Run result = run({u"show"_s, u"403"_s, u"--lang"_s, u"xx"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"unknown language 'xx'"_s), qPrintable(result.err));
    }

    void usageErrors_exitTwoWithMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown option")
            << QStringList{u"show"_s, u"403"_s, u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::addRow("unknown protocol")
            << QStringList{u"list"_s, u"--protocol"_s, u"gopher"_s} << u"gopher"_s;
        QTest::addRow("bad limit")
            << QStringList{u"search"_s, u"403"_s, u"--limit"_s, u"zero"_s} << u"--limit"_s;
        QTest::addRow("show without code") << QStringList{u"show"_s} << u"show needs a code"_s;
        QTest::addRow("unknown IIS version")
            << QStringList{u"show"_s, u"403"_s, u"--iis"_s, u"9.0"_s}
            << u"unknown IIS version '9.0'; expected one of 4.0, 5.0, 6.0, 7.0, 7.5, 8.0, 8.5, "
               u"10.0"_s;
        QTest::addRow("IIS major that is no release")
            << QStringList{u"list"_s, u"--iis"_s, u"11"_s} << u"unknown IIS version '11'"_s;
        QTest::addRow("IIS range") << QStringList{u"list"_s, u"--iis"_s, u"7.0-10.0"_s}
                                   << u"unknown IIS version '7.0-10.0'"_s;
        QTest::addRow("csv with json")
            << QStringList{u"list"_s, u"--csv"_s, u"--json"_s} << u"--csv and --json"_s;
    }

    void usageErrors_exitTwoWithMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void show_bareCodeInBothProtocols_printsHttpThenFtp()
    {
        const Run result = run({u"show"_s, u"500"_s, u"--json"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray entries = jsonOf(result);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject().value(u"protocol"_s).toString(), u"http"_s);
        QCOMPARE(entries[1].toObject().value(u"protocol"_s).toString(), u"ftp"_s);
    }

    void show_protocolOption_picksOne()
    {
        const Run result = run({u"show"_s, u"500"_s, u"--protocol"_s, u"ftp"_s, u"--json"_s,
                                u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(jsonOf(result).size(), 1);
    }

    void show_text_hasAllFourSectionsInChinese()
    {
        const Run result =
            run({u"show"_s, u"403-4"_s, u"--lang"_s, u"zh_TW"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"HTTP 403.4 — 需要 SSL"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"Q224389"_s));
        QVERIFY(result.out.contains(u"1. 403.4 的第一步。"_s));
    }

    void brokenCatalog_warnsWithFileAndStillAnswers()
    {
        QTemporaryDir dir;
        for (const QString &name : {u"facts.json"_s, u"en.json"_s})
            QVERIFY(QFile::copy(miniCatalog() + u'/' + name, dir.filePath(name)));
        QFile broken(dir.filePath(u"zh_TW.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"language\": \"zh_TW\", \"entries\": [ }");
        broken.close();
        const Run result =
            run({u"show"_s, u"550"_s, u"--lang"_s, u"zh_TW"_s, u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(dir.filePath(u"zh_TW.json"_s) + u":1: invalid JSON"_s),
                 qPrintable(result.err));
        // The Chinese file is broken, so the English text stands in rather than nothing.
        QVERIFY2(result.out.startsWith(u"FTP 550 — File unavailable"_s), qPrintable(result.out));
    }

    void catalogDirectoryThatCannotBeUsed_isReportedOnceAndExitsOne_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << u"/nonexistent/iisref"_s << u"does not exist"_s;
        QTest::addRow("a file") << miniCatalog() + u"/en.json"_s << u"is not a directory"_s;
    }

    void catalogDirectoryThatCannotBeUsed_isReportedOnceAndExitsOne()
    {
        QFETCH(QString, directory);
        QFETCH(QString, message);
        const Run result = run({u"list"_s, u"--catalog"_s, directory});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), u"iisref: warning: "_s + directory + u": "_s + message);
        // Then only the closing "no status codes" line, not one complaint per language file.
        QCOMPARE(lines.size(), 2);
    }

    void terminalControlsInArguments_areEscapedOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("shown");
        const QString title = u"\x1b]0;pwned\a"_s;
        const QString shownTitle = u"\\x1b]0;pwned\\x07"_s;
        QTest::addRow("query that matches nothing")
            << QStringList{u"search"_s, title, u"--catalog"_s, miniCatalog()}
            << u"no entry matches '"_s + shownTitle + u'\'';
        QTest::addRow("--lang") << QStringList{u"show"_s, u"403"_s, u"--lang"_s, u"\x1b[31m"_s}
                                << u"unknown language '\\x1b[31m'"_s;
        QTest::addRow("--protocol") << QStringList{u"list"_s, u"--protocol"_s, u"\u009b2J"_s}
                                    << u"unknown protocol '\\u009b2J'"_s;
        QTest::addRow("--limit") << QStringList{u"search"_s, u"403"_s, u"--limit"_s, u"\x7f"_s}
                                 << u"not '\\x7f'"_s;
        QTest::addRow("--iis") << QStringList{u"show"_s, u"403"_s, u"--iis"_s, u"\x1b[31m"_s}
                               << u"unknown IIS version '\\x1b[31m'"_s;
        QTest::addRow("unknown option") << QStringList{u"list"_s, u"--\x1b[8m"_s} << u"\\x1b[8m"_s;
        QTest::addRow("catalog path")
            << QStringList{u"list"_s, u"--catalog"_s, u"/nonexistent/\x1b[2J"_s}
            << u"/nonexistent/\\x1b[2J: does not exist"_s;
    }

    void terminalControlsInArguments_areEscapedOnStderr()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, shown);
        const Run result = run(arguments);
        QVERIFY2(result.exitCode > 0, qPrintable(QString::number(result.exitCode)));
        QVERIFY2(result.err.contains(shown), qPrintable(result.err));
        QVERIFY2(!hasRawControls(result.err), printable(result.err).constData());
    }

    void terminalControlsInCatalog_areEscapedOnStdoutAndStderr_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("show") << QStringList{u"show"_s, u"403.4"_s};
        QTest::addRow("search") << QStringList{u"search"_s, u"403.4"_s};
        QTest::addRow("list") << QStringList{u"list"_s};
        QTest::addRow("list --csv") << QStringList{u"list"_s, u"--csv"_s};
        QTest::addRow("show --csv") << QStringList{u"show"_s, u"403.4"_s, u"--csv"_s};
    }

    void terminalControlsInCatalog_areEscapedOnStdoutAndStderr()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        QVERIFY(writeCatalog(dir, u"SSL \x1b[2J\u009b31m\x7f required"_s, u"\x1b[5mfield"_s));
        const Run result = run(command + QStringList{u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"SSL \\x1b[2J\\u009b31m\\x7f required"_s),
                 qPrintable(result.out));
        QVERIFY2(!hasRawControls(result.out), printable(result.out).constData());
        // The unknown field is named in a warning.
        QVERIFY2(result.err.contains(u"field '\\x1b[5mfield'"_s), qPrintable(result.err));
        QVERIFY2(!hasRawControls(result.err), printable(result.err).constData());
    }

    void json_terminalControlsInCatalog_areJsonEscapesOfTheSameText()
    {
        const QString title = u"SSL \x1b[2J\u009b31m\x7f\u0085 required"_s;
        QTemporaryDir dir;
        QVERIFY(writeCatalog(dir, title, u"extra"_s));
        const Run result = run({u"show"_s, u"403.4"_s, u"--json"_s, u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!hasRawControls(result.out), printable(result.out).constData());
        const QJsonArray entries = jsonOf(result);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"title"_s).toString(), title);
    }

    void csv_everyCommand_isHeaderThenOneRowPerEntry_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("keys");
        QTest::addRow("list") << QStringList{u"list"_s}
                              << QStringList{u"http:401.1"_s, u"http:403"_s,    u"http:403.4"_s,
                                             u"http:403.5"_s, u"http:403.14"_s, u"http:404"_s,
                                             u"http:500"_s,   u"http:500.12"_s, u"http:500.100"_s,
                                             u"ftp:500"_s,    u"ftp:530"_s,     u"ftp:550"_s};
        QTest::addRow("list --kind") << QStringList{u"list"_s, u"--kind"_s, u"ftp"_s}
                                     << QStringList{u"ftp:500"_s, u"ftp:530"_s, u"ftp:550"_s};
        QTest::addRow("search in rank order")
            << QStringList{u"search"_s, u"403"_s, u"--limit"_s, u"2"_s}
            << QStringList{u"http:403"_s, u"http:403.4"_s};
        QTest::addRow("show both protocols")
            << QStringList{u"show"_s, u"500"_s} << QStringList{u"http:500"_s, u"ftp:500"_s};
        QTest::addRow("option before command")
            << QStringList{u"--csv"_s, u"show"_s, u"550"_s} << QStringList{u"ftp:550"_s};
    }

    void csv_everyCommand_isHeaderThenOneRowPerEntry()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, keys);
        const Run result = run(arguments + QStringList{u"--csv"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QList<QStringList> records = parseCsv(result.out);
        QVERIFY2(!records.isEmpty(), printable(result.out).constData());
        QCOMPARE(records.first().join(u','), csvHeader());
        QStringList found;
        for (qsizetype row = 1; row < records.size(); ++row) {
            QCOMPARE(records[row].size(), records.first().size());
            found.append(column(records, row, u"kind"_s) + u':' + column(records, row, u"code"_s));
        }
        QCOMPARE(found, keys);
    }

    void csv_header_staysInEveryLanguage_titleFollows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addRow("en") << u"en"_s << u"File unavailable"_s;
        QTest::addRow("zh_TW") << u"zh_TW"_s << u"檔案無法使用"_s;
    }

    void csv_header_staysInEveryLanguage_titleFollows()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        const Run result = run({u"show"_s, u"550"_s, u"--csv"_s, u"--lang"_s, language,
                                u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        const QList<QStringList> records = parseCsv(result.out);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().join(u','), csvHeader());
        QCOMPARE(column(records, 1, u"title"_s), title);
    }

    void csv_separatorsInTitle_roundTripThroughACsvReader_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addRow("comma") << u"SSL, 128 bit"_s;
        QTest::addRow("quotes") << u"the \"Require SSL\" box"_s;
        QTest::addRow("LF") << u"SSL\nrequired"_s;
        QTest::addRow("CR LF") << u"SSL\r\nrequired"_s;
        QTest::addRow("all at once") << u"\"a\", b\r\nc\n\"\""_s;
    }

    void csv_separatorsInTitle_roundTripThroughACsvReader()
    {
        QFETCH(QString, title);
        QTemporaryDir dir;
        QVERIFY(writeCatalog(dir, title, u"extra"_s));
        const Run result = run({u"show"_s, u"403.4"_s, u"--csv"_s, u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        const QList<QStringList> records = parseCsv(result.out);
        QCOMPARE(records.size(), 2);
        QCOMPARE(column(records, 1, u"title"_s), title);
        QCOMPARE(column(records, 1, u"code"_s), u"403.4"_s);
        QCOMPARE(column(records, 1, u"references"_s), u"KB Q224389"_s);
    }

    // CSV has no escapes of its own, so a control a terminal would act on becomes the same
    // visible escape as in the text output: the field then holds "\x1b", not ESC.
    void csv_terminalControlsInTitle_reachTheFieldAsVisibleEscapes()
    {
        QTemporaryDir dir;
        QVERIFY(writeCatalog(dir, u"SSL \x1b]0;pwned\a\u009b2J\r required"_s, u"extra"_s));
        const Run result = run({u"list"_s, u"--csv"_s, u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!hasRawControls(result.out), printable(result.out).constData());
        const QList<QStringList> records = parseCsv(result.out);
        QCOMPARE(records.size(), 13);
        QCOMPARE(column(records, 3, u"code"_s), u"403.4"_s);
        QCOMPARE(column(records, 3, u"title"_s),
                 u"SSL \\x1b]0;pwned\\x07\\u009b2J\\x0d required"_s);
    }

    static QString writeLog(QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    static QByteArray w3cLog(const QByteArray &uri)
    {
        return "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
               "#Fields: date time c-ip cs-uri-stem sc-status sc-substatus sc-win32-status\r\n"
               "2024-05-01 00:00:01 192.0.2.1 " +
               uri +
               " 403 14 5\r\n"
               "2024-05-01 00:00:02 192.0.2.1 /a 200 0 0\r\n"
               "2024-05-01 00:00:03 192.0.2.1 /a 403 14 5\r\n";
    }

    void log_table_namesEachRowWithItsCatalogTitle()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"u_ex240501.log"_s, w3cLog("/docs/"));
        const Run result = run({u"log"_s, path, u"--lang"_s, u"zh_TW"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"共 3 個要求"_s), qPrintable(result.out));
        const QString row = result.out.split(u'\n').filter(u"HTTP 403.14"_s).value(0);
        QVERIFY2(row.contains(u"win32 5"_s) && row.contains(u"66.7%"_s), qPrintable(result.out));
        QVERIFY2(row.contains(u"拒絕列出目錄"_s), qPrintable(row));
    }

    void log_exitCodes_tallied0_none1_unreadable2()
    {
        QTemporaryDir dir;
        const QString empty = writeLog(dir, u"empty.log"_s, "#Version: 1.0\r\n");
        QCOMPARE(run({u"log"_s, empty}).exitCode, 1);
        const Run missing = run({u"log"_s, dir.filePath(u"gone.log"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"gone.log"_s), qPrintable(missing.err));
        QCOMPARE(run({u"log"_s}).exitCode, 2);
        // One unreadable input among readable ones is reported and the rest is tallied.
        const QString good = writeLog(dir, u"good.log"_s, w3cLog("/"));
        const Run mixed = run({u"log"_s, good, dir.filePath(u"gone.log"_s)});
        QCOMPARE(mixed.exitCode, 0);
        QVERIFY(mixed.err.contains(u"gone.log"_s));
    }

    void log_json_isTheDocumentedContract()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"u_ex240501.log"_s, w3cLog("/docs/"));
        const Run result = run({u"log"_s, path, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(root[u"requests"_s].toInt(), 3);
        QCOMPARE(root[u"skipped"_s].toInt(), 0);
        const QJsonObject file = root[u"files"_s].toArray().first().toObject();
        QCOMPARE(file[u"format"_s].toString(), u"w3c"_s);
        QCOMPARE(file[u"requests"_s].toInt(), 3);
        const QJsonObject row = root[u"rows"_s].toArray().first().toObject();
        for (const QString &key :
             {u"protocol"_s, u"status"_s, u"substatus"_s, u"win32"_s, u"reason"_s, u"count"_s,
              u"first"_s, u"last"_s, u"topUris"_s, u"topClients"_s})
            QVERIFY2(row.contains(key), qPrintable(key));
        QCOMPARE(row[u"status"_s].toInt(), 403);
        QCOMPARE(row[u"substatus"_s].toInt(), 14);
        QVERIFY(row[u"reason"_s].isNull());
        QCOMPARE(row[u"first"_s].toString(), u"2024-05-01T00:00:01Z"_s);
    }

    // Anyone who can make a request writes into the log: its text is never obeyed.
    void log_markupAndTerminalControlsInALine_comeOutAsPlainText()
    {
        QTemporaryDir dir;
        const QString path = writeLog(dir, u"u_ex240501.log"_s,
                                      w3cLog("/<b>x</b>\x1b]0;pwned\x07\xc2\x9b"
                                             "2J"));
        const Run csv = run({u"log"_s, path, u"--csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(!hasRawControls(csv.out), printable(csv.out).constData());
        QVERIFY2(csv.out.contains(u"/<b>x</b>\\x1b]0;pwned\\x07\\u009b2J"_s), qPrintable(csv.out));
        const Run json = run({u"log"_s, path, u"--json"_s});
        QVERIFY2(!hasRawControls(json.out), printable(json.out).constData());
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject row = root[u"rows"_s].toArray().first().toObject();
        QCOMPARE(row[u"topUris"_s].toArray().first().toObject()[u"value"_s].toString(),
                 u"/<b>x</b>\x1b]0;pwned\a\u009b2J"_s);
    }

    void iis_showText_keepsOnlyCausesAndStepsForThatRelease_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("leftOut");
        const QStringList forIis7 = {
            u"1. Step for every release."_s, u"2. IIS 7.0–10.0: Edit applicationHost.config."_s,
            u"- Cause for every release."_s, u"- IIS 7.0–10.0: A locked section."_s};
        const QStringList forIis6 = {u"1. Step for every release."_s,
                                     u"2. IIS 6.0: Edit the metabase."_s,
                                     u"- Cause for every release."_s};
        QTest::addRow("6.0") << QStringList{u"--iis"_s, u"6.0"_s} << forIis6
                             << QStringList{u"applicationHost.config"_s, u"locked"_s};
        QTest::addRow("10.0") << QStringList{u"--iis"_s, u"10.0"_s} << forIis7
                              << QStringList{u"metabase"_s};
        QTest::addRow("10") << QStringList{u"--iis"_s, u"10"_s} << forIis7
                            << QStringList{u"metabase"_s};
        QTest::addRow("7") << QStringList{u"--iis"_s, u"7"_s} << forIis7
                           << QStringList{u"metabase"_s};
        QTest::addRow("7.5") << QStringList{u"--iis"_s, u"7.5"_s} << forIis7
                             << QStringList{u"metabase"_s};
        QTest::addRow("every release without --iis")
            << QStringList()
            << QStringList{u"IIS 7.0–10.0: Edit applicationHost.config."_s,
                           u"IIS 6.0: Edit the metabase."_s}
            << QStringList();
        QTest::addRow("Chinese") << QStringList{u"--iis"_s, u"10.0"_s, u"--lang"_s, u"zh_TW"_s}
                                 << QStringList{u"2. IIS 7.0–10.0: 編輯 applicationHost.config。"_s}
                                 << QStringList{u"Metabase"_s};
    }

    void iis_showText_keepsOnlyCausesAndStepsForThatRelease()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, leftOut);
        QTemporaryDir dir;
        QVERIFY(writeVersionedCatalog(dir));
        const Run result =
            run(QStringList{u"show"_s, u"500.19"_s, u"--catalog"_s, dir.path()} + arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        for (const QString &text : shown)
            QVERIFY2(result.out.contains(text), qPrintable(text + u"\n---\n"_s + result.out));
        for (const QString &text : leftOut)
            QVERIFY2(!result.out.contains(text), qPrintable(text + u"\n---\n"_s + result.out));
    }

    void iis_json_keepsOnlyCausesAndStepsForThatRelease_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("fixSteps");
        QTest::addColumn<QStringList>("causes");
        QTest::addRow("6.0") << u"6.0"_s
                             << QStringList{u"Step for every release."_s,
                                            u"IIS 6.0: Edit the metabase."_s}
                             << QStringList{u"Cause for every release."_s};
        QTest::addRow("10") << u"10"_s
                            << QStringList{u"Step for every release."_s,
                                           u"IIS 7.0–10.0: Edit applicationHost.config."_s}
                            << QStringList{u"Cause for every release."_s,
                                           u"IIS 7.0–10.0: A locked section."_s};
    }

    void iis_json_keepsOnlyCausesAndStepsForThatRelease()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, fixSteps);
        QFETCH(QStringList, causes);
        QTemporaryDir dir;
        QVERIFY(writeVersionedCatalog(dir));
        const Run result = run(
            {u"show"_s, u"500.19"_s, u"--iis"_s, version, u"--json"_s, u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray entries = jsonOf(result);
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(u"fixSteps"_s).toVariant().toStringList(), fixSteps);
        QCOMPARE(entry.value(u"causes"_s).toVariant().toStringList(), causes);
        // The entry's own releases are a fact about the code, not narrowed by the filter.
        QCOMPARE(entry.value(u"iisVersions"_s).toArray().size(), 6);
    }

    void iis_list_keepsOnlyEntriesOfThatRelease_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("included");
        QTest::addColumn<QStringList>("excluded");
        QTest::addRow("10.0") << QStringList{u"list"_s, u"--iis"_s, u"10.0"_s}
                              << QStringList{u"http:500.19"_s}
                              << QStringList{u"http:404"_s, u"ftp:550"_s};
        QTest::addRow("6.0") << QStringList{u"list"_s, u"--iis"_s, u"6.0"_s}
                             << QStringList{u"http:500.19"_s, u"http:404"_s, u"ftp:550"_s}
                             << QStringList{u"http:500.100"_s};
        QTest::addRow("5.0") << QStringList{u"list"_s, u"--iis"_s, u"5.0"_s}
                             << QStringList{u"http:500.100"_s, u"http:404"_s}
                             << QStringList{u"http:500.19"_s};
        QTest::addRow("with --kind")
            << QStringList{u"list"_s, u"--iis"_s, u"6.0"_s, u"--kind"_s, u"ftp"_s}
            << QStringList{u"ftp:550"_s} << QStringList{u"http:500.19"_s, u"http:404"_s};
        // firstOperand() must skip the option's value, or "10" is taken for the command.
        QTest::addRow("option before command")
            << QStringList{u"--iis"_s, u"10"_s, u"list"_s} << QStringList{u"http:500.19"_s}
            << QStringList{u"http:404"_s};
    }

    void iis_list_keepsOnlyEntriesOfThatRelease()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, included);
        QFETCH(QStringList, excluded);
        QTemporaryDir dir;
        QVERIFY(writeVersionedCatalog(dir));
        const Run result = run(arguments + QStringList{u"--csv"_s, u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        const QList<QStringList> records = parseCsv(result.out);
        QVERIFY2(!records.isEmpty(), qPrintable(result.out + result.err));
        QStringList keys;
        for (qsizetype row = 1; row < records.size(); ++row)
            keys.append(column(records, row, u"kind"_s) + u':' + column(records, row, u"code"_s));
        for (const QString &key : included)
            QVERIFY2(keys.contains(key), qPrintable(key + u" not in "_s + keys.join(u' ')));
        for (const QString &key : excluded)
            QVERIFY2(!keys.contains(key), qPrintable(key + u" in "_s + keys.join(u' ')));
    }

    // The window's launcher writes its warnings to the terminal it was started from.
    void window_terminalControlsInWarnings_areEscaped()
    {
        QProcessEnvironment environment = noDisplay();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const QStringList expected = {u"'\\x1b[31m'"_s,
                                      u"/nonexistent/\\x1b]0;x\\x07: does not exist"_s};
        const WindowRun result =
            runWindow({u"--lang"_s, u"\x1b[31m"_s, u"--catalog"_s, u"/nonexistent/\x1b]0;x\a"_s},
                      environment, expected);
        for (const QString &text : expected)
            QVERIFY2(result.err.contains(text), qPrintable(result.err));
        QVERIFY2(!hasRawControls(result.err), printable(result.err).constData());
    }

    void window_withoutDisplay_explainsAndExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("meant");
        QTest::addRow("show misspelt") << QStringList{u"shwo"_s, u"403"_s} << u"show"_s;
        QTest::addRow("search misspelt") << QStringList{u"serach"_s, u"ssl"_s} << u"search"_s;
        QTest::addRow("list abbreviated") << QStringList{u"ls"_s} << u"list"_s;
        QTest::addRow("capitalised") << QStringList{u"Show"_s, u"403"_s} << u"show"_s;
        QTest::addRow("after an option and its value")
            << QStringList{u"--catalog"_s, miniCatalog(), u"shwo"_s, u"403"_s} << u"show"_s;
        // The window's --log takes a value: "list" is the log to open, not the command.
        QTest::addRow("the window's --log and its value")
            << QStringList{u"--log"_s, u"list"_s} << QString();
        QTest::addRow("a code") << QStringList{u"403.14"_s} << QString();
        QTest::addRow("words") << QStringList{u"HTTP"_s, u"Error"_s, u"500-12"_s} << QString();
        QTest::addRow("nothing") << QStringList() << QString();
    }

    // Any argv that is no command opens the window; with no display Qt's xcb plugin used to
    // abort (exit 134) instead.
    void window_withoutDisplay_explainsAndExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, meant);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(u"iisref: no display to open the window on"_s),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(u"show, search, list or log"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"Try 'iisref --help'"_s), qPrintable(result.err));
        if (meant.isEmpty())
            QVERIFY2(!result.err.contains(u"did you mean"_s), qPrintable(result.err));
        else
            QVERIFY2(result.err.contains(u"did you mean '"_s + meant + u"'?"_s),
                     qPrintable(result.err));
    }

    // -platform picks a platform the way QT_QPA_PLATFORM does, display or not.
    void window_platformOption_opensWithoutDisplay()
    {
        const WindowRun result = runWindow({u"-platform"_s, u"offscreen"_s, u"--lang"_s, u"xx"_s},
                                           noDisplay(), {u"Unknown language 'xx'"_s});
        QVERIFY2(result.stayedOpen, qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"no display"_s), qPrintable(result.err));
    }

    // Qt's -platform takes a value, so "offscreen" is not taken for the command and no window
    // opens; the command line has no use for a platform and says so.
    void command_afterQtPlatformOption_isACommand()
    {
        const Run result = run(
            {u"-platform"_s, u"offscreen"_s, u"show"_s, u"403"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(u"iisref: Unknown option 'platform'."_s),
                 qPrintable(result.err));
    }

    // Qt's own warnings quote the platform name it was given.
    void qtMessages_terminalControls_areEscaped()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"\x1b[31mnone"_s);
        environment.remove(u"QT_LOGGING_RULES"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IISREF_EXECUTABLE), QStringList());
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"\\x1b[31mnone"_s), printable(err).constData());
        QVERIFY2(!hasRawControls(err), printable(err).constData());
    }

    void show_hresult_printsWin32EntryWithHexAndSymbol()
    {
        const Run result = run({u"show"_s, u"0x80070005"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray entries = jsonOf(result);
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(u"kind"_s).toString(), u"win32"_s);
        QCOMPARE(entry.value(u"code"_s).toString(), u"5"_s);
        QCOMPARE(entry.value(u"hex"_s).toString(), u"0x00000005"_s);
        QCOMPARE(entry.value(u"symbol"_s).toString(), u"ERROR_ACCESS_DENIED"_s);
        QVERIFY(!entry.contains(u"protocol"_s));
    }

    void show_logTriple_printsStatusThenWin32()
    {
        const Run result = run({u"show"_s, u"401"_s, u"1"_s, u"2148074254"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray entries = jsonOf(result);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject().value(u"code"_s).toString(), u"401.1"_s);
        QCOMPARE(entries[1].toObject().value(u"code"_s).toString(), u"2148074254"_s);
        QCOMPARE(entries[1].toObject().value(u"hex"_s).toString(), u"0x8009030E"_s);
    }

    // Regression: these printed HTTP 403 with exit 0, an answer to a question nobody asked.
    void show_codeNoKindHolds_exitsOneAndSuggestsItsStatus_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addRow("four-digit substatus") << u"403.1234"_s;
        QTest::addRow("dashed") << u"403-1000"_s;
        QTest::addRow("two substatus parts") << u"403.14.2"_s;
    }

    void show_codeNoKindHolds_exitsOneAndSuggestsItsStatus()
    {
        QFETCH(QString, code);
        const Run result = run({u"show"_s, code});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"nearest: HTTP 403"_s), qPrintable(result.err));
    }

    void list_builtIn_hasEveryCodeWithTitleAndMeaning_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("zh_TW") << u"zh_TW"_s;
    }

    void list_builtIn_hasEveryCodeWithTitleAndMeaning()
    {
        QFETCH(QString, language);
        const Run result = run({u"list"_s, u"--json"_s, u"--lang"_s, language});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QJsonArray entries = jsonOf(result);
        // Every entry of the shipped facts file, read here without the loader under test.
        QFile facts(QStringLiteral(IISREF_SOURCE_DIR) + u"/resources/codes/facts.json"_s);
        QVERIFY(facts.open(QIODevice::ReadOnly));
        const qsizetype shipped =
            QJsonDocument::fromJson(facts.readAll()).object().value(u"entries"_s).toArray().size();
        QVERIFY(shipped >= 117);
        QCOMPARE(entries.size(), shipped);
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            QVERIFY(!entry.value(u"title"_s).toString().isEmpty());
            QVERIFY(!entry.value(u"meaning"_s).toString().isEmpty());
            QCOMPARE(entry.value(u"language"_s).toString(), language);
        }
    }

    void helpAndVersion_exitZero()
    {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"search QUERY"_s));
        const Run version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"iisref "_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
