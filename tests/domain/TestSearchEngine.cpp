// SPDX-License-Identifier: MIT
#include "QueryParser.h"
#include "SearchEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// Ranking is checked on a small catalog built here, so each row can say why one entry must
// come before another without depending on the wording of the shipped resources.
class TestSearchEngine final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static Entry makeEntry(CodeKind kind, qint64 status, int substatus, const QString &title,
                           const QStringList &keywords = {}, const QString &body = {},
                           const QString &chineseTitle = {})
    {
        Entry entry;
        entry.id = CodeId(kind, status, substatus);
        entry.iisVersions = *IisVersionSet::fromVersion(u"5.0"_s);
        EntryText english;
        english.title = title;
        english.meaning = body.isEmpty() ? u"Meaning."_s : body;
        english.causes = {{u"A cause."_s, {}}};
        english.fixSteps = {{u"A step."_s, {}}};
        english.keywords = keywords;
        entry.texts[languageIndex(Language::English)] = english;
        EntryText chinese = english;
        chinese.title = chineseTitle.isEmpty() ? title : chineseTitle;
        chinese.keywords = {};
        entry.texts[languageIndex(Language::TraditionalChinese)] = chinese;
        return entry;
    }

    int rankOf(const QList<SearchResult> &results, const QString &key) const
    {
        for (int i = 0; i < results.size(); ++i) {
            if (results[i].entry->id.key() == key)
                return i;
        }
        return -1;
    }

    QStringList keysOf(const QList<SearchResult> &results) const
    {
        QStringList keys;
        for (const SearchResult &result : results)
            keys.append(result.entry->id.key());
        return keys;
    }

private slots:
    void initTestCase()
    {
        QList<Entry> entries = {
            makeEntry(CodeKind::Http, 403, -1, u"Forbidden"_s, {}, {}, u"禁止存取"_s),
            makeEntry(CodeKind::Http, 403, 1, u"Execute access forbidden"_s),
            makeEntry(CodeKind::Http, 403, 4, u"SSL required"_s, {u"secure channel"_s},
                      u"Install a server certificate."_s, u"需要 SSL"_s),
            makeEntry(CodeKind::Http, 403, 16, u"Client certificate untrusted"_s, {},
                      u"Check the secure channel settings."_s, u"用戶端憑證不受信任"_s),
            makeEntry(CodeKind::Http, 404, -1, u"Not found"_s, {u"Rejected by URLScan"_s}),
            makeEntry(CodeKind::Http, 500, -1, u"Internal server error"_s),
            makeEntry(CodeKind::Http, 500, 12, u"Application restarting"_s),
            makeEntry(CodeKind::Http, 500, 100, u"ASP error"_s),
            makeEntry(CodeKind::Ftp, 500, -1, u"Syntax error"_s),
            makeEntry(CodeKind::Ftp, 550, -1, u"File unavailable"_s),
            makeEntry(CodeKind::Http, 401, 1, u"Logon failed"_s,
                      {u"account access denied by policy"_s}),
            makeEntry(CodeKind::Http, 403, 9, u"Too many users"_s, {u"access denied"_s}),
            makeEntry(CodeKind::Http, 500, 19, u"Configuration data is invalid"_s),
            makeEntry(CodeKind::Http, 401, -1, u"Access denied"_s),
            makeEntry(CodeKind::Ftp, 530, -1, u"Not logged in"_s),
            makeEntry(CodeKind::Win32, 5, -1, u"Access is denied"_s),
            makeEntry(CodeKind::Win32, 13, -1, u"The data is invalid"_s),
            makeEntry(CodeKind::Win32, 1326, -1, u"Logon failure"_s),
            makeEntry(CodeKind::Win32, 2148074254LL, -1, u"No credentials"_s),
            makeEntry(CodeKind::FtpSubstatus, 41, -1, u"Logon failed"_s),
        };
        for (Entry &entry : entries) {
            if (entry.id.kind() == CodeKind::Win32)
                entry.symbol = entry.id.value() == 5 ? u"ERROR_ACCESS_DENIED"_s : u"ERROR_OTHER"_s;
        }
        Entry idle = makeEntry(CodeKind::HttpErr, 0, -1, u"Connection idle too long"_s);
        idle.id = CodeId::reason(u"Timer_ConnectionIdle"_s);
        entries.append(idle);
        entries[7].aliases = {u"500-100.ASP"_s};
        entries[4].aliases = {u"404.0"_s};
        entries[2].references = {{Reference::Type::Kb, u"Q224389"_s, {}, {}}};
        entries[2].texts[0]->referenceTitles = {u"SSL required"_s};
        entries[2].texts[1]->referenceTitles = {u"需要 SSL"_s};
        m_catalog = Catalog(entries, {});
    }

    void search_ranksBetterBeforeWorse_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::addRow("exact before its family") << u"403.4"_s << u"http:403.4"_s << u"http:403"_s;
        QTest::addRow("family: status before substatus")
            << u"403.4"_s << u"http:403"_s << u"http:403.1"_s;
        QTest::addRow("family in code order") << u"403"_s << u"http:403.1"_s << u"http:403.16"_s;
        QTest::addRow("bare status before its substatus")
            << u"403"_s << u"http:403"_s << u"http:403.1"_s;
        QTest::addRow("both protocols, HTTP first") << u"500"_s << u"http:500"_s << u"ftp:500"_s;
        QTest::addRow("both exact before family") << u"500"_s << u"ftp:500"_s << u"http:500.12"_s;
        QTest::addRow("dashed substatus") << u"500-12"_s << u"http:500.12"_s << u"http:500"_s;
        QTest::addRow("browser phrase")
            << u"HTTP Error 403.4 - Forbidden"_s << u"http:403.4"_s << u"http:403"_s;
        QTest::addRow("title before text")
            << u"certificate"_s << u"http:403.16"_s << u"http:403.4"_s;
        QTest::addRow("keyword before text")
            << u"secure channel"_s << u"http:403.4"_s << u"http:403.16"_s;
        QTest::addRow("title ties in code order")
            << u"forbidden"_s << u"http:403"_s << u"http:403.1"_s;
        QTest::addRow("whole keyword before a keyword containing it")
            << u"access denied"_s << u"http:403.9"_s << u"http:401.1"_s;
        QTest::addRow("code prefix in code order") << u"50"_s << u"http:500"_s << u"ftp:500"_s;
    }

    void search_ranksBetterBeforeWorse()
    {
        QFETCH(QString, query);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const SearchEngine engine(m_catalog);
        const QList<SearchResult> results = engine.search(query);
        const int betterRank = rankOf(results, better);
        const int worseRank = rankOf(results, worse);
        QVERIFY2(betterRank >= 0,
                 qPrintable(better + u" not found in "_s + keysOf(results).join(u' ')));
        QVERIFY2(worseRank >= 0,
                 qPrintable(worse + u" not found in "_s + keysOf(results).join(u' ')));
        QVERIFY2(betterRank < worseRank, qPrintable(keysOf(results).join(u' ')));
    }

    void search_findsFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addRow("ftp only code") << u"550"_s << u"ftp:550"_s;
        QTest::addRow("protocol word picks FTP") << u"ftp 500"_s << u"ftp:500"_s;
        QTest::addRow("ASP alias") << u"500-100.ASP"_s << u"http:500.100"_s;
        QTest::addRow("declared alias") << u"404.0"_s << u"http:404"_s;
        QTest::addRow("KB with Q") << u"Q224389"_s << u"http:403.4"_s;
        QTest::addRow("KB without Q") << u"224389"_s << u"http:403.4"_s;
        QTest::addRow("chinese title substring") << u"憑證"_s << u"http:403.16"_s;
        QTest::addRow("chinese in english UI") << u"禁止存取"_s << u"http:403"_s;
        // Typed so far: the engine asks the index for "sl" and "req", each a substring.
        QTest::addRow("partial words") << u"sl req"_s << u"http:403.4"_s;
        QTest::addRow("word being typed") << u"certif"_s << u"http:403.16"_s;
        QTest::addRow("log fields") << u"sc-status 500 sc-substatus 12"_s << u"http:500.12"_s;
        QTest::addRow("case insensitive keyword") << u"rejected by urlscan"_s << u"http:404"_s;
        QTest::addRow("hresult of win32 5") << u"0x80070005"_s << u"win32:5"_s;
        QTest::addRow("sspi hresult hex") << u"0x8009030E"_s << u"win32:2148074254"_s;
        QTest::addRow("sspi hresult decimal") << u"2148074254"_s << u"win32:2148074254"_s;
        QTest::addRow("padded hex") << u"0x0000052e"_s << u"win32:1326"_s;
        QTest::addRow("symbol") << u"ERROR_ACCESS_DENIED"_s << u"win32:5"_s;
        QTest::addRow("symbol lower case") << u"error_access_denied"_s << u"win32:5"_s;
        QTest::addRow("win32 word") << u"win32 13"_s << u"win32:13"_s;
        QTest::addRow("log field") << u"sc-win32-status 1326"_s << u"win32:1326"_s;
        QTest::addRow("httperr reason")
            << u"Timer_ConnectionIdle"_s << u"httperr:Timer_ConnectionIdle"_s;
        QTest::addRow("httperr reason in a log line")
            << u"2024-05-01 10:00:00 10.0.0.1 - - Timer_ConnectionIdle -"_s
            << u"httperr:Timer_ConnectionIdle"_s;
        QTest::addRow("error page")
            << u"HTTP Error 500.19 - Internal Server Error"_s << u"http:500.19"_s;
    }

    void search_logLineAndErrorPage_findEveryCodeStatusFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("exact");
        QTest::addRow("web triple")
            << u"401 1 2148074254"_s << QStringList{u"http:401.1"_s, u"win32:2148074254"_s};
        QTest::addRow("web triple 500.19")
            << u"500 19 13"_s << QStringList{u"http:500.19"_s, u"win32:13"_s};
        QTest::addRow("ftp triple")
            << u"ftp 530 1326 41"_s
            << QStringList{u"ftp:530"_s, u"win32:1326"_s, u"ftp-substatus:41"_s};
        QTest::addRow("error page with error code")
            << u"HTTP Error 500.19 - Internal Server Error Error Code 0x8007000d"_s
            << QStringList{u"http:500.19"_s, u"win32:13"_s};
    }

    void search_logLineAndErrorPage_findEveryCodeStatusFirst()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, exact);
        const QList<SearchResult> results = SearchEngine(m_catalog).search(query);
        QVERIFY2(results.size() >= exact.size(), qPrintable(keysOf(results).join(u' ')));
        QCOMPARE(keysOf(results).mid(0, exact.size()), exact);
        for (qsizetype i = 0; i < exact.size(); ++i)
            QCOMPARE(results[i].kind, MatchKind::ExactCode);
    }

    void search_codeNoKindHolds_findsNothingButSuggestsItsStatus()
    {
        const SearchEngine engine(m_catalog);
        for (const QString &text : {u"403.1234"_s, u"403-1000"_s, u"403.14.2"_s}) {
            const ParsedQuery query = QueryParser::parse(text);
            QVERIFY2(engine.search(query).isEmpty(), qPrintable(text));
            QVERIFY2(engine.exactMatches(query).isEmpty(), qPrintable(text));
            const QList<const Entry *> near = engine.suggestions(query, 3);
            QVERIFY(!near.isEmpty());
            QCOMPARE(near.first()->id.status(), 403);
        }
    }

    void search_kindOption_keepsSymbolOfOtherKindOut()
    {
        const SearchEngine engine(m_catalog);
        QVERIFY(engine.exactMatches(QueryParser::parse(u"ERROR_ACCESS_DENIED"_s, CodeKind::Http))
                    .isEmpty());
        QCOMPARE(engine.exactMatches(QueryParser::parse(u"530"_s, CodeKind::Ftp)).size(), 1);
    }

    void search_findsFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const QList<SearchResult> results = SearchEngine(m_catalog).search(query);
        QVERIFY2(!results.isEmpty(), "no results");
        QCOMPARE(results.first().entry->id.key(), first);
    }

    void search_protocolWord_excludesOtherProtocol()
    {
        const QList<SearchResult> results = SearchEngine(m_catalog).search(u"ftp 500"_s);
        QCOMPARE(keysOf(results), QStringList{u"ftp:500"_s});
    }

    void search_limit_cutsAfterRanking()
    {
        const SearchEngine engine(m_catalog);
        const QList<SearchResult> all = engine.search(u"403"_s);
        const QList<SearchResult> two = engine.search(u"403"_s, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(keysOf(two), keysOf(all).mid(0, 2));
    }

    void search_nothingMatches_returnsEmptyAndSuggestsNearCodes()
    {
        const SearchEngine engine(m_catalog);
        const ParsedQuery query = QueryParser::parse(u"403.99"_s);
        QVERIFY(engine.exactMatches(query).isEmpty());
        const QList<const Entry *> near = engine.suggestions(query, 3);
        QCOMPARE(near.size(), 3);
        QCOMPARE(near.first()->id.key(), u"http:403.16"_s);
        QVERIFY(engine.search(u"zebra"_s).isEmpty());
    }

    void suggestions_forWords_preferEntriesMatchingMoreWords()
    {
        const SearchEngine engine(m_catalog);
        // No entry has all three words, so search finds nothing, but two of them point at 403.4.
        const ParsedQuery query = QueryParser::parse(u"ssl required zebra"_s);
        QVERIFY(engine.search(query).isEmpty());
        const QList<const Entry *> near = engine.suggestions(query);
        QVERIFY(!near.isEmpty());
        QCOMPARE(near.first()->id.key(), u"http:403.4"_s);
    }

    // The window and `iisref search` both show what answer() decides.
    void answer_capsResults_countsThemAll_andSuggestsOnlyWhenNothingMatched()
    {
        const SearchEngine engine(m_catalog);
        const SearchAnswer many = engine.answer(QueryParser::parse(u"500"_s), 2);
        QCOMPARE(many.results.size(), 2);
        QCOMPARE(many.totalResults, engine.search(u"500"_s).size());
        QVERIFY(many.totalResults > 2);
        QVERIFY(many.suggestions.isEmpty());
        QVERIFY(!many.unknownCode);

        const SearchAnswer none = engine.answer(QueryParser::parse(u"ssl required zebra"_s), 60);
        QVERIFY(none.results.isEmpty());
        QCOMPARE(none.totalResults, 0);
        QCOMPARE(none.suggestions.first()->id.key(), u"http:403.4"_s);
    }

    void answer_namesACodeTheCatalogLacks_beforeItsStatusIsShown()
    {
        const SearchAnswer answer =
            SearchEngine(m_catalog).answer(QueryParser::parse(u"404.99"_s), 60);
        QVERIFY(!answer.results.isEmpty());
        QCOMPARE(answer.results.first().entry->id.key(), u"http:404"_s);
        QVERIFY(answer.unknownCode);
        QCOMPARE(answer.unknownCode->key(), u"http:404.99"_s);
        QVERIFY(!SearchEngine(m_catalog).answer(QueryParser::parse(u"404"_s), 60).unknownCode);
    }

    void search_emptyQuery_returnsNothing()
    {
        QVERIFY(SearchEngine(m_catalog).search(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "TestSearchEngine.moc"
