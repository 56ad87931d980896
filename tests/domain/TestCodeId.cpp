// SPDX-License-Identifier: MIT
#include "CodeId.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestCodeId final : public QObject
{
    Q_OBJECT

private slots:
    void fromKey_acceptsEachKindsCanonicalForm_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("displayName");
        QTest::addRow("http status") << u"http:403"_s << u"HTTP 403"_s;
        QTest::addRow("http substatus") << u"http:403.14"_s << u"HTTP 403.14"_s;
        QTest::addRow("http three-digit substatus") << u"http:401.501"_s << u"HTTP 401.501"_s;
        QTest::addRow("http substatus zero") << u"http:404.0"_s << u"HTTP 404.0"_s;
        QTest::addRow("ftp reply") << u"ftp:530"_s << u"FTP 530"_s;
        QTest::addRow("ftp protected reply") << u"ftp:633"_s << u"FTP 633"_s;
        QTest::addRow("ftp substatus zero") << u"ftp-substatus:0"_s << u"FTP substatus 0"_s;
        QTest::addRow("ftp substatus") << u"ftp-substatus:41"_s << u"FTP substatus 41"_s;
        QTest::addRow("win32 zero") << u"win32:0"_s << u"Win32 0"_s;
        QTest::addRow("win32 small") << u"win32:5"_s << u"Win32 5"_s;
        QTest::addRow("win32 hresult") << u"win32:2148074254"_s << u"Win32 2148074254"_s;
        QTest::addRow("win32 largest") << u"win32:4294967295"_s << u"Win32 4294967295"_s;
        QTest::addRow("httperr") << u"httperr:Timer_ConnectionIdle"_s
                                 << u"HTTP.sys Timer_ConnectionIdle"_s;
        QTest::addRow("httperr with slash")
            << u"httperr:Invalid_CR/LF"_s << u"HTTP.sys Invalid_CR/LF"_s;
    }

    void fromKey_acceptsEachKindsCanonicalForm()
    {
        QFETCH(QString, key);
        QFETCH(QString, displayName);
        const auto id = CodeId::fromKey(key);
        QVERIFY(id);
        QVERIFY(id->isValid());
        QCOMPARE(id->key(), key);
        QCOMPARE(id->displayName(), displayName);
    }

    void fromKey_refusesWhatTheKindCannotHold_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addRow("http below range") << u"http:099"_s;
        QTest::addRow("http above range") << u"http:600"_s;
        QTest::addRow("http four-digit substatus") << u"http:403.1234"_s;
        QTest::addRow("http leading zero substatus") << u"http:403.01"_s;
        QTest::addRow("http two dots") << u"http:403.14.2"_s;
        QTest::addRow("ftp has no substatus") << u"ftp:550.1"_s;
        QTest::addRow("ftp above range") << u"ftp:700"_s;
        QTest::addRow("ftp substatus above list") << u"ftp-substatus:56"_s;
        QTest::addRow("ftp substatus leading zero") << u"ftp-substatus:05"_s;
        QTest::addRow("win32 above 32 bits") << u"win32:4294967296"_s;
        QTest::addRow("win32 negative") << u"win32:-5"_s;
        QTest::addRow("win32 hex is not canonical") << u"win32:0x5"_s;
        QTest::addRow("httperr starting with digit") << u"httperr:1Timer"_s;
        QTest::addRow("httperr with space") << u"httperr:Timer Idle"_s;
        QTest::addRow("unknown kind") << u"gopher:200"_s;
        QTest::addRow("no colon") << u"403.14"_s;
    }

    void fromKey_refusesWhatTheKindCannotHold()
    {
        QFETCH(QString, key);
        QVERIFY(!CodeId::fromKey(key));
    }

    void hex_isEightUpperCaseDigitsForWin32Only()
    {
        QCOMPARE(CodeId(CodeKind::Win32, 5).hex(), u"0x00000005"_s);
        QCOMPARE(CodeId(CodeKind::Win32, 2148074254LL).hex(), u"0x8009030E"_s);
        QCOMPARE(CodeId(CodeKind::Http, 500, 19).hex(), QString());
    }

    void group_followsEachKindsRule_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("group");
        QTest::addRow("http class digit") << u"http:403.14"_s << 4;
        QTest::addRow("ftp protected reply") << u"ftp:631"_s << 6;
        QTest::addRow("win32 system error") << u"win32:1326"_s << 1;
        QTest::addRow("winsock") << u"win32:10054"_s << 2;
        QTest::addRow("winhttp") << u"win32:12002"_s << 3;
        QTest::addRow("hresult") << u"win32:2148074254"_s << 4;
        QTest::addRow("httperr") << u"httperr:QueueFull"_s << 1;
    }

    void group_followsEachKindsRule()
    {
        QFETCH(QString, key);
        QFETCH(int, group);
        const auto id = CodeId::fromKey(key);
        QVERIFY(id);
        QCOMPARE(id->group(), group);
        QVERIFY(group <= id->traits().groupCount);
    }

    void reason_comparesWithoutCase()
    {
        const CodeId logged = CodeId::reason(u"Timer_ConnectionIdle"_s);
        const CodeId typed = CodeId::reason(u"timer_connectionidle"_s);
        QCOMPARE(logged, typed);
        QCOMPARE(qHash(logged), qHash(typed));
        QVERIFY(logged != CodeId::reason(u"QueueFull"_s));
    }

    void order_isKindThenValueThenSubstatus()
    {
        const QList<CodeId> ordered = {CodeId(CodeKind::Http, 403),
                                       CodeId(CodeKind::Http, 403, 14),
                                       CodeId(CodeKind::Http, 404),
                                       CodeId(CodeKind::Ftp, 200),
                                       CodeId(CodeKind::FtpSubstatus, 2),
                                       CodeId(CodeKind::Win32, 5),
                                       CodeId(CodeKind::Win32, 2148074254LL),
                                       CodeId::reason(u"QueueFull"_s),
                                       CodeId::reason(u"Timer_ConnectionIdle"_s)};
        for (qsizetype i = 1; i < ordered.size(); ++i) {
            QVERIFY2(ordered[i - 1] < ordered[i], qPrintable(ordered[i].key()));
            QVERIFY(!(ordered[i] < ordered[i - 1]));
        }
    }

    void kindKeys_roundTrip()
    {
        for (CodeKind kind : allCodeKinds)
            QCOMPARE(codeKindFromKey(codeKindKey(kind)), kind);
        QVERIFY(!codeKindFromKey(u"gopher"));
        QVERIFY(codeKindChoices().contains(u"ftp-substatus"_s));
    }
};

QTEST_GUILESS_MAIN(TestCodeId)
#include "TestCodeId.moc"
