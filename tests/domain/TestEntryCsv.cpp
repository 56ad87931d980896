// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "EntryCsv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestEntryCsv final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    const Entry &entry(CodeKind kind, int status, int substatus = CodeId::NoSubstatus) const
    {
        return *m_catalog.find(CodeId(kind, status, substatus));
    }

    // The mini catalog has HTTP and FTP only; the kinds without a protocol are built here.
    static Entry win32Entry()
    {
        Entry entry;
        entry.id = CodeId(CodeKind::Win32, 5);
        entry.symbol = u"ERROR_ACCESS_DENIED"_s;
        entry.iisVersions = *IisVersionSet::fromRanges({u"4.0-5.0"_s, u"7.0-10.0"_s}, nullptr);
        entry.related = {CodeId(CodeKind::Http, 401), CodeId(CodeKind::Ftp, 530)};
        entry.common = true;
        entry.references = {
            {Reference::Type::Kb, u"943891"_s, {}, {}},
            {Reference::Type::Rfc, u"9110"_s, u"15.5.4"_s, {}},
            {Reference::Type::Learn,
             u"system-error-codes"_s,
             {},
             u"https://learn.microsoft.com/windows/win32/debug/system-error-codes"_s}};
        EntryText english;
        english.title = u"Access is denied"_s;
        english.meaning = u"The worker process account may not open the file."_s;
        entry.texts[languageIndex(Language::English)] = english;
        return entry;
    }

    static Entry reasonEntry()
    {
        Entry entry;
        entry.id = CodeId::reason(u"Timer_ConnectionIdle"_s);
        entry.iisVersions = *IisVersionSet::fromRanges({u"6.0"_s}, nullptr);
        EntryText english;
        english.title = u"Idle connection closed"_s;
        entry.texts[languageIndex(Language::English)] = english;
        return entry;
    }

    QStringList valuesOf(const QString &entryName) const
    {
        if (entryName == u"win32")
            return EntryCsv::values(win32Entry(), Language::English);
        if (entryName == u"httperr")
            return EntryCsv::values(reasonEntry(), Language::English);
        const CodeId id = *CodeId::fromKey(entryName);
        return EntryCsv::values(*m_catalog.find(id), Language::English);
    }

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::load(
            CatalogLoader::sourcesInDirectory(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s));
        QVERIFY(m_catalog.issues().isEmpty());
    }

    // Kusto's externaldata, Splunk lookups and Elastic's CSV ingest match columns by name.
    void columns_areTheDocumentedLanguageNeutralNames()
    {
        QCOMPARE(EntryCsv::columns().join(u','),
                 u"kind,code,protocol,status,substatus,hex,symbol,title,meaning,iisVersions,"
                 u"common,related,references"_s);
    }

    void field_quotesOnlyWhatRfc4180Needs_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << u"Not found"_s << u"Not found"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("semicolons") << u"4.0-6.0;7.0-10.0"_s << u"4.0-6.0;7.0-10.0"_s;
        QTest::addRow("Chinese") << u"找不到檔案"_s << u"找不到檔案"_s;
        QTest::addRow("comma") << u"Forbidden, SSL"_s << u"\"Forbidden, SSL\""_s;
        QTest::addRow("quote doubled") << u"the \"Web\" site"_s << u"\"the \"\"Web\"\" site\""_s;
        QTest::addRow("LF") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::addRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::addRow("CR LF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    }

    void field_quotesOnlyWhatRfc4180Needs()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(EntryCsv::field(value), field);
    }

    void values_columnsFollowTheKind_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addRow("http kind") << u"http:403.4"_s << u"kind"_s << u"http"_s;
        QTest::addRow("http code") << u"http:403.4"_s << u"code"_s << u"403.4"_s;
        QTest::addRow("http protocol") << u"http:403.4"_s << u"protocol"_s << u"http"_s;
        QTest::addRow("http status") << u"http:403.4"_s << u"status"_s << u"403"_s;
        QTest::addRow("http substatus") << u"http:403.4"_s << u"substatus"_s << u"4"_s;
        QTest::addRow("http without substatus") << u"http:404"_s << u"substatus"_s << QString();
        QTest::addRow("http no hex") << u"http:403.4"_s << u"hex"_s << QString();
        QTest::addRow("ftp protocol") << u"ftp:550"_s << u"protocol"_s << u"ftp"_s;
        QTest::addRow("ftp status") << u"ftp:550"_s << u"status"_s << u"550"_s;
        QTest::addRow("ftp substatus") << u"ftp:550"_s << u"substatus"_s << QString();
        QTest::addRow("win32 kind") << u"win32"_s << u"kind"_s << u"win32"_s;
        QTest::addRow("win32 no protocol") << u"win32"_s << u"protocol"_s << QString();
        QTest::addRow("win32 no status") << u"win32"_s << u"status"_s << QString();
        QTest::addRow("win32 hex") << u"win32"_s << u"hex"_s << u"0x00000005"_s;
        QTest::addRow("win32 symbol") << u"win32"_s << u"symbol"_s << u"ERROR_ACCESS_DENIED"_s;
        QTest::addRow("httperr code") << u"httperr"_s << u"code"_s << u"Timer_ConnectionIdle"_s;
        QTest::addRow("httperr no protocol") << u"httperr"_s << u"protocol"_s << QString();
        QTest::addRow("httperr no symbol") << u"httperr"_s << u"symbol"_s << QString();
    }

    void values_columnsFollowTheKind()
    {
        QFETCH(QString, entry);
        QFETCH(QString, column);
        QFETCH(QString, value);
        const QStringList values = valuesOf(entry);
        QCOMPARE(values.size(), EntryCsv::columns().size());
        QCOMPARE(values.value(EntryCsv::columns().indexOf(column)), value);
    }

    void values_listsAreJoinedWithSemicolons_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addRow("version ranges") << u"win32"_s << u"iisVersions"_s << u"4.0-5.0;7.0-10.0"_s;
        QTest::addRow("one range") << u"http:403.4"_s << u"iisVersions"_s << u"5.0-6.0"_s;
        QTest::addRow("related keys") << u"win32"_s << u"related"_s << u"http:401;ftp:530"_s;
        QTest::addRow("reference labels")
            << u"win32"_s << u"references"_s
            << u"KB 943891;RFC 9110 §15.5.4;https://learn.microsoft.com/windows/win32/debug/system-error-codes"_s;
        QTest::addRow("none related") << u"httperr"_s << u"related"_s << QString();
        QTest::addRow("common") << u"win32"_s << u"common"_s << u"true"_s;
        QTest::addRow("not common") << u"httperr"_s << u"common"_s << u"false"_s;
    }

    void values_listsAreJoinedWithSemicolons()
    {
        QFETCH(QString, entry);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QCOMPARE(valuesOf(entry).value(EntryCsv::columns().indexOf(column)), value);
    }

    void values_titleAndMeaningFollowLanguage_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("meaning");
        QTest::addRow("en") << Language::English << u"File unavailable"_s
                            << u"Meaning of FTP 550."_s;
        QTest::addRow("zh_TW") << Language::TraditionalChinese << u"檔案無法使用"_s
                               << u"FTP 550 的意義。"_s;
    }

    void values_titleAndMeaningFollowLanguage()
    {
        QFETCH(Language, language);
        QFETCH(QString, title);
        QFETCH(QString, meaning);
        const QStringList values = EntryCsv::values(entry(CodeKind::Ftp, 550), language);
        QCOMPARE(values.value(EntryCsv::columns().indexOf(u"title"_s)), title);
        QCOMPARE(values.value(EntryCsv::columns().indexOf(u"meaning"_s)), meaning);
    }

    void table_isHeaderThenOneCrlfRowPerEntry()
    {
        Entry tricky = win32Entry();
        tricky.texts[0]->title = u"Denied, \"really\""_s;
        const QString table =
            EntryCsv::table({&tricky, &entry(CodeKind::Http, 404)}, Language::English);
        const QStringList rows = table.split(u"\r\n"_s);
        QCOMPARE(rows.size(), 4); // header, two rows, and the empty rest after the last CR LF
        QCOMPARE(rows[0], EntryCsv::columns().join(u','));
        QVERIFY2(rows[1].startsWith(u"win32,5,,,,0x00000005,ERROR_ACCESS_DENIED,"
                                    u"\"Denied, \"\"really\"\"\","_s),
                 qPrintable(rows[1]));
        QVERIFY2(
            rows[1].endsWith(
                u",4.0-5.0;7.0-10.0,true,http:401;ftp:530,"
                u"KB 943891;RFC 9110 §15.5.4;https://learn.microsoft.com/windows/win32/debug/system-error-codes"_s),
            qPrintable(rows[1]));
        QVERIFY2(rows[2].startsWith(u"http,404,http,404,,,,Not found,"_s), qPrintable(rows[2]));
        QCOMPARE(rows[3], QString());
    }

    void table_noEntries_isTheHeaderAlone()
    {
        QCOMPARE(EntryCsv::table({}, Language::English),
                 EntryCsv::columns().join(u',') + u"\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestEntryCsv)
#include "TestEntryCsv.moc"
