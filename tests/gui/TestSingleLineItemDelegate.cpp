// SPDX-License-Identifier: MIT
// The tree and the result list draw their rows with SingleLineItemDelegate, which lays the text
// out once instead of three times. It must look exactly like the style's own drawing: the same
// pixels for a plain row, a selected one, an elided one, and in a right-to-left layout.
#include "SingleLineItemDelegate.h"

#include <QApplication>
#include <QImage>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestSingleLineItemDelegate final : public QObject
{
    Q_OBJECT

private:
    static QImage drawn(QAbstractItemDelegate *delegate, const QStringList &rows, int width,
                        Qt::LayoutDirection direction, int selectedRow)
    {
        // As the category tree shows them: a group with its codes, the column as wide as the view.
        QStandardItemModel model;
        auto *group = new QStandardItem(u"Common codes"_s);
        for (const QString &row : rows)
            group->appendRow(new QStandardItem(row));
        model.appendRow(group);
        QTreeView view;
        view.setHeaderHidden(true);
        view.setUniformRowHeights(true);
        view.setLayoutDirection(direction);
        view.setModel(&model);
        if (delegate)
            view.setItemDelegate(delegate);
        view.resize(width, 200);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return {};
        view.expandAll();
        if (selectedRow >= 0)
            view.setCurrentIndex(group->child(selectedRow)->index());
        view.setFocus();
        QApplication::processEvents();
        return view.viewport()->grab().toImage();
    }

    static void compareWithStyle(const QStringList &rows, int width,
                                 Qt::LayoutDirection direction = Qt::LeftToRight,
                                 int selectedRow = -1)
    {
        const QImage style = drawn(nullptr, rows, width, direction, selectedRow);
        SingleLineItemDelegate delegate;
        const QImage ours = drawn(&delegate, rows, width, direction, selectedRow);
        QVERIFY(!style.isNull());
        QCOMPARE(ours.size(), style.size());
        QVERIFY2(ours == style, "the delegate's rows differ from the style's");
    }

private slots:
    void plainRows_lookLikeTheStyles()
    {
        compareWithStyle(
            {u"HTTP 403.14 — Directory listing denied"_s, u"FTP 530 — Not logged in"_s}, 400);
    }

    void selectedRow_usesTheHighlightedTextColour()
    {
        compareWithStyle({u"HTTP 200 — OK"_s, u"HTTP 404 — Not found"_s}, 300, Qt::LeftToRight, 1);
    }

    void longRow_isElidedAsTheStyleElidesIt()
    {
        compareWithStyle({u"HTTP 500.30 — In-Process Startup Failure of the ASP.NET Core app"_s},
                         160);
    }

    void rightToLeft_isAlignedAsTheStyleAlignsIt()
    {
        compareWithStyle({u"HTTP 403.4 — SSL required"_s, u"403.4 — 需要 SSL"_s}, 300,
                         Qt::RightToLeft);
    }

    void chineseRows_lookLikeTheStyles()
    {
        compareWithStyle({u"HTTP 403.7 — 要求用戶端憑證"_s, u"Win32 5 — 存取被拒"_s}, 300);
    }
};

QTEST_MAIN(TestSingleLineItemDelegate)
#include "TestSingleLineItemDelegate.moc"
