// SPDX-License-Identifier: MIT
#include "CatalogBinary.h"
#include "CatalogLoader.h"
#include "MedianTiming.h"
#include "SearchEngine.h"
#include "WordIndex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// Loading and searching, each next to the least work that could do the same job: parsing the
// same JSON without validating it, and a case-insensitive title scan without ranking. Search
// is also measured on a catalog ten times today's, the size the word index is for.
class BenchDomain final : public QObject
{
    Q_OBJECT

private:
    static constexpr int scale = 10;

    Catalog m_catalog;
    Catalog m_scaled;

    // Copy `copy` of an entry under a code no other entry has: HTTP substatus offsets, a
    // suffixed HTTP.sys reason, or a number past every real one for the other kinds.
    static CodeId cloneId(const CodeId &id, int copy)
    {
        if (copy == 0)
            return id;
        if (id.kind() == CodeKind::HttpErr)
            return CodeId::reason(id.reasonName() + u'_' + QString::number(copy));
        if (id.traits().hasSubstatus)
            return CodeId(id.kind(), id.value(), std::max(id.substatus(), 0) + 1000 * copy);
        return CodeId(id.kind(), id.value() + 10'000'000'000LL * copy);
    }

    // Today's entries `times` over. Each copy's title says which copy it is and its meaning
    // borrows another entry's title, so the texts are not identical strings and the index
    // meets n-grams in new combinations, as new content would bring.
    static Catalog scaledCatalog(const Catalog &catalog, int times)
    {
        const QList<Entry> &entries = catalog.entries();
        QList<Entry> scaled;
        scaled.reserve(entries.size() * times);
        for (int copy = 0; copy < times; ++copy) {
            for (qsizetype i = 0; i < entries.size(); ++i) {
                Entry entry = entries[i];
                entry.id = cloneId(entry.id, copy);
                const Entry &other = entries[(i + copy) % entries.size()];
                for (qsizetype language = 0; language < qsizetype(entry.texts.size()); ++language) {
                    std::optional<EntryText> &text = entry.texts[language];
                    if (!text || copy == 0)
                        continue;
                    text->title += u" #"_s + QString::number(copy);
                    if (other.texts[language])
                        text->meaning += u' ' + other.texts[language]->title;
                }
                scaled.append(entry);
            }
        }
        return Catalog(scaled, {});
    }

    static int titleScan(const Catalog &catalog, const QString &needle)
    {
        int hits = 0;
        for (const Entry &entry : catalog.entries())
            hits +=
                entry.text(Language::English).title.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        return hits;
    }

    // About what word search did before the index: every field of every entry, for every word.
    static int fullScan(const WordIndex &texts, const QStringList &words)
    {
        int hits = 0;
        for (int i = 0; i < texts.entryCount(); ++i) {
            bool all = true;
            for (const QString &word : words) {
                all = all && std::any_of(texts.texts(i).cbegin(), texts.texts(i).cend(),
                                         [&](const WordIndex::Texts &text) {
                                             return text.title.contains(word) ||
                                                    text.keywords.contains(word) ||
                                                    text.body.contains(word);
                                         });
            }
            hits += all ? 1 : 0;
        }
        return hits;
    }

    // Every prefix of `typed`, as the window searches them one keystroke at a time.
    static QStringList keystrokes(const QString &typed)
    {
        QStringList prefixes;
        for (qsizetype length = 1; length <= typed.size(); ++length)
            prefixes.append(typed.first(length));
        return prefixes;
    }

    // The same catalog as the JSON it is compiled from, parsed without any checks.
    static void parseOnly()
    {
        for (const CatalogSource &source : CatalogLoader::sourcesInDirectory(
                 QStringLiteral(IISREF_SOURCE_DIR) + u"/resources/codes"_s)) {
            QFile file(source.path);
            file.open(QIODevice::ReadOnly);
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
            Q_UNUSED(document)
        }
    }

    // The shipped JSON with its entries repeated `times` times: what parsing a catalog that
    // size would cost at the least.
    static QList<QByteArray> jsonTimes(int times)
    {
        QList<QByteArray> files;
        for (const CatalogSource &source : CatalogLoader::sourcesInDirectory(
                 QStringLiteral(IISREF_SOURCE_DIR) + u"/resources/codes"_s)) {
            QFile file(source.path);
            file.open(QIODevice::ReadOnly);
            QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            QJsonArray entries;
            for (int i = 0; i < times; ++i) {
                for (const QJsonValue &entry : root.value(u"entries"_s).toArray())
                    entries.append(entry);
            }
            root.insert(u"entries"_s, entries);
            files.append(QJsonDocument(root).toJson(QJsonDocument::Compact));
        }
        return files;
    }

    // The built-in catalog's entries `times` times over, under distinct Win32 codes after the
    // first copy, compiled as the build compiles the real one.
    std::pair<QByteArray, QByteArray> compiledTimes(int times) const
    {
        QList<Entry> entries;
        for (int copy = 0; copy < times; ++copy) {
            for (Entry entry : m_catalog.entries()) {
                if (copy > 0)
                    entry.id = CodeId(CodeKind::Win32, 100000 + copy * 10000 + entries.size());
                entries.append(entry);
            }
        }
        const Catalog big(entries, {});
        return {CatalogBinary::writeFacts(big),
                CatalogBinary::writeLanguage(big, Language::English)};
    }

    static void readCompiled(const std::pair<QByteArray, QByteArray> &blobs)
    {
        std::optional<Catalog> catalog = CatalogBinary::readFacts(blobs.first, nullptr);
        CatalogBinary::readLanguage(*catalog, blobs.second, nullptr);
    }

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::loadBuiltIn();
        QVERIFY(!m_catalog.isEmpty());
        m_scaled = scaledCatalog(m_catalog, scale);
        QSet<QString> keys;
        for (const Entry &entry : m_scaled.entries())
            keys.insert(entry.id.key());
        QCOMPARE(keys.size(), m_catalog.entries().size() * scale);
    }

    void loadBaseline_parseJsonOnly()
    {
        QBENCHMARK
        {
            parseOnly();
        }
    }

    void loadCatalog()
    {
        QBENCHMARK
        {
            const Catalog catalog = CatalogLoader::loadBuiltIn();
            Q_UNUSED(catalog)
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("browser phrase") << u"HTTP Error 403.14 - Forbidden"_s;
        QTest::addRow("english words") << u"ssl required"_s;
        QTest::addRow("chinese words") << u"禁止訪問"_s;
        QTest::addRow("kb number") << u"Q248072"_s;
    }

    void search()
    {
        QFETCH(QString, query);
        const SearchEngine engine(m_catalog);
        QBENCHMARK
        {
            const QList<SearchResult> results = engine.search(query);
            Q_UNUSED(results)
        }
    }

    void searchScaled_data() { search_data(); }

    void searchScaled()
    {
        QFETCH(QString, query);
        const SearchEngine engine(m_scaled);
        engine.search(query); // the first word search builds the index; see buildWordIndexScaled
        QBENCHMARK
        {
            const QList<SearchResult> results = engine.search(query);
            Q_UNUSED(results)
        }
    }

    void buildWordIndexScaled()
    {
        QBENCHMARK
        {
            const WordIndex index(m_scaled);
            Q_UNUSED(index)
        }
    }

    void ratios()
    {
        const double parse = medianNanosecondsPerCall(&BenchDomain::parseOnly, 20);
        const double load = medianNanosecondsPerCall([] { CatalogLoader::loadBuiltIn(); }, 20);
        const double first =
            medianNanosecondsPerCall([] { CatalogLoader::loadBuiltIn(Language::English); }, 20);
        const double json = medianNanosecondsPerCall(
            [] {
                CatalogLoader::load(CatalogLoader::sourcesInDirectory(
                    QStringLiteral(IISREF_SOURCE_DIR) + u"/resources/codes"_s));
            },
            20);
        const QList<QByteArray> bigJson = jsonTimes(10);
        const double parseBig = medianNanosecondsPerCall(
            [&] {
                for (const QByteArray &bytes : bigJson)
                    QJsonDocument::fromJson(bytes);
            },
            5);
        const auto bigCompiled = compiledTimes(10);
        const double firstBig = medianNanosecondsPerCall([&] { readCompiled(bigCompiled); }, 5);
        const SearchEngine engine(m_catalog);
        const double scan =
            medianNanosecondsPerCall([&] { titleScan(m_catalog, u"forbidden"_s); }, 2000);
        const double words =
            medianNanosecondsPerCall([&] { engine.search(u"ssl required"_s); }, 2000);
        const double code = medianNanosecondsPerCall(
            [&] { engine.search(u"HTTP Error 403.14 - Forbidden"_s); }, 2000);
        qInfo().noquote() << u"load both languages: %1 µs = %2× parsing the same JSON (%3 µs)"_s
                                 .arg(load / 1000, 0, 'f', 1)
                                 .arg(load / parse, 0, 'f', 2)
                                 .arg(parse / 1000, 0, 'f', 1);
        qInfo().noquote() << u"load the first frame's language: %1 µs = %2× parsing the JSON"_s
                                 .arg(first / 1000, 0, 'f', 1)
                                 .arg(first / parse, 0, 'f', 2);
        qInfo().noquote() << u"--catalog (JSON, validated, both languages): %1 µs = %2× parsing"_s
                                 .arg(json / 1000, 0, 'f', 1)
                                 .arg(json / parse, 0, 'f', 2);
        qInfo().noquote() << u"10× catalog, first language: %1 µs = %2× parsing its JSON (%3 µs)"_s
                                 .arg(firstBig / 1000, 0, 'f', 1)
                                 .arg(firstBig / parseBig, 0, 'f', 2)
                                 .arg(parseBig / 1000, 0, 'f', 1);
        qInfo().noquote() << u"search words: %1 µs = %2× a bare title scan (%3 µs)"_s
                                 .arg(words / 1000, 0, 'f', 1)
                                 .arg(words / scan, 0, 'f', 2)
                                 .arg(scan / 1000, 0, 'f', 1);
        qInfo().noquote() << u"search code phrase: %1 µs = %2× a bare title scan"_s
                                 .arg(code / 1000, 0, 'f', 1)
                                 .arg(code / scan, 0, 'f', 2);
        QVERIFY(load > 0 && words > 0);
    }

    // The word index against the bare title scan at today's size and at ten times it, all
    // measured in this run; keystrokes are each prefix of a query, as the window sends them.
    // "application pool" is the slow case: common words, each found in hundreds of texts.
    // Building is set against loading today's catalog, the other price of a first search.
    void scaledRatios()
    {
        const double load = medianNanosecondsPerCall([] { CatalogLoader::loadBuiltIn(); }, 5);
        struct Size {
            QString name;
            const Catalog &catalog;
        };
        const QList<Size> sizes = {{u"1×"_s, m_catalog},
                                   {QString::number(scale) + u"×"_s, m_scaled}};
        const QStringList queries = {u"ssl required"_s, u"禁止訪問"_s, u"logon failure"_s,
                                     u"application pool"_s};
        for (const Size &size : sizes) {
            const SearchEngine engine(size.catalog);
            engine.search(u"warm"_s); // builds the index outside the timings below
            const double scan =
                medianNanosecondsPerCall([&] { titleScan(size.catalog, u"forbidden"_s); }, 200);
            const QString head =
                u"%1 (%2 entries)"_s.arg(size.name).arg(size.catalog.entries().size());
            const QString scanText = QString::number(scan / 1000, 'f', 1);
            qInfo().noquote() << u"%1: bare title scan %2 µs"_s.arg(head, scanText);
            const WordIndex texts(size.catalog);
            for (const QString &query : queries) {
                const double words = medianNanosecondsPerCall([&] { engine.search(query); }, 200);
                const QStringList split = query.toCaseFolded().split(u' ');
                const double full = medianNanosecondsPerCall([&] { fullScan(texts, split); }, 20);
                double worst = 0;
                double total = 0;
                const QStringList typed = keystrokes(query);
                for (const QString &prefix : typed) {
                    const double key = medianNanosecondsPerCall([&] { engine.search(prefix); }, 50);
                    worst = std::max(worst, key);
                    total += key;
                }
                qInfo().noquote()
                    << u"%1: search \"%2\" %3 µs = %4× the title scan; scanning every field "
                       "would be %5 µs; per keystroke %6 µs on average, at most %7 µs = %8×"_s
                           .arg(head, query)
                           .arg(words / 1000, 0, 'f', 1)
                           .arg(words / scan, 0, 'f', 2)
                           .arg(full / 1000, 0, 'f', 1)
                           .arg(total / typed.size() / 1000, 0, 'f', 1)
                           .arg(worst / 1000, 0, 'f', 1)
                           .arg(worst / scan, 0, 'f', 2);
            }
            const double code = medianNanosecondsPerCall(
                [&] { engine.search(u"HTTP Error 403.14 - Forbidden"_s); }, 200);
            qInfo().noquote() << u"%1: search code phrase %2 µs = %3× the title scan"_s.arg(head)
                                     .arg(code / 1000, 0, 'f', 1)
                                     .arg(code / scan, 0, 'f', 2);
            const double build =
                medianNanosecondsPerCall([&] { const WordIndex index(size.catalog); }, 1, 5);
            qInfo().noquote()
                << u"%1: build word index %2 ms = %3× loading today's catalog; postings %4 KiB "
                   "= %5× the %6 KiB of folded text they index"_s.arg(head)
                       .arg(build / 1e6, 0, 'f', 2)
                       .arg(build / load, 0, 'f', 2)
                       .arg(texts.postingBytes() / 1024)
                       .arg(double(texts.postingBytes()) / texts.textBytes(), 0, 'f', 2)
                       .arg(texts.textBytes() / 1024);
            QVERIFY(scan > 0 && build > 0);
        }
    }
};

QTEST_GUILESS_MAIN(BenchDomain)
#include "BenchDomain.moc"
