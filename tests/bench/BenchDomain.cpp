// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "MedianTiming.h"
#include "SearchEngine.h"

#include <QFile>
#include <QJsonDocument>
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

    static void parseOnly()
    {
        for (const CatalogSource &source : CatalogLoader::builtInSources()) {
            QFile file(source.path);
            file.open(QIODevice::ReadOnly);
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
            Q_UNUSED(document)
        }
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
        const SearchEngine engine(m_catalog);
        const double scan = medianNanosecondsPerCall([&] { titleScan(u"forbidden"_s); }, 2000);
        const double words =
            medianNanosecondsPerCall([&] { engine.search(u"ssl required"_s); }, 2000);
        const double code = medianNanosecondsPerCall(
            [&] { engine.search(u"HTTP Error 403.14 - Forbidden"_s); }, 2000);
        qInfo().noquote() << u"load catalog: %1 µs = %2× parsing the same JSON (%3 µs)"_s
                                 .arg(load / 1000, 0, 'f', 1)
                                 .arg(load / parse, 0, 'f', 2)
                                 .arg(parse / 1000, 0, 'f', 1);
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
