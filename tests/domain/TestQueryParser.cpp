// SPDX-License-Identifier: MIT
#include "QueryParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestQueryParser final : public QObject
{
    Q_OBJECT

    static QString keysOf(const ParsedQuery &query)
    {
        QStringList keys;
        for (const CodeId &id : query.codes)
            keys.append(id.key());
        return keys.join(u' ');
    }

private slots:
    void parse_findsCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("codes"); // the keys in order, space separated
        QTest::addColumn<QString>("kind");  // "" when the query names none

        QTest::addRow("bare status") << u"403"_s << u"http:403 ftp:403"_s << QString();
        QTest::addRow("dotted substatus") << u"403.14"_s << u"http:403.14"_s << QString();
        QTest::addRow("three-digit substatus") << u"401.501"_s << u"http:401.501"_s << QString();
        QTest::addRow("dashed substatus") << u"403-14"_s << u"http:403.14"_s << QString();
        QTest::addRow("dashed old error page") << u"500-12"_s << u"http:500.12"_s << QString();
        QTest::addRow("ASP error page") << u"500-100.ASP"_s << u"http:500.100"_s << QString();
        QTest::addRow("ASP lower case") << u"500-100.asp"_s << u"http:500.100"_s << QString();
        QTest::addRow("browser phrase")
            << u"HTTP Error 403.14 - Forbidden"_s << u"http:403.14"_s << u"http"_s;
        QTest::addRow("IIS 10 error page")
            << u"HTTP Error 500.19 - Internal Server Error"_s << u"http:500.19"_s << u"http"_s;
        QTest::addRow("IIS 10 error page with error code")
            << u"HTTP Error 500.19 - Internal Server Error Error Code 0x8007000d Config Error"_s
            << u"http:500.19 win32:13 win32:2147942413"_s << u"http"_s;
        QTest::addRow("error page phrase") << u"Error 403.4"_s << u"http:403.4"_s << QString();
        QTest::addRow("old IE phrase")
            << u"HTTP 500-12 Application Restarting"_s << u"http:500.12"_s << u"http"_s;
        QTest::addRow("ftp word first") << u"ftp 530"_s << u"ftp:530"_s << u"ftp"_s;
        QTest::addRow("ftp word after") << u"530 FTP"_s << u"ftp:530"_s << u"ftp"_s;
        QTest::addRow("ftp protected reply") << u"ftp 631"_s << u"ftp:631"_s << u"ftp"_s;
        QTest::addRow("https counts as http") << u"https 404"_s << u"http:404"_s << u"http"_s;
        QTest::addRow("log fields")
            << u"sc-status 401 sc-substatus 2"_s << u"http:401.2"_s << QString();
        QTest::addRow("log substatus zero")
            << u"sc-status 404 sc-substatus 0"_s << u"http:404"_s << QString();
        QTest::addRow("log fields with win32")
            << u"sc-status=500 sc-substatus=19 sc-win32-status=13"_s << u"http:500.19 win32:13"_s
            << QString();
        QTest::addRow("win32 log field alone")
            << u"sc-win32-status 1236"_s << u"win32:1236"_s << QString();
        QTest::addRow("log columns") << u"401 2 5"_s << u"http:401.2 win32:5"_s << QString();
        QTest::addRow("log columns hresult")
            << u"401 1 2148074254"_s << u"http:401.1 win32:2148074254"_s << QString();
        QTest::addRow("log columns win32 zero") << u"200 0 0"_s << u"http:200"_s << QString();
        QTest::addRow("log columns 500.19")
            << u"500 19 13"_s << u"http:500.19 win32:13"_s << QString();
        QTest::addRow("ftp log columns")
            << u"ftp 530 1326 41"_s << u"ftp:530 win32:1326 ftp-substatus:41"_s << u"ftp"_s;
        QTest::addRow("two columns") << u"403 14"_s << u"http:403.14"_s << QString();
        QTest::addRow("win32 word") << u"win32 64"_s << u"win32:64"_s << u"win32"_s;
        QTest::addRow("win32 word small") << u"Win32 5"_s << u"win32:5"_s << u"win32"_s;
        QTest::addRow("hresult of win32")
            << u"0x80070005"_s << u"win32:5 win32:2147942405"_s << QString();
        QTest::addRow("sspi hresult hex") << u"0x8009030E"_s << u"win32:2148074254"_s << QString();
        QTest::addRow("sspi hresult decimal")
            << u"2148074254"_s << u"win32:2148074254"_s << QString();
        QTest::addRow("padded win32 hex") << u"0x0000052e"_s << u"win32:1326"_s << QString();
        QTest::addRow("four-digit win32") << u"1326"_s << u"win32:1326"_s << QString();
        QTest::addRow("spaces around") << u"   404   "_s << u"http:404 ftp:404"_s << QString();
        QTest::addRow("full width colon text")
            << u"HTTP 403.6 - 禁止訪問：IP 地址被拒絕"_s << u"http:403.6"_s << u"http"_s;
        QTest::addRow("trailing dot") << u"403."_s << u"http:403 ftp:403"_s << QString();
        QTest::addRow("httperr word")
            << u"httperr Timer_ConnectionIdle"_s << QString() << u"httperr"_s;
    }

    void parse_findsCodes()
    {
        QFETCH(QString, input);
        QFETCH(QString, codes);
        QFETCH(QString, kind);
        const ParsedQuery query = QueryParser::parse(input);
        QCOMPARE(keysOf(query), codes);
        QCOMPARE(query.kind ? codeKindKey(*query.kind) : QString(), kind);
        QVERIFY(query.kbNumber.isEmpty());
        QVERIFY(query.rejectedCode.isEmpty());
    }

    void parse_kindOption_narrowsBareCodes()
    {
        QCOMPARE(keysOf(QueryParser::parse(u"500"_s, CodeKind::Ftp)), u"ftp:500"_s);
        QCOMPARE(keysOf(QueryParser::parse(u"64"_s, CodeKind::Win32)), u"win32:64"_s);
        QCOMPARE(keysOf(QueryParser::parse(u"41"_s, CodeKind::FtpSubstatus)),
                 u"ftp-substatus:41"_s);
        // An FTP reply has no IIS substatus, so a dotted code cannot be one.
        QVERIFY(!QueryParser::parse(u"550.1"_s, CodeKind::Ftp).hasCode());
    }

    void parse_codeNoKindHolds_isRejectedNotShortened_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("rejected");
        QTest::addColumn<int>("status");
        QTest::addRow("four-digit substatus") << u"403.1234"_s << u"403.1234"_s << 403;
        QTest::addRow("dashed four digits") << u"403-1000"_s << u"403-1000"_s << 403;
        QTest::addRow("two substatus parts") << u"403.14.2"_s << u"403.14.2"_s << 403;
        QTest::addRow("status out of range") << u"999"_s << u"999"_s << 999;
        QTest::addRow("leading zero in log field") << u"sc-status=005"_s << u"005"_s << 5;
        QTest::addRow("substatus on ftp") << u"ftp 550.1"_s << u"550.1"_s << 550;
    }

    void parse_codeNoKindHolds_isRejectedNotShortened()
    {
        QFETCH(QString, input);
        QFETCH(QString, rejected);
        QFETCH(int, status);
        const ParsedQuery query = QueryParser::parse(input);
        QVERIFY2(!query.hasCode(), qPrintable(keysOf(query)));
        QCOMPARE(query.rejectedCode, rejected);
        QCOMPARE(query.rejectedStatus, status);
    }

    void parse_findsKbNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kbNumber");
        QTest::addRow("Q prefix") << u"Q248072"_s << u"248072"_s;
        QTest::addRow("lower q") << u"q248072"_s << u"248072"_s;
        QTest::addRow("bare number") << u"248072"_s << u"248072"_s;
        QTest::addRow("KB prefix") << u"KB 248072"_s << u"248072"_s;
        QTest::addRow("new seven-digit KB") << u"KB5005574"_s << u"5005574"_s;
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

    void parse_symbolsAndReasons_areWholeTokens()
    {
        QCOMPARE(QueryParser::parse(u"ERROR_ACCESS_DENIED"_s).tokens,
                 QStringList{u"error_access_denied"_s});
        QCOMPARE(QueryParser::parse(u"reason: Timer_ConnectionIdle."_s).tokens,
                 (QStringList{u"reason"_s, u"timer_connectionidle"_s}));
        QCOMPARE(QueryParser::parse(u"Invalid_CR/LF"_s).tokens, QStringList{u"invalid_cr/lf"_s});
    }

    void parse_wordsWithoutCode_areCaseFoldedAndSplit_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("words");
        QTest::addRow("english") << u"SSL Required"_s << QStringList{u"ssl"_s, u"required"_s};
        QTest::addRow("punctuation")
            << u"global.asa, antivirus!"_s << QStringList{u"global"_s, u"asa"_s, u"antivirus"_s};
        QTest::addRow("chinese run stays whole") << u"禁止訪問"_s << QStringList{u"禁止訪問"_s};
        QTest::addRow("chinese punctuation splits")
            << u"憑證，逾時"_s << QStringList{u"憑證"_s, u"逾時"_s};
        QTest::addRow("mixed") << u"SSL 憑證"_s << QStringList{u"ssl"_s, u"憑證"_s};
        QTest::addRow("repeated words once")
            << u"ssl SSL ssl required"_s << QStringList{u"ssl"_s, u"required"_s};
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

    void parse_numbersOfOtherThings_areNotCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("ip address") << u"10.200.30.4"_s;
        QTest::addRow("version") << u"6.0"_s;
        QTest::addRow("http version") << u"HTTP/1.1"_s;
    }

    void parse_numbersOfOtherThings_areNotCodes()
    {
        QFETCH(QString, input);
        const ParsedQuery query = QueryParser::parse(input);
        QVERIFY2(!query.hasCode(), qPrintable(keysOf(query)));
        QVERIFY(query.rejectedCode.isEmpty());
    }

    void parse_logColumnsWithoutKind_keepTheirStatusForTheCatalog()
    {
        QCOMPARE(QueryParser::parse(u"530 1326 41"_s).logColumnsStatus, u"530"_s);
        QCOMPARE(QueryParser::parse(u"401 1 2148074254"_s).logColumnsStatus, u"401"_s);
        // A named kind settles the column order, and a lone status has no columns.
        QVERIFY(QueryParser::parse(u"ftp 530 1326 41"_s).logColumnsStatus.isEmpty());
        QVERIFY(QueryParser::parse(u"530"_s).logColumnsStatus.isEmpty());
    }

    void parse_pastedLogLine_takesOnlyItsStatusColumns()
    {
        const ParsedQuery web = QueryParser::parse(
            u"2024-05-01 00:00:02 10.0.0.1 GET /app - 443 - 192.0.2.7 Mozilla/5.0 - 404 0 2 15"_s);
        QCOMPARE(web.codes,
                 (QList<CodeId>{CodeId(CodeKind::Http, 404), CodeId(CodeKind::Win32, 2)}));
        const ParsedQuery ftp = QueryParser::parse(
            u"2024-05-01 00:00:03 192.0.2.3 demo 10.0.0.1 21 PASS *** 530 1326 41 "
            "a1b2c3d4-0000-0000-0000-000000000001 /ftproot"_s);
        QCOMPARE(ftp.codes,
                 (QList<CodeId>{CodeId(CodeKind::Ftp, 530), CodeId(CodeKind::Win32, 1326),
                                CodeId(CodeKind::FtpSubstatus, 41)}));
        // Not a log line: the parser reads it as before.
        QCOMPARE(QueryParser::parse(u"2024 was the year of 403.14"_s).codes.value(0),
                 CodeId(CodeKind::Http, 403, 14));
    }

    void parse_codeSpelling_keepsWhatWasTyped()
    {
        QCOMPARE(QueryParser::parse(u"500-100.ASP"_s).codeSpelling, u"500-100.asp"_s);
        QCOMPARE(QueryParser::parse(u"HTTP 404.0"_s).codeSpelling, u"404.0"_s);
    }

    // Regression: protocol words were cut one at a time from the front, and 256 KiB of
    // "http " took six seconds. The text is capped and each step scans it once.
    void parse_hugeRepetitiveInput_isCappedAndDeduplicated()
    {
        const ParsedQuery protocols = QueryParser::parse(u"http "_s.repeated(50000));
        QVERIFY(protocols.text.size() <= QueryParser::maxLength);
        QCOMPARE(protocols.kind, CodeKind::Http);
        QVERIFY(protocols.words.isEmpty());
        const ParsedQuery words = QueryParser::parse(u"forbidden "_s.repeated(50000));
        QCOMPARE(words.words, QStringList{u"forbidden"_s});
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "TestQueryParser.moc"
