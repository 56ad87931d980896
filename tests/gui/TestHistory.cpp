// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "ItemDataRole.h"
#include "MainWindow.h"
#include "Settings.h"
#include "WindowTest.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iisref;

// Back, Forward and Go → Recent on the real window: what a user commits to (Enter, a link, the
// tree, a deep link) is a step; what typing previews is not.
class TestHistory final : public WindowTest
{
    Q_OBJECT

private:
    // A window on the test's settings file, as the next run of the program would open it.
    void openWindow() { openWindowOn(m_catalog); }

    QLineEdit *searchEdit() const { return child<QLineEdit>("searchEdit"); }
    QAction *backAction() const { return child<QAction>("actionBack"); }
    QAction *forwardAction() const { return child<QAction>("actionForward"); }

    QString currentKey() const
    {
        return m_window->currentEntry() ? m_window->currentEntry()->id.key() : QString();
    }

    const Entry &entry(const QString &key) const
    {
        const Entry *found = m_catalog.find(*CodeId::fromKey(key));
        if (!found)
            qFatal("no entry %s in the built-in catalog", qPrintable(key));
        return *found;
    }

    // Search-as-you-type: the best hit fills the panes, and nothing is committed.
    void type(const QString &query)
    {
        searchEdit()->setFocus();
        searchEdit()->clear();
        QTest::keyClicks(searchEdit(), query);
    }

    // Typed, then Enter: the entry is committed to.
    void commit(const QString &query)
    {
        type(query);
        QTest::keyClick(searchEdit(), Qt::Key_Return);
    }

    // What a user sees of the entry: the header, the meaning pane and the window title.
    bool shows(const QString &key) const
    {
        const Entry &shown = entry(key);
        const QString name = shown.id.displayName();
        return currentKey() == key && child<QLabel>("titleLabel")->text().startsWith(name) &&
               child<QTextEdit>("meaningText")->toPlainText() ==
                   shown.text(m_window->language()).meaning &&
               m_window->windowTitle().startsWith(name + u" — "_s);
    }

    void back() { QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier); }
    void forward() { QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier); }

    // The Recent submenu's items as shown, without their "&1 " mnemonics.
    QStringList recentTitles() const
    {
        QStringList titles;
        for (const QAction *action : child<QMenu>("menuRecentEntries")->actions())
            titles.append(action->text().section(u' ', 1).replace(u"&&"_s, u"&"_s));
        return titles;
    }

    QString headerLine(const QString &key, Language language) const
    {
        return entry(key).id.displayName() + u" — "_s + entry(key).text(language).title;
    }

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::loadBuiltIn();
        QVERIFY(!m_catalog.isEmpty());
    }

    void init()
    {
        QVERIFY(freshSettings());
        openWindow();
    }

    void cleanup() { closeWindow(); }

    void backAndForward_walkTheCommittedEntries_panesAndTitleFollow()
    {
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        commit(u"ftp 550"_s);
        QVERIFY(shows(u"ftp:550"_s));
        back();
        QVERIFY2(shows(u"http:401.1"_s), qPrintable(m_window->windowTitle()));
        back();
        QVERIFY(shows(u"http:403.14"_s));
        forward();
        QVERIFY(shows(u"http:401.1"_s));
        forward();
        QVERIFY(shows(u"ftp:550"_s));
        // Going back clears the query, so what the tree selects is what the panes show.
        QVERIFY(searchEdit()->text().isEmpty());
    }

    void platformBackAndForwardKeys_workToo()
    {
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        QTest::keySequence(m_window.get(), QKeySequence::keyBindings(QKeySequence::Back).value(0));
        QVERIFY(shows(u"http:403.14"_s));
        QTest::keySequence(m_window.get(),
                           QKeySequence::keyBindings(QKeySequence::Forward).value(0));
        QVERIFY(shows(u"http:401.1"_s));
    }

    void typing_previewsWithoutAddingSteps()
    {
        commit(u"403.14"_s);
        type(u"500.19"_s);
        QTRY_COMPARE(currentKey(), u"http:500.19"_s);
        type(u"401.1"_s);
        QTRY_COMPARE(currentKey(), u"http:401.1"_s);
        // Back leaves the preview for the entry committed to, and that is the whole history.
        QVERIFY(backAction()->isEnabled());
        back();
        QVERIFY(shows(u"http:403.14"_s));
        QVERIFY(!backAction()->isEnabled());
        QVERIFY(!forwardAction()->isEnabled());
    }

    void sameEntryCommittedTwice_isOneStep()
    {
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        searchEdit()->setFocus();
        QTest::keyClick(searchEdit(), Qt::Key_Return);
        commit(u"401.1"_s);
        back();
        QVERIFY(shows(u"http:403.14"_s));
        QVERIFY(!backAction()->isEnabled());
    }

    void commitAfterGoingBack_dropsTheForwardSteps()
    {
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        commit(u"ftp 550"_s);
        back();
        back();
        QVERIFY(forwardAction()->isEnabled());
        commit(u"500.19"_s);
        QVERIFY(!forwardAction()->isEnabled());
        forward();
        QVERIFY(shows(u"http:500.19"_s));
        back();
        QVERIFY(shows(u"http:403.14"_s));
    }

    void actions_areDisabledWhenThereIsNowhereToGo()
    {
        QVERIFY(!backAction()->isEnabled());
        QVERIFY(!forwardAction()->isEnabled());
        commit(u"403.14"_s);
        QVERIFY(!backAction()->isEnabled());
        QVERIFY(!forwardAction()->isEnabled());
        commit(u"401.1"_s);
        QVERIFY(backAction()->isEnabled());
        QVERIFY(!forwardAction()->isEnabled());
        back();
        QVERIFY(!backAction()->isEnabled());
        QVERIFY(forwardAction()->isEnabled());
        // A disabled shortcut does nothing.
        back();
        QVERIFY(shows(u"http:403.14"_s));
    }

    void toolbarAndGoMenu_holdBackAndForward()
    {
        const QList<QAction *> toolbar = child<QToolBar>("mainToolBar")->actions();
        QCOMPARE(toolbar.value(0), backAction());
        QCOMPARE(toolbar.value(1), forwardAction());
        QVERIFY(!backAction()->icon().isNull());
        QVERIFY(!forwardAction()->icon().isNull());
        const QList<QAction *> go = child<QMenu>("menuGo")->actions();
        QVERIFY(go.contains(backAction()));
        QVERIFY(go.contains(forwardAction()));
        QVERIFY(go.contains(child<QMenu>("menuRecentEntries")->menuAction()));
        QCOMPARE(child<QMenu>("menuGo")->title(), u"&Go"_s);
        m_window->setLanguage(Language::TraditionalChinese);
        QCOMPARE(child<QMenu>("menuGo")->title(), u"前往(&G)"_s);
        QCOMPARE(backAction()->text(), u"上一頁(&B)"_s);
        QCOMPARE(forwardAction()->iconText(), u"下一頁"_s);
    }

    void relatedLink_andTreeDoubleClick_areSteps()
    {
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"http:403.4"_s)));
        emit child<QLabel>("relatedLabel")->linkActivated(u"iisref:http:403.5"_s);
        QVERIFY(shows(u"http:403.5"_s));
        auto *tree = child<QTreeView>("categoryTree");
        const QModelIndex item = tree->model()
                                     ->match(tree->model()->index(0, 0), CodeKeyRole, u"ftp:550"_s,
                                             1, Qt::MatchRecursive | Qt::MatchExactly)
                                     .value(0);
        QVERIFY(item.isValid());
        tree->scrollTo(item);
        const QPoint centre = tree->visualRect(item).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(shows(u"ftp:550"_s));
        back();
        QVERIFY(shows(u"http:403.5"_s));
        back();
        QVERIFY(shows(u"http:403.4"_s));
    }

    void deepLinks_areSteps()
    {
        QVERIFY(m_window->openQuery(u"HTTP Error 403.14 - Forbidden"_s));
        QVERIFY(m_window->openQuery(u"550"_s));
        back();
        QVERIFY(shows(u"http:403.14"_s));
    }

    void mouseBackAndForwardButtons_workOverAnyChild()
    {
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        QWidget *pane = child<QTextEdit>("meaningText")->viewport();
        QMouseEvent backPress(QEvent::MouseButtonPress, QPointF(5, 5),
                              pane->mapToGlobal(QPoint(5, 5)), Qt::BackButton, Qt::BackButton,
                              Qt::NoModifier);
        QApplication::sendEvent(pane, &backPress);
        QVERIFY(shows(u"http:403.14"_s));
        QWidget *tree = child<QTreeView>("categoryTree")->viewport();
        QMouseEvent forwardPress(QEvent::MouseButtonPress, QPointF(5, 5),
                                 tree->mapToGlobal(QPoint(5, 5)), Qt::ForwardButton,
                                 Qt::ForwardButton, Qt::NoModifier);
        QApplication::sendEvent(tree, &forwardPress);
        QVERIFY(shows(u"http:401.1"_s));
    }

    void mouseBackButton_inAnotherWindow_isLeftAlone()
    {
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        QWidget other;
        QMouseEvent backPress(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5),
                              Qt::BackButton, Qt::BackButton, Qt::NoModifier);
        QApplication::sendEvent(&other, &backPress);
        QVERIFY(shows(u"http:401.1"_s));
    }

    void goRecent_listsCommittedEntriesNewestFirst_inTheLanguageShown()
    {
        QVERIFY(!child<QMenu>("menuRecentEntries")->isEnabled());
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        commit(u"403.14"_s);
        type(u"ftp 550"_s); // previewed, not committed
        QTRY_COMPARE(currentKey(), u"ftp:550"_s);
        QVERIFY(child<QMenu>("menuRecentEntries")->isEnabled());
        QCOMPARE(recentTitles(), (QStringList{headerLine(u"http:403.14"_s, Language::English),
                                              headerLine(u"http:401.1"_s, Language::English)}));
        QVERIFY(child<QMenu>("menuRecentEntries")->actions().value(0)->text().startsWith(u"&1 "_s));

        m_window->setLanguage(Language::TraditionalChinese);
        QCOMPARE(recentTitles(),
                 (QStringList{headerLine(u"http:403.14"_s, Language::TraditionalChinese),
                              headerLine(u"http:401.1"_s, Language::TraditionalChinese)}));
    }

    void goRecent_survivesANewWindow_andOpensAsAStep()
    {
        commit(u"403.14"_s);
        commit(u"401.1"_s);
        openWindow();
        const QList<QAction *> recent = child<QMenu>("menuRecentEntries")->actions();
        QCOMPARE(recentTitles(), (QStringList{headerLine(u"http:401.1"_s, Language::English),
                                              headerLine(u"http:403.14"_s, Language::English)}));
        recent.value(1)->trigger();
        QVERIFY(shows(u"http:403.14"_s));
        commit(u"ftp 550"_s);
        back();
        QVERIFY(shows(u"http:403.14"_s));
        QCOMPARE(recentTitles().value(0), headerLine(u"ftp:550"_s, Language::English));
    }

    void goRecent_garbageInTheSettings_isIgnored()
    {
        m_window.reset();
        m_settings.reset();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // An unknown kind, a code the catalog lacks, bytes, a binary mess and one good key.
        file.write("[ui]\nlanguage=en\n[history]\nrecent=klingon:7, http:599, "
                   "@ByteArray(http:403), \x01\x02\xff, http:403.14, not a key\n");
        file.close();
        openWindow();
        QVERIFY(m_window->isVisible());
        QCOMPARE(recentTitles(), QStringList{headerLine(u"http:403.14"_s, Language::English)});
        commit(u"401.1"_s);
        QCOMPARE(recentTitles().size(), 2);
    }
};

QTEST_MAIN(TestHistory)
#include "TestHistory.moc"
