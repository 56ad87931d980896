// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "EntryFormatter.h"
#include "EntryView.h"
#include "ItemDataRole.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StartupOptions.h"
#include "WindowTest.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iisref;

// Receives the URLs the window hands to QDesktopServices, so no browser opens during tests.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

namespace {

IisVersionSet iisVersions(const QString &range)
{
    return *IisVersionSet::fromRanges({range}, nullptr);
}

Entry makeEntry(const QString &key, const QString &versions, const EntryText &english,
                const EntryText &chinese)
{
    Entry entry;
    entry.id = *CodeId::fromKey(key);
    entry.iisVersions = iisVersions(versions);
    entry.texts = {english, chinese};
    return entry;
}

EntryText entryText(const QString &title, const QString &meaning,
                    const QList<VersionedText> &causes, const QList<VersionedText> &fixSteps)
{
    EntryText text;
    text.title = title;
    text.meaning = meaning;
    text.causes = causes;
    text.fixSteps = fixSteps;
    return text;
}

EntryText plainText(const QString &title, const QString &meaning, const QString &step)
{
    return entryText(title, meaning, {{meaning, {}}}, {{step, {}}});
}

// Causes and steps written for some IIS releases only, which the built-in catalog has none of
// yet, and an entry of every kind of code.
Catalog versionedCatalog()
{
    const EntryText listingEnglish = entryText(
        u"Directory listing denied"_s,
        u"A folder was requested and no default document answered."_s,
        {{u"No default document matches."_s, {}},
         {u"The Default Document feature is not installed."_s, iisVersions(u"7.0-10.0"_s)}},
        {{u"Add the start page to the default documents."_s, {}},
         {u"In IIS Manager, open Default Document and add index.html."_s,
          iisVersions(u"7.0-10.0"_s)},
         {u"On the Documents tab, select Enable default content page."_s,
          iisVersions(u"4.0-6.0"_s)}});
    const EntryText listingChinese = entryText(
        u"拒絕列出目錄"_s, u"要求了資料夾，但沒有預設文件回應。"_s,
        {{u"沒有符合的預設文件。"_s, {}},
         {u"未安裝「預設文件」功能。"_s, iisVersions(u"7.0-10.0"_s)}},
        {{u"將起始網頁加入預設文件。"_s, {}},
         {u"在 IIS 管理員中開啟「預設文件」並加入 index.html。"_s, iisVersions(u"7.0-10.0"_s)},
         {u"在「文件」索引標籤上選取「啟用預設內容網頁」。"_s, iisVersions(u"4.0-6.0"_s)}});
    Entry accessDenied = makeEntry(
        u"win32:5"_s, u"5.0-10.0"_s,
        plainText(u"Access is denied"_s, u"The identity may not read the file."_s,
                  u"Grant read to IIS_IUSRS."_s),
        plainText(u"存取被拒"_s, u"該身分無權讀取檔案。"_s, u"授與 IIS_IUSRS 讀取權限。"_s));
    accessDenied.symbol = u"ERROR_ACCESS_DENIED"_s;
    return Catalog(
        {makeEntry(u"http:403.14"_s, u"4.0-10.0"_s, listingEnglish, listingChinese),
         makeEntry(u"ftp:530"_s, u"4.0-6.0"_s,
                   plainText(u"Not logged in"_s, u"The FTP logon failed."_s,
                             u"Check the user name and password."_s),
                   plainText(u"未登入"_s, u"FTP 登入失敗。"_s, u"檢查使用者名稱與密碼。"_s)),
         makeEntry(u"ftp-substatus:41"_s, u"7.5-10.0"_s,
                   plainText(u"Denied by IP rule"_s, u"An IP rule denied the client."_s,
                             u"Allow the address."_s),
                   plainText(u"IP 規則拒絕"_s, u"IP 規則拒絕了用戶端。"_s, u"允許該位址。"_s)),
         accessDenied,
         makeEntry(u"win32:10054"_s, u"6.0-10.0"_s,
                   entryText(u"Connection reset"_s, u"The client closed the connection."_s, {},
                             {{u"Raise the ARR proxy time-out."_s, iisVersions(u"7.0-10.0"_s)}}),
                   entryText(u"連線被重設"_s, u"用戶端關閉了連線。"_s, {},
                             {{u"提高 ARR 代理的逾時。"_s, iisVersions(u"7.0-10.0"_s)}})),
         makeEntry(u"httperr:Timer_ConnectionIdle"_s, u"6.0-10.0"_s,
                   plainText(u"Connection idle"_s, u"HTTP.sys closed an idle connection."_s,
                             u"Nothing to do."_s),
                   plainText(u"連線閒置"_s, u"HTTP.sys 關閉了閒置連線。"_s, u"不需處理。"_s))},
        {});
}

} // namespace

// Drives the real MainWindow over the built-in catalog, or a small one of the test's own where
// the built-in one lacks what is tested: keys into the search box, shortcuts, menus, the
// clipboard and a settings file of the test's own.
class TestMainWindow final : public WindowTest
{
    Q_OBJECT

private:
    Catalog m_versioned;

    MainWindow *openWindow() { return openWindow(m_catalog); }

    MainWindow *openWindow(const Catalog &catalog) { return openWindowOn(catalog); }

    QLineEdit *searchEdit() const { return child<QLineEdit>("searchEdit"); }
    QString header() const { return child<QLabel>("titleLabel")->text(); }
    QString meaningPane() const { return child<QTextEdit>("meaningText")->toPlainText(); }
    QString detailsLine() const { return child<QLabel>("detailsLabel")->text(); }
    QString causesPane() const { return child<QTextEdit>("causesText")->toPlainText(); }
    QString fixStepsPane() const { return child<QTextEdit>("fixStepsText")->toPlainText(); }
    // Looked up rather than child<>(), so a missing picker fails the test instead of the run.
    QComboBox *iisVersionCombo() const
    {
        return m_window->findChild<QComboBox *>(u"iisVersionCombo"_s);
    }

    // As a user picks from the keyboard: Alt+I reaches the picker, Home is every version and
    // Down walks the releases. (Typing "6.0" works too, but a second choice within the
    // keyboard-search interval would be read as one longer word.) Empty: every version.
    void chooseIisVersion(const QString &version)
    {
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
        QWidget *focused = QApplication::focusWidget();
        QTest::keyClick(focused, Qt::Key_Home);
        for (qsizetype i = 0; i <= IisVersionSet::knownVersions().indexOf(version); ++i)
            QTest::keyClick(focused, Qt::Key_Down);
    }

    const Entry &entry(const QString &key) const
    {
        const Entry *found = m_catalog.find(*CodeId::fromKey(key));
        if (!found)
            qFatal("no entry %s in the built-in catalog", qPrintable(key));
        return *found;
    }

    QString currentKey() const
    {
        return m_window->currentEntry() ? m_window->currentEntry()->id.key() : QString();
    }

    void type(const QString &text)
    {
        searchEdit()->setFocus();
        // keyClicks() only knows ASCII keys; Chinese arrives as key events carrying just text,
        // as an input method delivers it.
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(searchEdit(), c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, searchEdit(), Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::loadBuiltIn();
        QVERIFY(!m_catalog.isEmpty());
        m_versioned = versionedCatalog();
    }

    void init()
    {
        QVERIFY(freshSettings());
        QGuiApplication::clipboard()->clear();
    }

    void cleanup() { closeWindow(); }

    void start_focusIsInSearchBox()
    {
        openWindow();
        QTRY_VERIFY(searchEdit()->hasFocus());
        QVERIFY(searchEdit()->placeholderText().contains(u"Ctrl+K"_s));
    }

    void typeDashedSubstatus_showsDottedEntryInHeader()
    {
        openWindow();
        type(u"403-14"_s);
        QTRY_VERIFY(header().contains(u"403.14"_s));
        QCOMPARE(currentKey(), u"http:403.14"_s);
        QCOMPARE(child<QStackedWidget>("leftStack")->currentWidget()->objectName(),
                 u"resultsPage"_s);
        QCOMPARE(meaningPane(), entry(u"http:403.14"_s).text(Language::English).meaning);
        QVERIFY(child<QAbstractItemView>("resultList")->model()->rowCount() > 0);
    }

    void typeWhatUsersCopy_selectsBestHit_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("key");
        QTest::addRow("old error page") << u"HTTP Error 500-12"_s << u"http:500.12"_s;
        QTest::addRow("IIS log fields") << u"sc-status 401 sc-substatus 2"_s << u"http:401.2"_s;
        QTest::addRow("FTP client") << u"ftp 530"_s << u"ftp:530"_s;
        QTest::addRow("KB number") << u"Q248072"_s << u"http:403.3"_s;
        QTest::addRow("source wording") << u"禁止訪問"_s << u"http:403"_s;
        QTest::addRow("IIS 10 error page")
            << u"HTTP Error 500.19 - Internal Server Error"_s << u"http:500.19"_s;
        QTest::addRow("W3C log triple") << u"401 1 2148074254"_s << u"http:401.1"_s;
        QTest::addRow("HRESULT") << u"0x80070005"_s << u"win32:5"_s;
        QTest::addRow("HTTPERR reason")
            << u"Timer_ConnectionIdle"_s << u"httperr:Timer_ConnectionIdle"_s;
        QTest::addRow("FTP log triple") << u"ftp 530 1326 41"_s << u"ftp:530"_s;
    }

    void typeWhatUsersCopy_selectsBestHit()
    {
        QFETCH(QString, query);
        QFETCH(QString, key);
        openWindow();
        type(query);
        QTRY_COMPARE(currentKey(), key);
    }

    void arrowKeys_moveThroughResultsFromSearchBox()
    {
        openWindow();
        type(u"403"_s);
        QTRY_COMPARE(currentKey(), u"http:403"_s);
        QTest::keyClick(searchEdit(), Qt::Key_Down);
        QTRY_VERIFY(currentKey() != u"http:403"_s);
        QVERIFY(currentKey().startsWith(u"http:403."_s));
        QVERIFY(searchEdit()->hasFocus());
        QTest::keyClick(searchEdit(), Qt::Key_Up);
        QTRY_COMPARE(currentKey(), u"http:403"_s);
    }

    void enter_movesFocusToEntry()
    {
        openWindow();
        type(u"550"_s);
        QTRY_COMPARE(currentKey(), u"ftp:550"_s);
        QTest::keyClick(searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(child<QTextEdit>("meaningText")->hasFocus());
    }

    void escape_restoresTreeAndKeepsSelection()
    {
        openWindow();
        type(u"403-14"_s);
        QTRY_COMPARE(currentKey(), u"http:403.14"_s);
        QTest::keyClick(searchEdit(), Qt::Key_Escape);
        QVERIFY(searchEdit()->text().isEmpty());
        auto *tree = child<QTreeView>("categoryTree");
        QTRY_COMPARE(child<QStackedWidget>("leftStack")->currentWidget()->objectName(),
                     u"treePage"_s);
        QCOMPARE(currentKey(), u"http:403.14"_s);
        QCOMPARE(tree->currentIndex().data(CodeKeyRole).toString(), u"http:403.14"_s);
        QVERIFY(header().contains(u"403.14"_s));
    }

    void findShortcuts_focusSearchAndSelectText_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addRow("Ctrl+K") << QKeySequence(Qt::CTRL | Qt::Key_K);
        QTest::addRow("Ctrl+L") << QKeySequence(Qt::CTRL | Qt::Key_L);
        QTest::addRow("Find") << QKeySequence(QKeySequence::Find);
    }

    void findShortcuts_focusSearchAndSelectText()
    {
        QFETCH(QKeySequence, keys);
        openWindow();
        type(u"530"_s);
        QTRY_COMPARE(currentKey(), u"ftp:530"_s);
        child<QTextEdit>("meaningText")->setFocus();
        QTRY_VERIFY(!searchEdit()->hasFocus());
        QTest::keySequence(m_window.get(), keys);
        QTRY_VERIFY(searchEdit()->hasFocus());
        QCOMPARE(searchEdit()->selectedText(), u"530"_s);
    }

    // Issue 10: an earlier hit must never stay on screen, in the title or on the clipboard
    // as if it answered a query that matches nothing.
    void noMatch_dropsTheEarlierEntry_andOffersTheNearestCodes()
    {
        openWindow();
        type(u"403-14"_s);
        QTRY_COMPARE(currentKey(), u"http:403.14"_s);
        searchEdit()->clear();
        type(u"flibbertigibbet"_s);
        QTRY_VERIFY(m_window->currentEntry() == nullptr);
        QVERIFY2(header().contains(u"Nothing matches “flibbertigibbet”"_s), qPrintable(header()));
        QVERIFY2(!m_window->windowTitle().contains(u"403"_s), qPrintable(m_window->windowTitle()));
        QVERIFY(meaningPane().isEmpty());
        QVERIFY(!child<QAction>("actionCopyFixSteps")->isEnabled());
        QVERIFY(!child<QAction>("actionCopyEntry")->isEnabled());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void firstLaunch_takesAtMostNinetyPercentOfTheScreen_centred()
    {
        openWindow();
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY(m_window->width() <= available.width() * 0.9 + 1);
        QVERIFY(m_window->height() <= available.height() * 0.9 + 1);
        const QPoint offset = m_window->geometry().center() - available.center();
        QVERIFY2(qAbs(offset.x()) <= 2 && qAbs(offset.y()) <= 2,
                 qPrintable(u"%1,%2"_s.arg(offset.x()).arg(offset.y())));
    }

    void restoredGeometry_offTheScreen_isBroughtBack()
    {
        openWindow();
        const QRect available = m_window->screen()->availableGeometry();
        m_window->setGeometry(available.right() + 500, available.bottom() + 500,
                              available.width() * 2, available.height() * 2);
        m_window->saveSettings();
        m_window.reset();
        openWindow();
        QVERIFY2(available.contains(m_window->geometry()),
                 qPrintable(u"%1,%2 %3x%4"_s.arg(m_window->x())
                                .arg(m_window->y())
                                .arg(m_window->width())
                                .arg(m_window->height())));
    }

    void pastedW3cLogLine_opensItsStatusAndListsItsWin32()
    {
        openWindow();
        searchEdit()->setText(u"2024-05-01 00:00:02 10.0.0.1 GET /app - 443 - 192.0.2.7 "
                              "Mozilla/5.0 - 401 2 5 31"_s);
        QTRY_COMPARE(currentKey(), u"http:401.2"_s);
        const QAbstractItemView *results = child<QAbstractItemView>("resultList");
        QStringList listed;
        for (int row = 0; row < results->model()->rowCount(); ++row)
            listed.append(results->model()->index(row, 0).data(CodeKeyRole).toString());
        QVERIFY2(listed.contains(u"win32:5"_s), qPrintable(listed.join(u' ')));
    }

    void escapeInAPane_returnsToTheSearchBox()
    {
        openWindow();
        type(u"403-14"_s);
        QTRY_COMPARE(currentKey(), u"http:403.14"_s);
        auto *pane = child<QTextEdit>("fixStepsText");
        pane->setFocus();
        QTRY_VERIFY(pane->hasFocus());
        QTest::keyClick(pane, Qt::Key_Escape);
        QTRY_VERIFY(searchEdit()->hasFocus());
    }

    void enterOnAGroup_expandsIt()
    {
        openWindow();
        auto *tree = child<QTreeView>("categoryTree");
        const QModelIndex group = tree->model()->index(0, 0);
        QVERIFY(tree->model()->hasChildren(group));
        tree->collapse(group);
        tree->setFocus();
        tree->setCurrentIndex(group);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(tree->isExpanded(group));
        QVERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(!tree->isExpanded(group));
    }

    void zoom_growsThePanes_andIsRemembered()
    {
        openWindow();
        auto *pane = child<QTextEdit>("meaningText");
        const qreal before = pane->font().pointSizeF();
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(pane->font().pointSizeF(), before + 2);
        QCOMPARE(m_window->zoom(), 2);
        m_window->saveSettings();
        m_window.reset();
        openWindow();
        QCOMPARE(child<QTextEdit>("meaningText")->font().pointSizeF(), before + 2);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(child<QTextEdit>("meaningText")->font().pointSizeF(), before);
    }

    void toolbarButtons_haveNoMnemonicNoise_inEitherLanguage()
    {
        openWindow();
        for (Language language : {Language::English, Language::TraditionalChinese}) {
            m_window->setLanguage(language);
            for (QAction *action : child<QToolBar>("mainToolBar")->actions()) {
                const QString label = action->iconText();
                QVERIFY2(!label.contains(u'&') &&
                             !QRegularExpression(u"\\([A-Z]\\)"_s).match(label).hasMatch(),
                         qPrintable(label));
            }
        }
        QCOMPARE(child<QAction>("actionCopyFixSteps")->iconText(), u"複製修正步驟"_s);
    }

    void unknownSubstatus_saysSoBeforeShowingItsStatus()
    {
        openWindow();
        type(u"404.99"_s);
        QTRY_COMPARE(currentKey(), u"http:404"_s);
        const QString label = child<QLabel>("resultsLabel")->text();
        QVERIFY2(label.startsWith(u"HTTP 404.99 is not a known code; showing HTTP 404."_s),
                 qPrintable(label));
        searchEdit()->clear();
        type(u"404.3"_s);
        QTRY_COMPARE(currentKey(), u"http:404.3"_s);
        QVERIFY(!child<QLabel>("resultsLabel")->text().contains(u"not a known"_s));
    }

    void manyResults_sayHowManyAreShown()
    {
        openWindow();
        type(u"iis"_s);
        const QString label = child<QLabel>("resultsLabel")->text();
        QVERIFY2(QRegularExpression(u"^60 of \\d+ results shown$"_s).match(label).hasMatch(),
                 qPrintable(label));
        searchEdit()->clear();
        type(u"403.14"_s);
        QTRY_VERIFY(child<QLabel>("resultsLabel")->text().endsWith(u"result"_s) ||
                    child<QLabel>("resultsLabel")->text().endsWith(u"results"_s));
        QVERIFY(!child<QLabel>("resultsLabel")->text().contains(u"(s)"_s));
    }

    void noMatchOfACode_linksTheNearestCodes_withoutShowingOne()
    {
        openWindow();
        type(u"999"_s);
        auto *results = child<QAbstractItemView>("resultList");
        QTRY_VERIFY(results->model()->rowCount() > 0);
        QVERIFY(child<QLabel>("resultsLabel")->text().contains(u"999"_s));
        QVERIFY(m_window->currentEntry() == nullptr);
        const QString nearest = child<QLabel>("relatedLabel")->text();
        QVERIFY2(nearest.contains(u"href"_s), qPrintable(nearest));
        // Choosing a suggestion shows it.
        results->setCurrentIndex(results->model()->index(0, 0));
        QVERIFY(m_window->currentEntry() != nullptr);
    }

    void switchLanguage_translatesUiAndContentAndKeepsSelection()
    {
        openWindow();
        type(u"403-14"_s);
        QTRY_COMPARE(currentKey(), u"http:403.14"_s);
        auto *menuFile = child<QMenu>("menuFile");
        const QString englishMenu = menuFile->title();
        const QString englishPlaceholder = searchEdit()->placeholderText();
        const QString englishHeading = child<QLabel>("meaningHeading")->text();

        // Through the View > Language menu, as a user would.
        QAction *chinese = nullptr;
        for (QAction *action : child<QMenu>("menuLanguage")->actions()) {
            if (action->text() == u"繁體中文"_s)
                chinese = action;
        }
        QVERIFY(chinese);
        chinese->trigger();

        QCOMPARE(m_window->language(), Language::TraditionalChinese);
        QVERIFY2(menuFile->title() != englishMenu, qPrintable(menuFile->title()));
        QVERIFY(searchEdit()->placeholderText() != englishPlaceholder);
        QVERIFY(child<QLabel>("meaningHeading")->text() != englishHeading);
        const EntryText &zh = entry(u"http:403.14"_s).text(Language::TraditionalChinese);
        QCOMPARE(meaningPane(), zh.meaning);
        QVERIFY(header().contains(zh.title));
        QCOMPARE(currentKey(), u"http:403.14"_s);
        QCOMPARE(searchEdit()->text(), u"403-14"_s);

        chinese->setChecked(false);
        for (QAction *action : child<QMenu>("menuLanguage")->actions()) {
            if (action->text() == u"English"_s)
                action->trigger();
        }
        QCOMPARE(menuFile->title(), englishMenu);
        QCOMPARE(child<QLabel>("meaningHeading")->text(), englishHeading);
        QCOMPARE(meaningPane(), entry(u"http:403.14"_s).text(Language::English).meaning);
    }

    void copyFixStepsShortcut_putsNumberedPlainTextAndHtmlOnClipboard()
    {
        openWindow();
        type(u"403.3"_s);
        QTRY_COMPARE(currentKey(), u"http:403.3"_s);
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        const EntryText &text = entry(u"http:403.3"_s).text(Language::English);
        const QString plain = data->text();
        QVERIFY2(plain.startsWith(u"HTTP 403.3"_s), qPrintable(plain));
        QVERIFY(plain.contains(text.title));
        // A step meant for some releases only is labelled with them: "1. IIS 4.0–6.0: …".
        const QRegularExpression firstStep(
            u"^1\\. (IIS [^:]+: )?"_s + QRegularExpression::escape(text.fixSteps.first().text) +
                u"$"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(firstStep.match(plain).hasMatch(), qPrintable(plain));
        QVERIFY(plain.contains(QString::number(text.fixSteps.size()) + u". "_s));
        QVERIFY(data->hasHtml());
        QVERIFY(data->html().contains(u"<ol>"_s));
        QVERIFY(data->html().contains(u"<li>"_s));
        QVERIFY(child<QStatusBar>("statusBar")->currentMessage().contains(u"403.3"_s));
    }

    void copyFixSteps_inChinese_copiesChineseSteps()
    {
        openWindow();
        m_window->setLanguage(Language::TraditionalChinese);
        type(u"530"_s);
        QTRY_COMPARE(currentKey(), u"ftp:530"_s);
        child<QAbstractButton>("copyFixStepsButton")->click();
        const QString plain = QGuiApplication::clipboard()->text();
        QVERIFY(plain.contains(
            entry(u"ftp:530"_s).text(Language::TraditionalChinese).fixSteps.first().text));
    }

    void copyEntry_copiesAllFourPanes()
    {
        openWindow();
        type(u"500.12"_s);
        QTRY_COMPARE(currentKey(), u"http:500.12"_s);
        child<QAction>("actionCopyEntry")->trigger();
        const QString plain = QGuiApplication::clipboard()->text();
        const EntryText &text = entry(u"http:500.12"_s).text(Language::English);
        QVERIFY(plain.contains(text.meaning));
        QVERIFY(plain.contains(text.causes.first().text));
        QVERIFY(plain.contains(entry(u"http:500.12"_s).references.first().label()));
        QVERIFY(plain.contains(text.fixSteps.last().text));
    }

    // Showing a code selects it in the tree too, which used to draw the entry a second time.
    void showCode_drawsTheEntryOnce()
    {
        openWindow();
        m_window->showCode(CodeId(CodeKind::Http, 404));
        auto *view = m_window->findChild<EntryView *>();
        QVERIFY(view);
        QSignalSpy rendered(view, &EntryView::rendered);
        QVERIFY(m_window->showCode(CodeId(CodeKind::Http, 403, 14)));
        QCOMPARE(currentKey(), u"http:403.14"_s);
        QCOMPARE(rendered.count(), 1);
        type(u"500.19"_s);
        QTRY_COMPARE(currentKey(), u"http:500.19"_s);
        rendered.clear();
        QVERIFY(m_window->showCode(CodeId(CodeKind::Http, 401)));
        QCOMPARE(rendered.count(), 1);
    }

    // One renderer: the panes show the markup the clipboard and the PDF carry.
    void panes_renderTheFormattersMarkup()
    {
        openWindow();
        type(u"500.19"_s);
        QTRY_COMPARE(currentKey(), u"http:500.19"_s);
        const Entry &shown = entry(u"http:500.19"_s);
        const auto rendered = [](const QString &html) {
            QTextDocument document;
            document.setHtml(html);
            return document.toPlainText();
        };
        QCOMPARE(child<QTextEdit>("meaningText")->toPlainText(),
                 rendered(EntryFormatter::meaningHtml(shown, Language::English)));
        QCOMPARE(child<QTextEdit>("causesText")->toPlainText(),
                 rendered(EntryFormatter::causesHtml(shown, Language::English)));
        QCOMPARE(fixStepsPane(),
                 rendered(EntryFormatter::fixStepsListHtml(shown, Language::English)));
        QVERIFY(EntryFormatter::entryHtml(shown, Language::English)
                    .contains(EntryFormatter::fixStepsListHtml(shown, Language::English)));
    }

    void copyEntryShortcut_putsTheWholeEntryAsPlainTextAndHtmlOnClipboard()
    {
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QGuiApplication::clipboard()->text().isEmpty(),
                 qPrintable(QGuiApplication::clipboard()->text()));
        type(u"500.12"_s);
        QTRY_COMPARE(currentKey(), u"http:500.12"_s);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);

        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        const Entry &shown = entry(u"http:500.12"_s);
        const EntryText &text = shown.text(Language::English);
        const QString plain = data->text();
        QVERIFY2(plain.startsWith(u"HTTP 500.12 — "_s + text.title), qPrintable(plain));
        QVERIFY(plain.contains(text.meaning));
        QVERIFY(plain.contains(text.causes.first().text));
        QVERIFY(plain.contains(shown.references.first().label()));
        QVERIFY(plain.contains(text.fixSteps.last().text));
        QVERIFY(data->hasHtml());
        QTextDocument html;
        html.setHtml(data->html());
        QVERIFY(html.toPlainText().contains(text.meaning));
        QVERIFY(html.toPlainText().contains(text.fixSteps.last().text));
        QVERIFY(data->html().contains(u"<ol>"_s));
        QVERIFY(child<QStatusBar>("statusBar")->currentMessage().contains(u"500.12"_s));
        // Copy Fix Steps keeps its own key.
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QGuiApplication::clipboard()->text().contains(text.meaning));
    }

    void printAndExportPdf_needAnEntry_andSitInTheFileMenu()
    {
        openWindow();
        auto *print = child<QAction>("actionPrint");
        auto *exportPdf = child<QAction>("actionExportPdf");
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(print->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(!print->isEnabled());
        QVERIFY(!exportPdf->isEnabled());
        const QList<QAction *> file = child<QMenu>("menuFile")->actions();
        QVERIFY(file.contains(print));
        QVERIFY(file.contains(exportPdf));
        type(u"403.14"_s);
        QTRY_COMPARE(currentKey(), u"http:403.14"_s);
        QVERIFY(print->isEnabled());
        QVERIFY(exportPdf->isEnabled());
        searchEdit()->clear();
        type(u"flibbertigibbet"_s);
        QTRY_VERIFY(!print->isEnabled());
        QVERIFY(!exportPdf->isEnabled());
    }

    void exportPdf_suggestsTheCodesName_andWritesThePdf()
    {
        openWindow();
        type(u"403.14"_s);
        QTRY_COMPARE(currentKey(), u"http:403.14"_s);
        const QString target = m_dir->filePath(u"ticket-4711"_s);
        QString suggested;
        // The save dialog is modal: answer it as a user would, once it is up.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
            dialog->selectFile(target);
            static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        });
        child<QAction>("actionExportPdf")->trigger();
        QCOMPARE(suggested, u"HTTP-403.14.pdf"_s);
        // A name typed without an extension gets the one the filter promised.
        QFile pdf(target + u".pdf"_s);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY2(child<QStatusBar>("statusBar")->currentMessage().contains(pdf.fileName()),
                 qPrintable(child<QStatusBar>("statusBar")->currentMessage()));
    }

    void deepLink_opensBestHit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<Language>("language");
        QTest::addRow("code") << QStringList{u"iisref"_s, u"403.14"_s} << u"http:403.14"_s
                              << Language::English;
        QTest::addRow("phrase") << QStringList{u"iisref"_s, u"HTTP Error 500-12"_s}
                                << u"http:500.12"_s << Language::English;
        QTest::addRow("unquoted phrase")
            << QStringList{u"iisref"_s, u"HTTP"_s, u"Error"_s, u"500-12"_s} << u"http:500.12"_s
            << Language::English;
        QTest::addRow("ftp in Chinese")
            << QStringList{u"iisref"_s, u"--lang"_s, u"zh_TW"_s, u"550"_s} << u"ftp:550"_s
            << Language::TraditionalChinese;
    }

    void deepLink_opensBestHit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(Language, language);
        const StartupOptions options = StartupOptions::parse(arguments);
        QVERIFY(options.warnings.isEmpty());
        openWindow();
        if (options.language)
            m_window->setLanguage(*options.language, false);
        QVERIFY(m_window->openQuery(options.query));
        QCOMPARE(currentKey(), key);
        QCOMPARE(m_window->language(), language);
        QCOMPARE(meaningPane(), entry(key).text(language).meaning);
    }

    void deepLink_badLanguage_warnsAndStillOpens()
    {
        const StartupOptions options =
            StartupOptions::parse({u"iisref"_s, u"--lang"_s, u"xx"_s, u"403"_s});
        QCOMPARE(options.warnings.size(), 1);
        QVERIFY(options.warnings.first().contains(u"xx"_s));
        QVERIFY(!options.language);
        QCOMPARE(options.query, u"403"_s);
    }

    void settings_surviveRestart()
    {
        openWindow();
        m_window->setLanguage(Language::TraditionalChinese);
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"http:404.2"_s)));
        auto *splitter = child<QSplitter>("mainSplitter");
        splitter->setSizes({250, m_window->width() - 250});
        QCoreApplication::processEvents();
        const QList<int> sizes = splitter->sizes();
        QVERIFY(sizes.first() != 300); // differs from the default, so the restore is seen
        m_window->close();

        openWindow();
        QCOMPARE(m_window->language(), Language::TraditionalChinese);
        QCOMPARE(currentKey(), u"http:404.2"_s);
        QCOMPARE(child<QSplitter>("mainSplitter")->sizes(), sizes);
    }

    void languageFlag_isNotRemembered()
    {
        openWindow();
        m_window->setLanguage(Language::TraditionalChinese, false);
        m_window->close();
        openWindow();
        QCOMPARE(m_window->language(), Language::English);
    }

    void settings_damagedFile_fallsBackToDefaults()
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[ui]\nlanguage=klingon\n[window]\ngeometry=@ByteArray(\\x1\\x2garbage)\n"
                   "mainSplitter=not bytes\npaneSplitter=@Variant(\\0\\0\\0\\x7f\\0\\0)\n"
                   "[entry]\nlast=http:999.99\n\x01\x02\xff\xfe garbage line without equals\n");
        file.close();

        openWindow();
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->currentEntry(), nullptr);
        QVERIFY(m_window->width() > 200);
        const QList<int> sizes = child<QSplitter>("mainSplitter")->sizes();
        QVERIFY(sizes.size() == 2 && sizes[0] > 0 && sizes[1] > 0);
        // Still usable: a search works and the language can be changed and remembered.
        type(u"401.1"_s);
        QTRY_COMPARE(currentKey(), u"http:401.1"_s);
        m_window->setLanguage(Language::TraditionalChinese);
        m_window->close();
        QCOMPARE(Settings(settingsPath()).language(), Language::TraditionalChinese);
    }

    void kbArticle_activation_opensWebSearchForTheNumber()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        openWindow();
        type(u"403.3"_s);
        QTRY_COMPARE(currentKey(), u"http:403.3"_s);
        auto *list = child<QListWidget>("kbList");
        QVERIFY(list->count() > 0);
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QDesktopServices::unsetUrlHandler(u"https"_s);

        QCOMPARE(catcher.urls.size(), 1);
        const QString id = entry(u"http:403.3"_s).references.first().id;
        QVERIFY(catcher.urls.first().toString().contains(id.mid(1)));
    }

    void referenceToolTip_markupInTitle_showsAsPlainText()
    {
        // Titles come from catalog files, which --catalog lets anyone write, and a tooltip is
        // read as rich text.
        const QString title = u"<img src=\"file:///etc/passwd\"><b>x</b>"_s;
        Entry crafted = entry(u"http:403.3"_s);
        crafted.references = {{Reference::Type::Kb, u"943891"_s, {}, {}}};
        EntryText text = crafted.text(Language::English);
        text.referenceTitles = {title};
        crafted.texts = {text, text};
        EntryView view;
        view.setEntry(&crafted);
        auto *list = view.findChild<QListWidget *>(u"kbList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        const QString toolTip = list->item(0)->toolTip();
        QVERIFY2(!toolTip.contains(u"<img"_s) && !toolTip.contains(u"<b>"_s), qPrintable(toolTip));
        QTextDocument shown;
        shown.setHtml(toolTip);
        QCOMPARE(shown.toPlainText(), title + u'\n' + crafted.references.first().link().toString());
    }

    void everyFocusableControl_hasAnAccessibleName()
    {
        openWindow();
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"http:403.4"_s)));
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_window.get()) ||
                widget->inherits("QScrollBar") || widget->objectName().startsWith(u"qt_"_s))
                continue;
            ++checked;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(widget->objectName() + u" ("_s +
                                QString::fromLatin1(widget->metaObject()->className()) + u')'));
        }
        QVERIFY(checked >= 8);
    }

    void tabOrder_followsReadingOrder()
    {
        openWindow();
        type(u"403.4"_s);
        QTRY_COMPARE(currentKey(), u"http:403.4"_s);
        QTest::keyClick(searchEdit(), Qt::Key_Escape);
        searchEdit()->setFocus();
        QStringList order;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            // Tab walks through the related-code links inside their label one by one.
            const QString name = QApplication::focusWidget()->objectName();
            if (order.isEmpty() || order.last() != name)
                order.append(name);
        }
        const QStringList expected = {u"categoryTree"_s, u"relatedLabel"_s, u"meaningText"_s,
                                      u"causesText"_s, u"kbList"_s};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(order.value(i), expected[i]);
    }

    void categoryTree_listsEveryKindWithItsCount()
    {
        openWindow(m_versioned);
        const QAbstractItemModel *tree = child<QTreeView>("categoryTree")->model();
        QStringList topLevel;
        for (int row = 0; row < tree->rowCount(); ++row)
            topLevel.append(tree->index(row, 0).data().toString());
        QCOMPARE(topLevel, (QStringList{u"Common codes"_s, u"HTTP (1)"_s, u"FTP (1)"_s,
                                        u"FTP substatus (1)"_s, u"Win32 status (2)"_s,
                                        u"HTTP.sys reasons (1)"_s}));
    }

    void detailsLine_showsIisVersionsAsRanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("details");
        QTest::addRow("every release")
            << u"http:403.14"_s << u"Kind: HTTP · Applies to: IIS 4.0–10.0"_s;
        QTest::addRow("early releases") << u"ftp:530"_s << u"Kind: FTP · Applies to: IIS 4.0–6.0"_s;
        QTest::addRow("win32 facts first")
            << u"win32:5"_s
            << u"ERROR_ACCESS_DENIED · 0x00000005 · Kind: Win32 · Applies to: IIS 5.0–10.0"_s;
    }

    void detailsLine_showsIisVersionsAsRanges()
    {
        QFETCH(QString, key);
        QFETCH(QString, details);
        openWindow(m_versioned);
        QVERIFY(m_window->showCode(*CodeId::fromKey(key)));
        QCOMPARE(detailsLine(), details);
    }

    void iisVersionPicker_offersEveryVersionThenEachRelease()
    {
        openWindow(m_versioned);
        QComboBox *combo = iisVersionCombo();
        QVERIFY(combo);
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items.append(combo->itemText(i));
        QCOMPARE(items, QStringList{u"All versions"_s} + IisVersionSet::knownVersions());
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!combo->accessibleName().isEmpty());
        QLabel *label = nullptr;
        for (QLabel *candidate : m_window->findChildren<QLabel *>()) {
            if (candidate->buddy() == combo)
                label = candidate;
        }
        QVERIFY(label);
        QCOMPARE(label->text().remove(u'&'), u"IIS version:"_s);

        QVERIFY(searchEdit()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(combo->hasFocus());
    }

    void chooseIisVersion_hidesOtherReleasesStepsFromPaneAndCopies()
    {
        const QString iis7Step = u"In IIS Manager, open Default Document and add index.html."_s;
        const QString iis7Cause = u"The Default Document feature is not installed."_s;
        const QString iis6Step = u"On the Documents tab, select Enable default content page."_s;
        openWindow(m_versioned);
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"http:403.14"_s)));
        QVERIFY(fixStepsPane().contains(u"IIS 7.0–10.0: "_s + iis7Step));

        chooseIisVersion(u"6.0"_s);
        QVERIFY(iisVersionCombo());
        QCOMPARE(iisVersionCombo()->currentText(), u"6.0"_s);
        QVERIFY2(!fixStepsPane().contains(iis7Step), qPrintable(fixStepsPane()));
        QVERIFY(!causesPane().contains(iis7Cause));
        QVERIFY(fixStepsPane().contains(u"Add the start page to the default documents."_s));
        QVERIFY(fixStepsPane().contains(u"IIS 4.0–6.0: "_s + iis6Step));

        child<QAction>("actionCopyFixSteps")->trigger();
        const QMimeData *steps = QGuiApplication::clipboard()->mimeData();
        QVERIFY(steps);
        QVERIFY2(!steps->text().contains(iis7Step), qPrintable(steps->text()));
        QVERIFY(steps->text().contains(u"2. IIS 4.0–6.0: "_s + iis6Step));
        QVERIFY(!steps->html().contains(iis7Step));
        QVERIFY2(child<QStatusBar>("statusBar")->currentMessage().contains(u"Copied 2 fix step"_s),
                 qPrintable(child<QStatusBar>("statusBar")->currentMessage()));
        child<QAction>("actionCopyEntry")->trigger();
        const QMimeData *whole = QGuiApplication::clipboard()->mimeData();
        QVERIFY(whole);
        QVERIFY(!whole->text().contains(iis7Step));
        QVERIFY(!whole->text().contains(iis7Cause));
        QVERIFY(!whole->html().contains(iis7Step));
        QVERIFY(whole->text().contains(iis6Step));

        chooseIisVersion({});
        QCOMPARE(iisVersionCombo()->currentIndex(), 0);
        QVERIFY(fixStepsPane().contains(u"IIS 7.0–10.0: "_s + iis7Step));
        QVERIFY(causesPane().contains(u"IIS 7.0–10.0: "_s + iis7Cause));
        child<QAction>("actionCopyFixSteps")->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"2. IIS 7.0–10.0: "_s + iis7Step));
    }

    void chooseIisVersion_entryForOtherReleases_staysAndSaysItDoesNotApply()
    {
        openWindow(m_versioned);
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"ftp:530"_s)));
        QVERIFY(!detailsLine().contains(u"not apply"_s));

        chooseIisVersion(u"10.0"_s);
        QVERIFY(iisVersionCombo());
        QCOMPARE(iisVersionCombo()->currentText(), u"10.0"_s);
        QCOMPARE(currentKey(), u"ftp:530"_s);
        QVERIFY2(detailsLine().contains(u"Applies to: IIS 4.0–6.0"_s), qPrintable(detailsLine()));
        QVERIFY2(detailsLine().endsWith(u"Does not apply to IIS 10.0"_s),
                 qPrintable(detailsLine()));
        // The filter only narrows marked items: the entry's own steps are all still there.
        QCOMPARE(meaningPane(), u"The FTP logon failed."_s);
        QVERIFY(fixStepsPane().contains(u"Check the user name and password."_s));

        QVERIFY(m_window->showCode(*CodeId::fromKey(u"http:403.14"_s)));
        QVERIFY(!detailsLine().contains(u"not apply"_s));
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"ftp:530"_s)));
        chooseIisVersion(u"6.0"_s);
        QVERIFY(!detailsLine().contains(u"not apply"_s));
    }

    void chooseIisVersion_noStepLeft_disablesCopyFixSteps()
    {
        openWindow(m_versioned);
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"win32:10054"_s)));
        auto *action = child<QAction>("actionCopyFixSteps");
        auto *button = child<QAbstractButton>("copyFixStepsButton");
        QVERIFY(action->isEnabled() && button->isEnabled());

        chooseIisVersion(u"6.0"_s);
        QVERIFY(iisVersionCombo());
        QCOMPARE(iisVersionCombo()->currentText(), u"6.0"_s);
        QVERIFY(fixStepsPane().isEmpty());
        QVERIFY(!action->isEnabled());
        QVERIFY(!button->isEnabled());
        // Another entry with steps left enables it again, as does every version.
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"ftp:530"_s)));
        QVERIFY(action->isEnabled());
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"win32:10054"_s)));
        chooseIisVersion({});
        QVERIFY(action->isEnabled() && button->isEnabled());
    }

    void iisVersion_survivesLanguageSwitchAndRestart()
    {
        const QString iis7Step = u"在 IIS 管理員中開啟「預設文件」並加入 index.html。"_s;
        openWindow(m_versioned);
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"http:403.14"_s)));
        chooseIisVersion(u"6.0"_s);
        QComboBox *combo = iisVersionCombo();
        QVERIFY(combo);
        const QString englishAll = combo->itemText(0);

        m_window->setLanguage(Language::TraditionalChinese);
        QCOMPARE(combo->currentText(), u"6.0"_s);
        QVERIFY2(combo->itemText(0) != englishAll, qPrintable(combo->itemText(0)));
        QVERIFY(combo->accessibleName() != u"IIS version"_s);
        QVERIFY(fixStepsPane().contains(u"將起始網頁加入預設文件。"_s));
        QVERIFY2(!fixStepsPane().contains(iis7Step), qPrintable(fixStepsPane()));
        m_window->close();

        openWindow(m_versioned);
        QVERIFY(iisVersionCombo());
        QCOMPARE(iisVersionCombo()->currentText(), u"6.0"_s);
        QCOMPARE(currentKey(), u"http:403.14"_s);
        QVERIFY(fixStepsPane().contains(u"將起始網頁加入預設文件。"_s));
        QVERIFY(!fixStepsPane().contains(iis7Step));
    }

    void settings_garbageIisVersion_fallsBackToAllVersions_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addRow("unknown release") << QByteArray("11.0");
        QTest::addRow("word") << QByteArray("klingon");
        QTest::addRow("range") << QByteArray("6.0-10.0");
        QTest::addRow("list") << QByteArray("6.0, 7.0");
        QTest::addRow("bytes") << QByteArray("@ByteArray(6.0)");
        QTest::addRow("empty") << QByteArray();
    }

    void settings_garbageIisVersion_fallsBackToAllVersions()
    {
        QFETCH(QByteArray, value);
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[ui]\nlanguage=en\n[entry]\nlast=http:403.14\n[view]\niisVersion=" + value +
                   "\n");
        file.close();

        openWindow(m_versioned);
        QVERIFY(iisVersionCombo());
        QCOMPARE(iisVersionCombo()->currentIndex(), 0);
        QCOMPARE(currentKey(), u"http:403.14"_s);
        QVERIFY(fixStepsPane().contains(u"IIS 7.0–10.0: "_s));
        QVERIFY(fixStepsPane().contains(u"IIS 4.0–6.0: "_s));
        QVERIFY(!detailsLine().contains(u"not apply"_s));
    }

    void relatedLink_jumpsToEntry()
    {
        openWindow();
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"http:403.4"_s)));
        auto *related = child<QLabel>("relatedLabel");
        QVERIFY(related->isVisible());
        QVERIFY(related->text().contains(u"http:403.5"_s));
        emit related->linkActivated(u"iisref:http:403.5"_s);
        QCOMPARE(currentKey(), u"http:403.5"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
