// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "ItemDataRole.h"
#include "QueryParser.h"
#include "SearchEngine.h"
#include "SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestSearchResultModel final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::load(
            CatalogLoader::sourcesInDirectory(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s));
        QVERIFY(m_catalog.issues().isEmpty());
    }

    void model_passesQAbstractItemModelTesterThroughResets()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SearchEngine engine(m_catalog);
        model.setResults(engine.search(u"403"_s));
        model.setLanguage(Language::TraditionalChinese);
        model.setSuggestions(engine.suggestions(QueryParser::parse(u"999"_s)));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void rows_followRankAndShowProtocol()
    {
        SearchResultModel model;
        const SearchEngine engine(m_catalog);
        model.setResults(engine.search(u"500"_s));
        QCOMPARE(model.index(0).data(CodeKeyRole).toString(), u"http:500"_s);
        QCOMPARE(model.index(1).data(CodeKeyRole).toString(), u"ftp:500"_s);
        QCOMPARE(model.index(1).data(EntryRole).value<const Entry *>(),
                 m_catalog.find(CodeId(CodeKind::Ftp, 500)));
        QCOMPARE(model.index(1).data().toString(),
                 u"FTP 500 — Syntax error, command unrecognized"_s);
        QCOMPARE(model.rowOf(CodeId(CodeKind::Ftp, 500)), 1);
        QVERIFY(!model.showsSuggestions());
    }

    void setLanguage_switchesTitles()
    {
        SearchResultModel model;
        model.setResults(SearchEngine(m_catalog).search(u"550"_s));
        model.setLanguage(Language::TraditionalChinese);
        QCOMPARE(model.index(0).data(TitleRole).toString(), u"檔案無法使用"_s);
    }

    void setSuggestions_marksModel()
    {
        SearchResultModel model;
        const SearchEngine engine(m_catalog);
        model.setSuggestions(engine.suggestions(QueryParser::parse(u"552"_s)));
        QVERIFY(model.showsSuggestions());
        QCOMPARE(model.index(0).data(CodeKeyRole).toString(), u"ftp:550"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "TestSearchResultModel.moc"
