// SPDX-License-Identifier: MIT
#include "CatalogBinary.h"
#include "CatalogLoader.h"
#include "MedianTiming.h"
#include "SearchEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// Loading and searching, each next to the least work that could do the same job: parsing the
// same JSON without validating it, and a case-insensitive title scan without ranking.
class BenchDomain final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

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
        return {CatalogBinary::writeFacts(big), CatalogBinary::writeLanguage(big, Language::English)};
    }

    static void readCompiled(const std::pair<QByteArray, QByteArray> &blobs)
    {
        std::optional<Catalog> catalog = CatalogBinary::readFacts(blobs.first, nullptr);
        CatalogBinary::readLanguage(*catalog, blobs.second, nullptr);
    }

    int titleScan(const QString &needle) const
    {
        int hits = 0;
        for (const Entry &entry : m_catalog.entries())
            hits +=
                entry.text(Language::English).title.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        return hits;
    }

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::loadBuiltIn();
        QVERIFY(!m_catalog.isEmpty());
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

    void ratios()
    {
        const double parse = medianNanosecondsPerCall(&BenchDomain::parseOnly, 20);
        const double load = medianNanosecondsPerCall([] { CatalogLoader::loadBuiltIn(); }, 20);
        const double first = medianNanosecondsPerCall(
            [] { CatalogLoader::loadBuiltIn(Language::English); }, 20);
        const double json = medianNanosecondsPerCall(
            [] { CatalogLoader::load(CatalogLoader::sourcesInDirectory(
                     QStringLiteral(IISREF_SOURCE_DIR) + u"/resources/codes"_s)); }, 20);
        const QList<QByteArray> bigJson = jsonTimes(10);
        const double parseBig = medianNanosecondsPerCall([&] {
            for (const QByteArray &bytes : bigJson)
                QJsonDocument::fromJson(bytes);
        }, 5);
        const auto bigCompiled = compiledTimes(10);
        const double firstBig = medianNanosecondsPerCall([&] { readCompiled(bigCompiled); }, 5);
        const SearchEngine engine(m_catalog);
        const double scan = medianNanosecondsPerCall([&] { titleScan(u"forbidden"_s); }, 2000);
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
};

QTEST_GUILESS_MAIN(BenchDomain)
#include "BenchDomain.moc"
