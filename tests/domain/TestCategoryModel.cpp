// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "CategoryModel.h"
#include "ItemDataRole.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestCategoryModel final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static QModelIndex childWithText(const QAbstractItemModel &model, const QModelIndex &parent,
                                     const QString &prefix)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            if (child.data().toString().startsWith(prefix))
                return child;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::load(
            CatalogLoader::sourcesInDirectory(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s));
        QVERIFY(m_catalog.issues().isEmpty());
    }

    void model_passesQAbstractItemModelTester()
    {
        CategoryModel model(m_catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLanguage(Language::TraditionalChinese);
        model.retranslate();
    }

    void tree_isCommonThenKindThenGroupThenCodeThenSubstatus()
    {
        CategoryModel model(m_catalog);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(NodeKindRole).toInt(), int(NodeKind::CommonGroup));
        // Each kind shows how many entries it holds: 9 HTTP and 3 FTP codes in the fixture.
        QCOMPARE(model.index(1, 0).data().toString(), u"HTTP (9)"_s);
        QCOMPARE(model.index(1, 0).data(KindRole).toString(), u"http"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"FTP (3)"_s);
        QCOMPARE(model.index(2, 0).data(EntryCountRole).toInt(), 3);

        const QModelIndex http = model.index(1, 0);
        const QModelIndex clientErrors = childWithText(model, http, u"4xx"_s);
        QVERIFY(clientErrors.isValid());
        // 401.1, 403, 403.4, 403.5, 403.14, 404 in the fixture.
        QCOMPARE(clientErrors.data(EntryCountRole).toInt(), 6);
        QVERIFY2(clientErrors.data().toString().contains(u"Client error"_s),
                 qPrintable(clientErrors.data().toString()));
        QVERIFY(clientErrors.data().toString().endsWith(u"(6)"_s));

        const QModelIndex forbidden = childWithText(model, clientErrors, u"403 "_s);
        QVERIFY(forbidden.isValid());
        QCOMPARE(model.rowCount(forbidden), 3);
        QCOMPARE(model.index(2, 0, forbidden).data(CodeKeyRole).toString(), u"http:403.14"_s);
        // Views take the entry itself, never a key parsed back into a code.
        QCOMPARE(model.index(2, 0, forbidden).data(EntryRole).value<const Entry *>(),
                 m_catalog.find(CodeId(CodeKind::Http, 403, 14)));
        QCOMPARE(clientErrors.data(EntryRole).value<const Entry *>(), nullptr);
        QCOMPARE(model.index(2, 0, forbidden).data().toString(),
                 u"403.14 — Directory listing denied"_s);

        // A substatus whose status has no entry still hangs under a node for that status.
        const QModelIndex unauthorized = childWithText(model, clientErrors, u"401"_s);
        QVERIFY(unauthorized.isValid());
        QCOMPARE(unauthorized.data(CodeKeyRole).toString(), u"http:401"_s);
        QCOMPARE(model.index(0, 0, unauthorized).data(CodeKeyRole).toString(), u"http:401.1"_s);
    }

    void commonGroup_listsTheCodesTheDocumentsSingleOut()
    {
        CategoryModel model(m_catalog);
        const QModelIndex common = model.index(0, 0);
        QStringList keys;
        for (int row = 0; row < model.rowCount(common); ++row)
            keys.append(model.index(row, 0, common).data(CodeKeyRole).toString());
        QStringList expected;
        for (const Entry &entry : m_catalog.entries()) {
            if (entry.common)
                expected.append(entry.id.key());
        }
        QCOMPARE(keys, expected);
        QVERIFY(model.index(0, 0, common).data().toString().startsWith(u"HTTP "_s));
    }

    void indexForCode_pointsIntoKindTree()
    {
        CategoryModel model(m_catalog);
        const QModelIndex index = model.indexForCode(CodeId(CodeKind::Ftp, 550));
        QVERIFY(index.isValid());
        QCOMPARE(index.data(CodeKeyRole).toString(), u"ftp:550"_s);
        QCOMPARE(index.parent().parent().data(KindRole).toString(), u"ftp"_s);
        QVERIFY(!model.indexForCode(CodeId(CodeKind::Ftp, 999)).isValid());
    }

    void setLanguage_changesTextsAndNotifiesViews()
    {
        CategoryModel model(m_catalog);
        const QModelIndex index = model.indexForCode(CodeId(CodeKind::Http, 403, 14));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(Language::TraditionalChinese);
        QVERIFY(changed.count() > 0);
        QCOMPARE(index.data().toString(), u"403.14 — 拒絕列出目錄"_s);
        QVERIFY(model.indexForCode(CodeId(CodeKind::Http, 500))
                    .parent()
                    .data()
                    .toString()
                    .contains(u"伺服器錯誤"_s));
        model.setLanguage(Language::English);
        QCOMPARE(index.data().toString(), u"403.14 — Directory listing denied"_s);
    }
};

QTEST_GUILESS_MAIN(TestCategoryModel)
#include "TestCategoryModel.moc"
