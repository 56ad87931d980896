// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `iisref` binary as a user's shell would, with no display.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString miniCatalog() { return QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s; }

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // No display: the command line must never need one.
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IISREF_EXECUTABLE), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
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
        const Run result = run({u"search"_s, u"ssl"_s, u"required"_s, u"--catalog"_s, miniCatalog()});
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
        QTest::addRow("unknown option") << QStringList{u"show"_s, u"403"_s, u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::addRow("unknown protocol") << QStringList{u"list"_s, u"--protocol"_s, u"gopher"_s} << u"gopher"_s;
        QTest::addRow("bad limit") << QStringList{u"search"_s, u"403"_s, u"--limit"_s, u"zero"_s} << u"--limit"_s;
        QTest::addRow("show without code") << QStringList{u"show"_s} << u"show needs a code"_s;
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
        const Run result = run({u"show"_s, u"403-4"_s, u"--lang"_s, u"zh_TW"_s, u"--catalog"_s, miniCatalog()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"HTTP 403.4 — 需要 SSL"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"Q224389"_s));
        QVERIFY(result.out.contains(u"1. 403.4 的第一步。"_s));
    }

    void brokenCatalog_warnsWithFileAndStillAnswers()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(miniCatalog() + u"/en.json"_s, dir.filePath(u"en.json"_s)));
        QFile broken(dir.filePath(u"zh_TW.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"language\": \"zh_TW\", \"entries\": [ }");
        broken.close();
        const Run result = run({u"show"_s, u"550"_s, u"--lang"_s, u"zh_TW"_s, u"--catalog"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(dir.filePath(u"zh_TW.json"_s) + u":1: invalid JSON"_s), qPrintable(result.err));
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
        QCOMPARE(entries.size(), 117);
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
