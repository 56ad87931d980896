// SPDX-License-Identifier: MIT
#include "QueryParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;


class TestQueryParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_findsCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("substatus");
        QTest::addColumn<QString>("kind"); // "", "http" or "ftp"

        QTest::addRow("bare status") << u"403"_s << 403 << -1 << QString();
        QTest::addRow("dotted substatus") << u"403.14"_s << 403 << 14 << QString();
        QTest::addRow("dashed substatus") << u"403-14"_s << 403 << 14 << QString();
        QTest::addRow("dashed old error page") << u"500-12"_s << 500 << 12 << QString();
        QTest::addRow("ASP error page") << u"500-100.ASP"_s << 500 << 100 << QString();
        QTest::addRow("ASP lower case") << u"500-100.asp"_s << 500 << 100 << QString();
        QTest::addRow("browser phrase") << u"HTTP Error 403.14 - Forbidden"_s << 403 << 14 << u"http"_s;
        QTest::addRow("error page phrase") << u"Error 403.4"_s << 403 << 4 << QString();
        QTest::addRow("old IE phrase") << u"HTTP 500-12 Application Restarting"_s << 500 << 12 << u"http"_s;
        QTest::addRow("ftp word first") << u"ftp 530"_s << 530 << -1 << u"ftp"_s;
        QTest::addRow("ftp word after") << u"530 FTP"_s << 530 << -1 << u"ftp"_s;
        QTest::addRow("https counts as http") << u"https 404"_s << 404 << -1 << u"http"_s;
        QTest::addRow("log fields") << u"sc-status 401 sc-substatus 2"_s << 401 << 2 << QString();
        QTest::addRow("log substatus zero") << u"sc-status 404 sc-substatus 0"_s << 404 << -1 << QString();
        QTest::addRow("log columns") << u"401 2 5"_s << 401 << 2 << QString();
        QTest::addRow("spaces around") << u"   404   "_s << 404 << -1 << QString();
        QTest::addRow("full width colon text") << u"HTTP 403.6 - 禁止訪問：IP 地址被拒絕"_s << 403 << 6 << u"http"_s;
        QTest::addRow("unknown code still parsed") << u"999"_s << 999 << -1 << QString();
        QTest::addRow("trailing dot") << u"403."_s << 403 << -1 << QString();
    }

    void parse_findsCode()
    {
        QFETCH(QString, input);
        QFETCH(int, status);
        QFETCH(int, substatus);
        QFETCH(QString, kind);
        const ParsedQuery query = QueryParser::parse(input);
        QCOMPARE(query.status, status);
        QCOMPARE(query.substatus, substatus);
        QCOMPARE(query.kind ? codeKindKey(*query.kind) : QString(), kind);
        QVERIFY(query.kbNumber.isEmpty());
    }

    void parse_findsKbNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kbNumber");
        QTest::addRow("Q prefix") << u"Q248072"_s << u"248072"_s;
        QTest::addRow("lower q") << u"q248072"_s << u"248072"_s;
        QTest::addRow("bare number") << u"248072"_s << u"248072"_s;
        QTest::addRow("KB prefix") << u"KB 248072"_s << u"248072"_s;
        QTest::addRow("inside a sentence") << u"see article Q224389 for SSL"_s << u"224389"_s;
    }

    void parse_findsKbNumber()
    {
        QFETCH(QString, input);
        QFETCH(QString, kbNumber);
        const ParsedQuery query = QueryParser::parse(input);
        QCOMPARE(query.kbNumber, kbNumber);
        QVERIFY2(!query.hasCode(), "a KB number must not be read as a status code");
    }

    void parse_wordsWithoutCode_areCaseFoldedAndSplit_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("words");
        QTest::addRow("english") << u"SSL Required"_s << QStringList{u"ssl"_s, u"required"_s};
        QTest::addRow("punctuation") << u"global.asa, antivirus!"_s
                                     << QStringList{u"global"_s, u"asa"_s, u"antivirus"_s};
        QTest::addRow("chinese run stays whole") << u"禁止訪問"_s << QStringList{u"禁止訪問"_s};
        QTest::addRow("chinese punctuation splits") << u"憑證，逾時"_s << QStringList{u"憑證"_s, u"逾時"_s};
        QTest::addRow("mixed") << u"SSL 憑證"_s << QStringList{u"ssl"_s, u"憑證"_s};
        QTest::addRow("empty") << u"   "_s << QStringList{};
    }

    void parse_wordsWithoutCode_areCaseFoldedAndSplit()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, words);
        const ParsedQuery query = QueryParser::parse(input);
        QVERIFY(!query.hasCode());
        QCOMPARE(query.words, words);
    }

    void parse_partialCode_isPrefixNotWord_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("one digit") << u"4"_s << u"4"_s;
        QTest::addRow("two digits") << u"40"_s << u"40"_s;
        QTest::addRow("with protocol") << u"ftp 5"_s << u"5"_s;
    }

    void parse_partialCode_isPrefixNotWord()
    {
        QFETCH(QString, input);
        QFETCH(QString, prefix);
        const ParsedQuery query = QueryParser::parse(input);
        QCOMPARE(query.codePrefix, prefix);
        QVERIFY(query.words.isEmpty());
        QVERIFY(!query.hasCode());
    }

    void parse_numbersInsideOtherNumbers_areNotCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("ip address") << u"10.200.30.4"_s;
        QTest::addRow("long number") << u"2148074254"_s;
        QTest::addRow("version") << u"6.0"_s;
    }

    void parse_numbersInsideOtherNumbers_areNotCodes()
    {
        QFETCH(QString, input);
        QVERIFY(!QueryParser::parse(input).hasCode());
    }

    void parse_codeSpelling_keepsWhatWasTyped()
    {
        QCOMPARE(QueryParser::parse(u"500-100.ASP"_s).codeSpelling, u"500-100.asp"_s);
        QCOMPARE(QueryParser::parse(u"HTTP 404.0"_s).codeSpelling, u"404.0"_s);
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "TestQueryParser.moc"
