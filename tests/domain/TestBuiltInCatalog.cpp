// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "SearchEngine.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// The catalog that ships: every code of both source documents, in both languages, with the
// causes, fixes and KB articles the documents give. These tests fail when an edit to the
// resources drops a code, a language, a KB article or a link.
class TestBuiltInCatalog final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    // Every code in Q318380 and its Traditional Chinese revision (404.0 is 404's alias).
    static QStringList documentCodes()
    {
        const QString http = u"100 101 200 201 202 203 204 205 206 300 301 302 303 304 305 306 307 "
                             "400 401 401.1 401.2 401.3 401.4 401.5 401.7 403 403.1 403.2 403.3 "
                             "403.4 403.5 403.6 403.7 403.8 403.9 403.10 403.11 403.12 403.13 "
                             "403.14 403.15 403.16 403.17 403.18 403.19 403.20 404 404.1 404.2 "
                             "404.3 405 406 407 408 410 412 413 414 415 416 417 423 500 500.11 "
                             "500.12 500.13 500.14 500.15 500.16 500.18 500.100 501 502 502.1 "
                             "502.2 503 504 505"_s;
        const QString ftp = u"110 120 125 150 200 202 211 212 213 214 215 220 221 225 226 227 "
                            "230 250 257 331 332 350 421 425 426 450 451 452 500 501 502 503 504 "
                            "530 532 550 551 552 553"_s;
        QStringList keys;
        for (const QString &code : http.split(u' '))
            keys.append(u"http:"_s + code);
        for (const QString &code : ftp.split(u' '))
            keys.append(u"ftp:"_s + code);
        return keys;
    }

    struct ManifestSection {
        QString name;
        QString kind;
        bool pending = false;
        QStringList codes;
    };

    // tests/data/modern-codes.txt: every code iis-status-facts.md lists, by section.
    static QList<ManifestSection> modernManifest()
    {
        QFile file(QStringLiteral(IISREF_TEST_DATA) + u"/modern-codes.txt"_s);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read the modern-codes manifest");
        QList<ManifestSection> sections;
        for (const QString &rawLine : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QString line = rawLine.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (line.startsWith(u'[') && line.endsWith(u']')) {
                const QStringList words = line.mid(1, line.size() - 2).split(u' ');
                sections.append({words.value(0), words.value(1), words.contains(u"pending"_s), {}});
            } else if (!sections.isEmpty()) {
                sections.last().codes.append(line.split(u' ', Qt::SkipEmptyParts));
            }
        }
        return sections;
    }

    // A code is covered by its own entry or by an alias of an entry of the same kind (404.0
    // is what IIS 7+ calls plain 404).
    const Entry *coveringEntry(const QString &kind, const QString &code) const
    {
        const QString key = kind + u':' + code;
        if (const auto id = CodeId::fromKey(key)) {
            if (const Entry *found = m_catalog.find(*id))
                return found;
        }
        const Entry *aliased = m_catalog.findAlias(code);
        return aliased && aliased->id.traits().key == kind ? aliased : nullptr;
    }

    const Entry &entry(const QString &key) const
    {
        // A missing entry reads as an empty one, so the checks on it fail instead of crashing.
        static const Entry missing;
        const Entry *found = m_catalog.find(*CodeId::fromKey(key));
        if (!found)
            qWarning().noquote() << "no entry" << key;
        return found ? *found : missing;
    }

    static QStringList kbIds(const Entry &entry)
    {
        QStringList ids;
        for (const Reference &reference : entry.references) {
            if (reference.type == Reference::Type::Kb)
                ids.append(reference.id);
        }
        return ids;
    }

    static QStringList texts(const QList<VersionedText> &items)
    {
        QStringList strings;
        for (const VersionedText &item : items)
            strings.append(item.text);
        return strings;
    }

    // Every Chinese string a user reads (not the keywords, which keep the source's wording).
    QStringList chineseReadingText() const
    {
        QStringList strings;
        for (const Entry &entry : m_catalog.entries()) {
            const EntryText &text = entry.text(Language::TraditionalChinese);
            strings << text.title << text.meaning << texts(text.causes) << texts(text.fixSteps)
                    << text.notes << text.referenceTitles;
        }
        return strings;
    }

private slots:
    void initTestCase() { m_catalog = CatalogLoader::loadBuiltIn(); }

    void load_hasNoIssues()
    {
        for (const CatalogIssue &issue : m_catalog.issues())
            qWarning().noquote() << issue.toString();
        QCOMPARE(m_catalog.issues().size(), 0);
    }

    void codes_includeEveryDocumentCode()
    {
        for (const QString &key : documentCodes())
            QVERIFY2(m_catalog.find(*CodeId::fromKey(key)), qPrintable(key));
    }

    void codes_coverTheModernManifest()
    {
        const QList<ManifestSection> sections = modernManifest();
        QVERIFY(sections.size() >= 10);
        int covered = 0;
        int pending = 0;
        for (const ManifestSection &section : sections) {
            QVERIFY2(!section.codes.isEmpty(), qPrintable(section.name));
            for (const QString &code : section.codes) {
                const bool found = coveringEntry(section.kind, code) != nullptr;
                if (section.pending) {
                    pending += found ? 0 : 1;
                    continue;
                }
                QVERIFY2(found, qPrintable(section.name + u": no entry for "_s + section.kind +
                                           u':' + code));
                ++covered;
            }
        }
        qInfo("modern manifest: %d codes in finished sections, %d still missing from pending ones",
              covered, pending);
    }

    void everyEntry_hasMeaningCauseAndFixStepInBothLanguages()
    {
        for (const Entry &entry : m_catalog.entries()) {
            for (Language language : allLanguages) {
                const QString where = entry.id.key() + u' ' + languageKey(language);
                QVERIFY2(entry.hasText(language), qPrintable(where));
                const EntryText &text = entry.text(language);
                QVERIFY2(!text.title.isEmpty(), qPrintable(where));
                QVERIFY2(!text.meaning.isEmpty(), qPrintable(where));
                QVERIFY2(!text.causes.isEmpty(), qPrintable(where));
                QVERIFY2(!text.fixSteps.isEmpty(), qPrintable(where));
                QVERIFY2(!entry.iisVersions.isEmpty(), qPrintable(where));
            }
        }
    }

    // The two languages state the same facts: item for item, the same count, and every number
    // (a status, a limit, an HRESULT) of the English is in its Chinese twin.
    static QSet<QString> numbersIn(const QString &text)
    {
        static const QRegularExpression number(u"0x[0-9A-Fa-f]+|(?<![\\w.])\\d{2,}(?![\\w])"_s);
        QSet<QString> found;
        for (auto it = number.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured().toLower());
        return found;
    }

    void everyEntry_saysTheSameInBothLanguages()
    {
        for (const Entry &entry : m_catalog.entries()) {
            const EntryText &english = entry.text(Language::English);
            const EntryText &chinese = entry.text(Language::TraditionalChinese);
            const QList<std::pair<QStringList, QStringList>> fields = {
                {{english.meaning}, {chinese.meaning}},
                {texts(english.causes), texts(chinese.causes)},
                {texts(english.fixSteps), texts(chinese.fixSteps)},
                {english.notes, chinese.notes}};
            for (const auto &[ours, theirs] : fields) {
                QVERIFY2(ours.size() == theirs.size(), qPrintable(entry.id.key()));
                for (qsizetype i = 0; i < ours.size(); ++i) {
                    const QSet<QString> missing = numbersIn(ours[i]) - numbersIn(theirs[i]);
                    QVERIFY2(missing.isEmpty(),
                             qPrintable(entry.id.key() + u": zh_TW lacks "_s +
                                        QStringList(missing.cbegin(), missing.cend()).join(u' ') +
                                        u" of: "_s + ours[i]));
                }
            }
        }
    }

    void everyEntry_hasRelatedCodesThatExist()
    {
        for (const Entry &entry : m_catalog.entries()) {
            QVERIFY2(!entry.related.isEmpty(), qPrintable(entry.id.key()));
            for (const CodeId &target : entry.related)
                QVERIFY2(m_catalog.find(target) && target != entry.id,
                         qPrintable(entry.id.key() + u" -> "_s + target.key()));
        }
    }

    // A reader who follows 500.19 -> win32:13 expects the way back from 0x8007000d to 500.19.
    void relatedCodes_linkBothWays()
    {
        for (const Entry &entry : m_catalog.entries()) {
            for (const CodeId &target : entry.related) {
                const Entry *other = m_catalog.find(target);
                QVERIFY2(
                    other && other->related.contains(entry.id),
                    qPrintable(entry.id.key() + u" -> "_s + target.key() + u" has no way back"_s));
            }
        }
    }

    // An admin checks a fix at its source: every entry names at least one.
    void everyEntry_namesASource()
    {
        for (const Entry &entry : m_catalog.entries())
            QVERIFY2(!entry.references.isEmpty(), qPrintable(entry.id.key()));
    }

    void references_haveATitleInBothLanguages()
    {
        for (const Entry &entry : m_catalog.entries()) {
            for (Language language : allLanguages) {
                const QStringList &titles = entry.text(language).referenceTitles;
                QCOMPARE(titles.size(), entry.references.size());
                for (const QString &title : titles)
                    QVERIFY2(!title.isEmpty(), qPrintable(entry.id.key()));
            }
        }
    }

    void kbArticles_areTheOnesTheDocumentsGive_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("ids");
        QTest::addRow("401.3") << u"http:401.3"_s << QStringList{u"Q187506"_s};
        QTest::addRow("403.2") << u"http:403.2"_s << QStringList{u"Q247677"_s};
        QTest::addRow("403.3") << u"http:403.3"_s << QStringList{u"Q248072"_s};
        QTest::addRow("403.4") << u"http:403.4"_s << QStringList{u"Q224389"_s};
        QTest::addRow("403.5") << u"http:403.5"_s << QStringList{u"Q224389"_s};
        QTest::addRow("403.6") << u"http:403.6"_s << QStringList{u"Q248043"_s};
        QTest::addRow("403.7") << u"http:403.7"_s << QStringList{u"Q190004"_s, u"Q186812"_s};
        QTest::addRow("403.8") << u"http:403.8"_s << QStringList{u"Q248032"_s};
        QTest::addRow("403.9") << u"http:403.9"_s << QStringList{u"Q248074"_s};
        QTest::addRow("403.12") << u"http:403.12"_s << QStringList{u"Q248075"_s};
        QTest::addRow("500") << u"http:500"_s << QStringList{u"Q294807"_s};
        QTest::addRow("500.12") << u"http:500.12"_s << QStringList{u"Q248013"_s};
        QTest::addRow("500.100") << u"http:500.100"_s << QStringList{u"Q261200"_s};
    }

    void kbArticles_areTheOnesTheDocumentsGive()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, ids);
        QStringList found = kbIds(entry(key));
        for (const QString &id : ids)
            QVERIFY2(found.contains(id), qPrintable(key + u" lacks "_s + id));
    }

    // New entries cite numeric KB ids; the Q-numbers all come from the two documents.
    void oldKbNumbers_areNeverInvented()
    {
        // Q318380 is the source article itself; the rest are the articles it names.
        const QSet<QString> named = {u"Q318380"_s, u"Q313437"_s, u"Q187506"_s, u"Q247677"_s,
                                     u"Q248072"_s, u"Q224389"_s, u"Q248043"_s, u"Q190004"_s,
                                     u"Q186812"_s, u"Q248032"_s, u"Q248074"_s, u"Q248075"_s,
                                     u"Q294807"_s, u"Q248013"_s, u"Q261200"_s};
        for (const Entry &entry : m_catalog.entries()) {
            for (const QString &id : kbIds(entry)) {
                if (id.startsWith(u'Q'))
                    QVERIFY2(named.contains(id), qPrintable(entry.id.key() + u" cites "_s + id));
            }
        }
    }

    void commonCodes_areTheDocumentsCommonSections()
    {
        const QSet<QString> expected = {
            u"http:200"_s,   u"http:304"_s,   u"http:401.1"_s,  u"http:401.3"_s,   u"http:403.1"_s,
            u"http:403.2"_s, u"http:403.3"_s, u"http:403.4"_s,  u"http:403.5"_s,   u"http:403.6"_s,
            u"http:403.7"_s, u"http:403.8"_s, u"http:403.9"_s,  u"http:403.12"_s,  u"http:404"_s,
            u"http:408"_s,   u"http:500"_s,   u"http:500.12"_s, u"http:500.100"_s, u"http:502"_s,
            u"ftp:150"_s,    u"ftp:226"_s,    u"ftp:230"_s,     u"ftp:331"_s,      u"ftp:426"_s,
            u"ftp:530"_s,    u"ftp:550"_s};
        // Among the documents' codes; entries added since mark their own everyday codes.
        const QStringList documented = documentCodes();
        QSet<QString> common;
        for (const Entry &entry : m_catalog.entries()) {
            if (entry.common && documented.contains(entry.id.key()))
                common.insert(entry.id.key());
        }
        QCOMPARE(common, expected);
    }

    void commonCodes_carryEveryCauseTheDocumentsGive()
    {
        // 403.1 has two documented causes; 530 three; the document's facts must survive.
        QVERIFY(entry(u"http:403.1"_s).text(Language::English).causes.size() >= 2);
        QVERIFY(entry(u"ftp:530"_s).text(Language::English).causes.size() >= 3);
        const auto mentions = [&](const QString &key, const QString &needle) {
            const EntryText &text = entry(key).text(Language::English);
            const QString all = QStringList{text.meaning, texts(text.causes).join(u' '),
                                            texts(text.fixSteps).join(u' '), text.notes.join(u' ')}
                                    .join(u' ');
            return all.contains(needle, Qt::CaseInsensitive);
        };
        QVERIFY(mentions(u"http:403.9"_s, u"10"_s));
        QVERIFY(mentions(u"http:404"_s, u"Rejected by URLScan"_s));
        QVERIFY(mentions(u"http:500.12"_s, u"Global.asa"_s));
        QVERIFY(mentions(u"http:500.100"_s, u"friendly HTTP error messages"_s));
        QVERIFY(mentions(u"http:401.3"_s, u"Inetsrv"_s));
        QVERIFY(mentions(u"http:403.4"_s, u"Require secure channel"_s));
        QVERIFY(mentions(u"http:502"_s, u"CGI"_s));
        QVERIFY(mentions(u"ftp:150"_s, u"20"_s));
    }

    void versions_followTheDocuments()
    {
        // IIS 6.0 added these; 401.7, 500.16 and 500.18 went with it, KB 943891 keeps 403.18-20.
        for (const QString &key : {u"http:401.7"_s, u"http:500.16"_s, u"http:500.18"_s})
            QCOMPARE(entry(key).iisVersions.versions(), QStringList{u"6.0"_s});
        for (const QString &key : {u"http:403.18"_s, u"http:403.19"_s, u"http:403.20"_s})
            QCOMPARE(entry(key).iisVersions.versions().first(), u"6.0"_s);
        QCOMPARE(entry(u"http:500.100"_s).aliases, QStringList{u"500-100.ASP"_s});
        QVERIFY(entry(u"http:404"_s).aliases.contains(u"404.0"_s));
    }

    void search_phrasesPeopleCopy_findTheirEntryFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addRow("browser") << u"HTTP Error 403.14 - Forbidden"_s << u"http:403.14"_s;
        QTest::addRow("dashed") << u"403-14"_s << u"http:403.14"_s;
        QTest::addRow("old page") << u"500-12"_s << u"http:500.12"_s;
        QTest::addRow("asp page") << u"500-100.ASP"_s << u"http:500.100"_s;
        QTest::addRow("log") << u"sc-status 401 sc-substatus 2"_s << u"http:401.2"_s;
        QTest::addRow("ftp only") << u"550"_s << u"ftp:550"_s;
        QTest::addRow("ftp word") << u"ftp 530"_s << u"ftp:530"_s;
        QTest::addRow("both protocols") << u"500"_s << u"http:500"_s;
        QTest::addRow("kb") << u"Q248072"_s << u"http:403.3"_s;
        QTest::addRow("words") << u"ssl required"_s << u"http:403.4"_s;
        QTest::addRow("source wording zh") << u"客戶證書已被吊銷"_s << u"http:403.13"_s;
        QTest::addRow("source title zh") << u"禁止訪問"_s << u"http:403"_s;
        QTest::addRow("taiwan wording zh") << u"拒絕列出目錄"_s << u"http:403.14"_s;
        // What IIS 7-10 pages, W3C, FTP and HTTPERR logs print.
        QTest::addRow("iis 10 page")
            << u"HTTP Error 500.19 - Internal Server Error"_s << u"http:500.19"_s;
        QTest::addRow("iis 10 page error code")
            << u"Error Code 0x8007000d Config Error"_s << u"win32:13"_s;
        QTest::addRow("ancm page") << u"HTTP Error 502.5 - Process Failure"_s << u"http:502.5"_s;
        QTest::addRow("iis 10 page 404.3") << u"HTTP Error 404.3 - Not Found"_s << u"http:404.3"_s;
        QTest::addRow("iis 10 page with error code")
            << u"HTTP Error 500.19 - Internal Server Error Error Code 0x8007000d"_s
            << u"http:500.19"_s;
        // zh-TW IIS writes the same headings with 錯誤 for Error and the English reason.
        QTest::addRow("zh iis 10 page")
            << u"HTTP 錯誤 500.19 - Internal Server Error"_s << u"http:500.19"_s;
        QTest::addRow("zh ancm page") << u"HTTP 錯誤 502.5 - Process Failure"_s << u"http:502.5"_s;
        QTest::addRow("zh 404.3 page") << u"HTTP 錯誤 404.3 - Not Found"_s << u"http:404.3"_s;
        QTest::addRow("dynamic ip log pair")
            << u"sc-status 403 sc-substatus 502"_s << u"http:403.502"_s;
        QTest::addRow("arr substatus") << u"HTTP Error 400.605"_s << u"http:400.605"_s;
        QTest::addRow("arr log triple") << u"502 3 12002"_s << u"http:502.3"_s;
        QTest::addRow("winhttp hresult") << u"0x80072ee2"_s << u"win32:12002"_s;
        QTest::addRow("ancm page 500.30")
            << u"HTTP Error 500.30 - ASP.NET Core app failed to start"_s << u"http:500.30"_s;
        // HTTP.sys names some reasons with plain words; in a sentence they stay words.
        QTest::addRow("reason word in a phrase") << u"internal server error"_s << u"http:500"_s;
        QTest::addRow("reason word alone") << u"Forbidden"_s << u"http:403"_s;
        QTest::addRow("reason word with httperr")
            << u"httperr Forbidden"_s << u"httperr:Forbidden"_s;
        QTest::addRow("reason with slash") << u"N/A"_s << u"httperr:N/A"_s;
        // An FTP log writes status, win32, substatus; no kind named, the catalog tells.
        QTest::addRow("ftp log triple alone") << u"530 1326 41"_s << u"ftp:530"_s;
        QTest::addRow("ftp log triple substatus") << u"550 5 2"_s << u"ftp:550"_s;
        QTest::addRow("web log triple with win32") << u"500 0 64"_s << u"http:500"_s;
        // A whole line pasted from a W3C log (IIS 7.5-10 and FTP 7+ default fields).
        QTest::addRow("pasted web log line")
            << u"2024-05-01 00:00:02 10.0.0.1 GET /app - 443 - 192.0.2.7 "
               "Mozilla/5.0+(Windows+NT+10.0) https://www.example.com/ 401 2 5 31"_s
            << u"http:401.2"_s;
        QTest::addRow("pasted ftp log line")
            << u"2024-05-01 00:00:03 192.0.2.3 - 10.0.0.1 21 PASS *** 530 1326 41 "
               "a1b2c3d4-0000-0000-0000-000000000001 -"_s
            << u"ftp:530"_s;
        QTest::addRow("web log triple") << u"401 1 2148074254"_s << u"http:401.1"_s;
        QTest::addRow("ftp log triple") << u"ftp 530 1326 41"_s << u"ftp:530"_s;
        QTest::addRow("hresult") << u"0x80070005"_s << u"win32:5"_s;
        QTest::addRow("sspi hresult") << u"0x8009030E"_s << u"win32:2148074254"_s;
        QTest::addRow("win32 decimal hresult") << u"2148074254"_s << u"win32:2148074254"_s;
        QTest::addRow("padded hex") << u"0x0000052e"_s << u"win32:1326"_s;
        QTest::addRow("symbol") << u"ERROR_ACCESS_DENIED"_s << u"win32:5"_s;
        QTest::addRow("win32 word") << u"win32 64"_s << u"win32:64"_s;
        QTest::addRow("win32 log field") << u"sc-win32-status 1236"_s << u"win32:1236"_s;
        QTest::addRow("httperr reason")
            << u"Timer_ConnectionIdle"_s << u"httperr:Timer_ConnectionIdle"_s;
        QTest::addRow("httperr reason lower") << u"queuefull"_s << u"httperr:QueueFull"_s;
        QTest::addRow("ftp ssl policy") << u"534 Policy requires SSL"_s << u"ftp:534"_s;
        QTest::addRow("zh win32 title") << u"存取被拒"_s << u"win32:5"_s;
        QTest::addRow("zh httperr title") << u"閒置連線逾時"_s << u"httperr:Timer_ConnectionIdle"_s;
        QTest::addRow("zh ftp substatus") << u"驗證過程中發生錯誤"_s << u"ftp-substatus:41"_s;
    }

    void search_phrasesPeopleCopy_findTheirEntryFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const QList<SearchResult> results = SearchEngine(m_catalog).search(query);
        QVERIFY2(!results.isEmpty(), "no results");
        QCOMPARE(results.first().entry->id.key(), first);
    }

    // Microsoft's zh-TW documents and IIS Manager write 用戶端, 權限, 類型 (as in 「MIME 類型」),
    // 連接埠, 控制台, 命名空間, 站台 (the Sites node) and 「預設文件」 (the Default Document
    // feature, the IIS 6.0 Documents tab), which s2twp rewrites into its own Taiwan phrasing.
    // Both spellings are Taiwan usage, so they are folded together before comparing; anything
    // else s2twp changes is a Simplified character or a mainland term.
    static QString foldTaiwanSynonyms(QString text)
    {
        static const QList<std::pair<QString, QString>> synonyms = {
            {u"使用者端"_s, u"用戶端"_s},
            {u"許可權"_s, u"權限"_s},
            {u"型別"_s, u"類型"_s},
            {u"類別"_s, u"類型"_s},
            {u"連線埠"_s, u"連接埠"_s},
            {u"預設檔案"_s, u"預設文件"_s},
            {u"「檔案」索引標籤"_s, u"「文件」索引標籤"_s},
            {u"「檔案 (Documents)」"_s, u"「文件 (Documents)」"_s},
            {u"控制檯"_s, u"控制台"_s},
            {u"站臺"_s, u"站台"_s},
            {u"名稱空間"_s, u"命名空間"_s}};
        for (const auto &[theirs, ours] : synonyms)
            text.replace(theirs, ours);
        return text;
    }

    void chineseText_hasNoMainlandTerms()
    {
        // Words s2twp would fix but Taiwan readers should never see in the first place.
        const QStringList mainland = {u"默認"_s,   u"信息"_s, u"網絡"_s,   u"服務器"_s, u"證書"_s,
                                      u"文件夾"_s, u"軟件"_s, u"數據庫"_s, u"用戶名"_s};
        for (const QString &text : chineseReadingText()) {
            for (const QString &term : mainland)
                QVERIFY2(!text.contains(term), qPrintable(term + u" in "_s + text));
        }
    }

    void chineseText_isTaiwanUsage_unchangedByOpenccS2twp()
    {
        const QString opencc = QStandardPaths::findExecutable(u"opencc"_s);
        if (opencc.isEmpty())
            QSKIP("opencc is not installed (the setup script installs it)");
#ifdef IISREF_TSAN_BUILD
        // QProcess starts opencc through clone(), which clang 14's TSan runtime aborts on
        // (CHECK failed in ForkAfter); the GCC and ASan runs check the text.
        QSKIP("QProcess cannot start a program under this ThreadSanitizer");
#endif
        QStringList strings = chineseReadingText();
        // One string a line, so a line break inside a string would misalign the comparison.
        for (QString &string : strings)
            string.replace(u'\n', u' ');
        QProcess process;
        process.start(opencc, {u"-c"_s, u"s2twp.json"_s});
        QVERIFY(process.waitForStarted());
        process.write(strings.join(u'\n').toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList converted =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        QVERIFY(converted.size() >= strings.size());
        int changed = 0;
        for (int i = 0; i < strings.size(); ++i) {
            if (foldTaiwanSynonyms(converted[i]) != foldTaiwanSynonyms(strings[i])) {
                qWarning().noquote()
                    << "opencc s2twp changes:" << strings[i] << "->" << converted[i];
                ++changed;
            }
        }
        QCOMPARE(changed, 0);
    }
};

QTEST_GUILESS_MAIN(TestBuiltInCatalog)
#include "TestBuiltInCatalog.moc"
