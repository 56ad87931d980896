// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CategoryModel.h"
#include "EntryClipboard.h"
#include "EntryFormatter.h"
#include "EntryPrinter.h"
#include "ItemDataRole.h"
#include "LogPage.h"
#include "MouseNavigationFilter.h"
#include "QueryParser.h"
#include "SearchResultModel.h"
#include "Settings.h"
#include "SingleLineItemDelegate.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// Enough to scroll through a family such as 403.x; a longer list only slows typing down.
constexpr int maxResults = 60;
// The tree and the results take about a quarter of the window: at 1920 px names are no longer
// cut, at 1024 px the panes keep the rest. Never narrower than a code and a short title, never
// wider than a long title, never so wide the entry is left less than this share of the width.
constexpr double defaultLeftShare = 0.26;
constexpr int minLeftChars = 30;
constexpr int maxLeftChars = 80;
constexpr double minEntryShare = 0.55;

// A menu label as a button shows it: "複製(&C)…" → "複製", "&Copy" → "Copy", "A && B" → "A & B".
// By hand rather than a regular expression, which would compile PCRE before the first frame.
QString buttonLabel(const QString &menuText)
{
    QString label;
    label.reserve(menuText.size());
    for (qsizetype i = 0; i < menuText.size(); ++i) {
        const QChar c = menuText[i];
        const bool translatedMnemonic = c == u'(' && i + 3 < menuText.size() &&
                                        menuText[i + 1] == u'&' && menuText[i + 3] == u')';
        if (translatedMnemonic) {
            while (!label.isEmpty() && label.back().isSpace())
                label.chop(1);
            i += 3;
        } else if (c == u'&' && i + 1 < menuText.size()) {
            label += menuText[++i];
        } else if (c != u'…') {
            label += c;
        }
    }
    return label;
}

} // namespace

MainWindow::MainWindow(const Catalog &catalog, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_catalog(catalog),
      m_settings(settings), m_engine(catalog), m_categoryModel(new CategoryModel(catalog, this)),
      m_resultModel(new SearchResultModel(this))
{
    m_ui->setupUi(this);
    setUpViews();
    setUpActions();
    setUpHistory();
    setUpLogPage();
    setUpPrinting();
    setUpIisVersionPicker();
    setUpLanguageSwitchers();
    restoreSettings();
    retranslate();
    m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpViews()
{
    m_ui->categoryTree->setItemDelegate(new SingleLineItemDelegate(m_ui->categoryTree));
    m_ui->resultList->setItemDelegate(new SingleLineItemDelegate(m_ui->resultList));
    m_ui->categoryTree->setModel(m_categoryModel);
    m_ui->categoryTree->expandToDepth(0);
    m_ui->resultList->setModel(m_resultModel);
    connect(m_ui->categoryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::entrySelectedIn);
    connect(m_ui->resultList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::entrySelectedIn);
    connect(m_ui->categoryTree, &QAbstractItemView::activated, this, &MainWindow::entryActivatedIn);
    connect(m_ui->resultList, &QAbstractItemView::activated, this, &MainWindow::entryActivatedIn);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::search);

    m_ui->searchEdit->installEventFilter(this);
    m_ui->resultList->installEventFilter(this);
    m_ui->categoryTree->installEventFilter(this);

    // The window's share, kept through resizes; a drag sets a new share.
    m_leftShare = defaultLeftShare;
    m_ui->mainSplitter->installEventFilter(this);
    connect(m_ui->mainSplitter, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_ui->mainSplitter->sizes();
        if (sizes.size() == 2 && sizes[0] + sizes[1] > 0)
            m_leftShare = double(sizes[0]) / (sizes[0] + sizes[1]);
    });

    EntryView *entryView = m_ui->entryView;
    connect(entryView, &EntryView::copyFixStepsRequested, this, &MainWindow::copyFixSteps);
    connect(entryView, &EntryView::relatedCodeActivated, this, &MainWindow::showCode);
    connect(entryView, &EntryView::referenceActivated, this, &MainWindow::openReference);
    connect(entryView, &EntryView::referenceCopyRequested, this, &MainWindow::copyReference);

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    for (QWidget *pane : entryView->findChildren<QWidget *>()) {
        if (pane->focusPolicy() != Qt::NoFocus)
            pane->installEventFilter(this);
    }
}

void MainWindow::reserveToolBarIcons()
{
    // Blank icons of the toolbar's size until the theme's arrive after the first frame, so
    // the buttons do not widen under the pointer when they do.
    QPixmap blank(m_ui->mainToolBar->iconSize());
    blank.fill(Qt::transparent);
    for (QAction *action :
         {m_ui->actionBack, m_ui->actionForward, m_ui->actionCopyFixSteps, m_ui->actionCopyEntry})
        action->setIcon(QIcon(blank));
}

// Looking an icon up in the theme makes Qt read the theme's index files, which costs the first
// frame several milliseconds; nothing here is needed to read the window.
void MainWindow::applyThemeIcons()
{
    m_ui->actionQuit->setIcon(QIcon::fromTheme(u"application-exit"_s));
    m_ui->actionCopyFixSteps->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->actionCopyEntry->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->actionFind->setIcon(QIcon::fromTheme(u"edit-find"_s));
    m_ui->actionAbout->setIcon(QIcon::fromTheme(u"help-about"_s));
    m_ui->actionPrint->setIcon(QIcon::fromTheme(u"document-print"_s));
    m_ui->actionExportPdf->setIcon(QIcon::fromTheme(u"document-export"_s));
    m_openLogAction->setIcon(QIcon::fromTheme(u"document-open"_s));
    // The style's arrows where the desktop has no icon theme; they follow right-to-left too.
    m_ui->actionBack->setIcon(
        QIcon::fromTheme(u"go-previous"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    m_ui->actionForward->setIcon(
        QIcon::fromTheme(u"go-next"_s, style()->standardIcon(QStyle::SP_ArrowForward)));
    m_ui->entryView->applyThemeIcons();
    // The clear button's icon is a theme lookup as well.
    m_ui->searchEdit->setClearButtonEnabled(true);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_firstFramePainted)
        return;
    m_firstFramePainted = true;
    // After this paint reaches the screen, not during it.
    QTimer::singleShot(0, this, [this] {
        applyThemeIcons();
        emit firstFramePainted();
    });
}

void MainWindow::setUpActions()
{
    reserveToolBarIcons();
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);

    connect(m_ui->actionCopyFixSteps, &QAction::triggered, this, &MainWindow::copyFixSteps);
    connect(m_ui->actionCopyEntry, &QAction::triggered, this, &MainWindow::copyEntry);

    // The platform's Find key plus the two that browsers and chat programs taught people.
    QList<QKeySequence> findKeys = QKeySequence::keyBindings(QKeySequence::Find);
    findKeys << QKeySequence(Qt::CTRL | Qt::Key_K) << QKeySequence(Qt::CTRL | Qt::Key_L);
    m_ui->actionFind->setShortcuts(findKeys);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::focusSearch);

    connect(m_ui->actionShowCategories, &QAction::triggered, this, &MainWindow::showCategories);

    // Ctrl+= beside Ctrl++ : on most keyboards "+" needs Shift.
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setObjectName(u"actionZoomIn"_s);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setObjectName(u"actionZoomOut"_s);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setZoom(m_zoom - 1); });
    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setObjectName(u"actionZoomReset"_s);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setZoom(0); });
    m_ui->menuView->addSeparator();
    m_ui->menuView->addActions({m_zoomInAction, m_zoomOutAction, m_zoomResetAction});
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setUpPrinting()
{
    m_ui->actionPrint->setShortcuts(QKeySequence::Print);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printEntry);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    // After the log items, which are about reading rather than handing on.
    m_ui->menuFile->insertActions(m_ui->actionQuit, {m_ui->actionPrint, m_ui->actionExportPdf});
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
}

void MainWindow::setUpHistory()
{
    // The platform's keys first (Cmd+[ on macOS), then the ones browsers taught everyone else.
    const auto keys = [](QKeySequence::StandardKey standard, const QKeySequence &browser) {
        QList<QKeySequence> list = QKeySequence::keyBindings(standard);
        if (!list.contains(browser))
            list.append(browser);
        return list;
    };
    m_ui->actionBack->setShortcuts(keys(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    m_ui->actionForward->setShortcuts(
        keys(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->actionForward, &QAction::triggered, this, &MainWindow::goForward);
    auto *mouse = new MouseNavigationFilter(this);
    connect(mouse, &MouseNavigationFilter::backRequested, this, &MainWindow::goBack);
    connect(mouse, &MouseNavigationFilter::forwardRequested, this, &MainWindow::goForward);
}

std::optional<HistoryPlace> MainWindow::shownPlace() const
{
    if (showsLog())
        return HistoryPlace::log();
    if (m_current)
        return HistoryPlace::entry(m_current->id);
    return std::nullopt;
}

void MainWindow::commitPlace(const HistoryPlace &place)
{
    m_history.commit(place);
    if (!place.isLog()) {
        m_settings.addRecentEntry(place.id);
        updateRecentEntries();
    }
    updateHistoryActions();
}

void MainWindow::commitCurrentEntry()
{
    if (m_current)
        commitPlace(HistoryPlace::entry(m_current->id));
}

void MainWindow::entryActivatedIn(const QModelIndex &index)
{
    if (const auto *entry = index.data(EntryRole).value<const Entry *>())
        commitPlace(HistoryPlace::entry(entry->id));
}

void MainWindow::goBack()
{
    // A query typed since shows another entry, or none. That preview was never a step, so
    // the first step back leaves it for the place committed to.
    const std::optional<HistoryPlace> committed = m_history.current();
    if (committed && shownPlace() != committed) {
        showPlace(*committed);
        return;
    }
    if (const auto place = m_history.back())
        showPlace(*place);
}

void MainWindow::goForward()
{
    if (const auto place = m_history.forward())
        showPlace(*place);
}

void MainWindow::showPlace(const HistoryPlace &place)
{
    if (!place.isLog())
        revealCode(place.id);
    else if (m_logPage && m_tabs->indexOf(m_logPage) >= 0)
        m_tabs->setCurrentWidget(m_logPage);
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    const std::optional<HistoryPlace> committed = m_history.current();
    m_ui->actionBack->setEnabled(m_history.canGoBack() || (committed && shownPlace() != committed));
    m_ui->actionForward->setEnabled(m_history.canGoForward());
}

void MainWindow::updateRecentEntries()
{
    QMenu *menu = m_ui->menuRecentEntries;
    menu->clear();
    int number = 0;
    for (const CodeId &id : m_settings.recentEntries()) {
        // A code of another catalog (--catalog) or of an older release is not offered.
        const Entry *entry = m_catalog.find(id);
        if (!entry)
            continue;
        ++number;
        // "&1 HTTP 403.14 — …" to pick by keyboard, "1&0" for the tenth; the title escaped for
        // the menu's mnemonic syntax.
        const QString mnemonic = number < 10 ? u"&%1"_s.arg(number) : u"1&0"_s;
        QAction *action =
            menu->addAction(mnemonic + u' ' +
                            EntryFormatter::headerLine(*entry, m_language).replace(u'&', u"&&"_s));
        connect(action, &QAction::triggered, this, [this, id] { showCode(id); });
    }
    menu->setEnabled(number > 0);
}

// Built when the first log is opened: most sessions never open one, and its table, chart and
// lists cost the first frame a few milliseconds.
LogPage *MainWindow::logPage()
{
    if (m_logPage)
        return m_logPage;
    m_logPage = new LogPage(m_catalog, this);
    m_logPage->hide();
    m_logPage->setLanguage(m_language);
    statusBar()->insertPermanentWidget(0, m_logPage->progressWidget()); // left of the count
    connect(m_logPage, &LogPage::codesRequested, this, &MainWindow::showLogCodes);
    connect(m_logPage, &LogPage::readingFinished, this, &MainWindow::updateWindowTitle);
    return m_logPage;
}

void MainWindow::setUpLogPage()
{
    // The reference is the first tab; the log page joins it once a log is opened, so a window
    // without logs looks as it always did.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->addTab(takeCentralWidget(), QString());
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::tabChanged);

    m_openLogAction = new QAction(this);
    m_openLogAction->setObjectName(u"actionOpenLog"_s);
    m_openLogAction->setShortcuts(QKeySequence::Open);
    connect(m_openLogAction, &QAction::triggered, this, [this] { openLogDialog(false); });
    m_openLogFolderAction = new QAction(this);
    m_openLogFolderAction->setObjectName(u"actionOpenLogFolder"_s);
    m_openLogFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openLogFolderAction, &QAction::triggered, this, [this] { openLogDialog(true); });
    m_recentLogsMenu = new QMenu(this);
    m_recentLogsMenu->setObjectName(u"menuRecentLogs"_s);
    m_ui->menuFile->insertActions(m_ui->actionQuit, {m_openLogAction, m_openLogFolderAction});
    m_ui->menuFile->insertMenu(m_ui->actionQuit, m_recentLogsMenu);
    updateRecentLogs();
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    setAcceptDrops(true);
}

bool MainWindow::showsLog() const
{
    return m_logPage && m_tabs->currentWidget() == m_logPage;
}

void MainWindow::openLogs(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    LogPage *page = logPage();
    if (m_tabs->indexOf(page) < 0)
        m_tabs->addTab(page, QString());
    m_tabs->setTabText(m_tabs->indexOf(m_logPage), tr("Log"));
    m_tabs->setCurrentWidget(m_logPage);
    m_logPage->setLanguage(m_language);
    m_logPage->open(paths);
    for (auto it = paths.crbegin(); it != paths.crend(); ++it)
        m_settings.addRecentLog(QFileInfo(*it).absoluteFilePath());
    updateRecentLogs();
    updateWindowTitle();
}

void MainWindow::openLogDialog(bool folder)
{
    const QString start =
        !m_logPage || m_logPage->inputs().isEmpty() ? QString() : m_logPage->inputs().first();
    if (folder) {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Log Folder"), start);
        if (!path.isEmpty())
            openLogs({path});
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Log"), start,
                                                            tr("IIS logs (*.log);;All files (*)"));
    openLogs(paths);
}

void MainWindow::showLogCodes(const QStringList &keys, const QString &query)
{
    QStringList names;
    for (const QString &key : keys) {
        if (const auto id = CodeId::fromKey(key))
            names.append(id->displayName());
    }
    // The log is a place of its own in the history, so Back returns to it.
    commitPlace(HistoryPlace::log());
    m_tabs->setCurrentIndex(0);
    // The row as a query: the results list every entry (status, win32 value, FTP substatus),
    // the best one fills the panes, and an unknown substatus is named before its status.
    m_ui->searchEdit->setText(query);
    commitCurrentEntry();
    statusBar()->showMessage(
        tr("From the log: %1 — Alt+Left goes back to the log").arg(names.join(u", "_s)), 15000);
}

void MainWindow::updateRecentLogs()
{
    m_recentLogsMenu->clear();
    const QStringList recent = m_settings.recentLogs();
    for (int i = 0; i < recent.size(); ++i) {
        // "&1 u_ex240501.log": a number to pick it by keyboard; the path as written, escaped
        // for the menu's mnemonic syntax only.
        QAction *action = m_recentLogsMenu->addAction(
            u"&%1 %2"_s.arg(i + 1).arg(QString(recent[i]).replace(u'&', u"&&"_s)));
        const QString &path = recent[i];
        connect(action, &QAction::triggered, this, [this, path] { openLogs({path}); });
    }
    m_recentLogsMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::tabChanged()
{
    // Opening a log or picking its tab goes there as a link would; the reference tab shows
    // the entry the history already holds, or one being previewed.
    if (showsLog())
        commitPlace(HistoryPlace::log());
    updateHistoryActions();
    updateWindowTitle();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openLogs(paths);
    }
}

void MainWindow::updateWindowTitle()
{
    const QString appTitle = tr("IIS Status Codes");
    if (showsLog() && !m_logPage->inputs().isEmpty()) {
        const QStringList inputs = m_logPage->inputs();
        QString name = QFileInfo(inputs.first()).fileName();
        if (inputs.size() > 1)
            name = tr("%1 and %n more", "", int(inputs.size() - 1)).arg(name);
        setWindowTitle(name + u" — "_s + appTitle);
        return;
    }
    setWindowTitle(m_current ? QString(m_current->id.displayName() + u" — "_s + appTitle)
                             : appTitle);
}

void MainWindow::setUpIisVersionPicker()
{
    // Beside the copy actions, because it decides what they copy.
    m_ui->mainToolBar->addSeparator();
    m_iisVersionLabel = new QLabel(this);
    m_iisVersionLabel->setContentsMargins(6, 0, 6, 0);
    m_ui->mainToolBar->addWidget(m_iisVersionLabel);
    m_iisVersionCombo = new QComboBox(this);
    m_iisVersionCombo->setObjectName(u"iisVersionCombo"_s);
    // "All versions" is as long as its translation makes it, and it changes with the language.
    m_iisVersionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_iisVersionLabel->setBuddy(m_iisVersionCombo);
    m_ui->mainToolBar->addWidget(m_iisVersionCombo);

    m_iisVersionCombo->addItem(QString(), QString()); // "All versions", named in retranslate()
    for (const QString &version : IisVersionSet::knownVersions())
        m_iisVersionCombo->addItem(version, version);
    connect(m_iisVersionCombo, &QComboBox::activated, this, [this](int index) {
        const QString version = m_iisVersionCombo->itemData(index).toString();
        setIisVersionFilter(IisVersionSet::fromVersion(version).value_or(IisVersionSet()));
    });
}

void MainWindow::updateIisVersionPicker()
{
    const QStringList releases = m_iisFilter.versions();
    const int index = releases.size() == 1 ? m_iisVersionCombo->findData(releases.first()) : 0;
    const QSignalBlocker blocker(m_iisVersionCombo);
    m_iisVersionCombo->setCurrentIndex(qMax(index, 0));
}

void MainWindow::setIisVersionFilter(const IisVersionSet &versions)
{
    m_iisFilter = versions;
    m_settings.setIisVersionFilter(versions);
    m_ui->entryView->setIisVersionFilter(versions);
    updateIisVersionPicker();
    updateCopyActions();
}

void MainWindow::setUpLanguageSwitchers()
{
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setContentsMargins(0, 0, 6, 0);
    m_ui->mainToolBar->addWidget(m_languageLabel);
    m_languageCombo = new QComboBox(this);
    // Sized by a count of average characters rather than by measuring its items: measuring
    // "繁體中文" loads a CJK font before the first frame even in an English window.
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_languageCombo->setMinimumContentsLength(9);
    m_languageLabel->setBuddy(m_languageCombo);
    m_ui->mainToolBar->addWidget(m_languageCombo);

    for (const Language language : allLanguages) {
        // Each language in its own script: someone who cannot read the current UI must still
        // find theirs.
        QAction *action = m_ui->menuLanguage->addAction(languageNativeName(language));
        action->setCheckable(true);
        action->setData(int(language));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
        m_languageCombo->addItem(languageNativeName(language), int(language));
    }
    connect(m_languageCombo, &QComboBox::activated, this,
            [this](int index) { setLanguage(Language(m_languageCombo->itemData(index).toInt())); });
}

void MainWindow::updateLanguageSwitchers()
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(Language(action->data().toInt()) == m_language);
    const QSignalBlocker blocker(m_languageCombo);
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(int(m_language)));
}

void MainWindow::restoreSettings()
{
    // The language first, so everything below is built in it.
    setLanguage(m_settings.startLanguage(), false);

    if (!restoreGeometry(m_settings.windowGeometry()))
        placeFirstTime();
    else
        keepOnScreen();
    restoreState(m_settings.windowState());
    // Before the last entry, so it is drawn once and already filtered.
    m_iisFilter = m_settings.iisVersionFilter();
    m_ui->entryView->setIisVersionFilter(m_iisFilter);
    updateIisVersionPicker();
    // A proportion, not the last run's pixels, so a window opened on a smaller screen still
    // leaves the panes their room.
    m_leftShare = m_settings.treeShare().value_or(defaultLeftShare);
    applyLeftShare();
    m_ui->entryView->restoreSplitterState(m_settings.paneSplitterState());
    m_zoom = m_settings.zoom();
    m_ui->entryView->setZoom(m_zoom);
    // Where the history starts, but not a choice made now, so Recent is left as it was.
    if (const auto last = m_settings.lastEntry(); last && revealCode(*last))
        m_history.commit(HistoryPlace::entry(*last));
    // Said where the user looks, not only on a terminal they may not have.
    if (!m_settings.problems().isEmpty())
        statusBar()->showMessage(m_settings.problems().join(u' '), 30000);
}

void MainWindow::setZoom(int steps)
{
    m_zoom = std::clamp(steps, Settings::minZoom, Settings::maxZoom);
    m_ui->entryView->setZoom(m_zoom);
    m_settings.setZoom(m_zoom);
}

void MainWindow::placeFirstTime()
{
    // At most 90% of the screen, centred: a window as big as the screen puts its status bar
    // (copy feedback, counts) under the task bar.
    const QScreen *screen = this->screen();
    if (!screen) {
        resize(1280, 800);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = QSize(1280, 800).boundedTo(available.size() * 0.9);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::keepOnScreen()
{
    // A geometry saved on a larger or a since-removed screen is shrunk and moved onto the
    // screen the window now opens on, so its title bar can always be reached.
    const QScreen *screen = this->screen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = geometry();
    if (frame.width() > available.width() || frame.height() > available.height()) {
        // Too big for this screen: as on a first launch, with the frame room to fit.
        placeFirstTime();
        return;
    }
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1));
    setGeometry(frame);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (const QList<int> sizes = m_ui->mainSplitter->sizes();
        sizes.size() == 2 && sizes[0] > 0 && sizes[1] > 0)
        m_settings.setTreeShare(double(sizes[0]) / (sizes[0] + sizes[1]));
    m_settings.setPaneSplitterState(m_ui->entryView->saveSplitterState());
    m_settings.setLastEntry(m_current ? std::optional<CodeId>(m_current->id) : std::nullopt);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setLanguage(Language language, bool remember)
{
    if (remember)
        m_settings.setLanguage(language);
    m_language = language;
    m_translator.setLanguage(language);
    m_categoryModel->setLanguage(language);
    m_resultModel->setLanguage(language);
    m_ui->entryView->setLanguage(language);
    if (m_logPage)
        m_logPage->setLanguage(language);
    updateCopyActions(); // the other language's steps may be marked for other releases
    // Installing a translator only posts QEvent::LanguageChange; deliver it now so the window
    // never shows half of one language and half of the other.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    updateLanguageSwitchers();
    if (isVisible())
        statusBar()->showMessage(tr("Language: %1").arg(languageNativeName(language)), 3000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // "Common codes" and the header are tr() strings inside the model.
        m_categoryModel->retranslate();
        // Recent entries are titled in the content language, which changes with the UI's.
        updateRecentEntries();
    }
    QMainWindow::changeEvent(event);
}

// The window's own strings, on a language change; what changes with every search and entry is
// refreshStatus()'s.
void MainWindow::retranslate()
{
    m_tabs->setTabText(0, tr("Reference"));
    m_tabs->setAccessibleName(tr("Reference and log"));
    if (m_logPage && m_tabs->indexOf(m_logPage) >= 0)
        m_tabs->setTabText(m_tabs->indexOf(m_logPage), tr("Log"));
    // Toolbar buttons show the action's icon text, which keeps a translation's "(&F)" as "(F)":
    // mnemonics belong to menus, so the buttons get the label alone.
    for (QAction *action : m_ui->mainToolBar->actions()) {
        if (!action->text().isEmpty())
            action->setIconText(buttonLabel(action->text()));
    }
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_openLogAction->setText(tr("&Open Log…"));
    m_openLogFolderAction->setText(tr("Open Log &Folder…"));
    m_recentLogsMenu->setTitle(tr("&Recent Logs"));
    m_iisVersionLabel->setText(tr("&IIS version:"));
    m_iisVersionCombo->setItemText(0, tr("All versions"));
    m_iisVersionCombo->setToolTip(
        tr("Show only the causes and fix steps that apply to one IIS release (Alt+I)"));
    m_iisVersionCombo->setAccessibleName(tr("IIS version"));
    m_languageLabel->setText(tr("Language:"));
    m_languageCombo->setToolTip(tr("Language of the window and the entries"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_ui->leftStack->setAccessibleName(tr("Categories and search results"));
    m_ui->entryView->setAccessibleName(tr("Selected entry"));
    m_countLabel->setText(tr("%n code(s)", nullptr, int(m_catalog.entries().size())));
    m_countLabel->setAccessibleName(tr("Number of codes"));
    refreshStatus();
}

// The title bar and the line above the results: they follow the query and the entry shown.
void MainWindow::refreshStatus()
{
    updateWindowTitle();
    const QString query = m_ui->searchEdit->text().trimmed();
    if (query.isEmpty()) {
        m_ui->resultsLabel->clear();
    } else if (m_resultModel->showsSuggestions()) {
        m_ui->resultsLabel->setText(m_resultModel->rowCount() == 0
                                        ? tr("Nothing matches “%1”.").arg(query)
                                        : tr("Nothing matches “%1”. Nearby:").arg(query));
    } else {
        const int shown = m_resultModel->rowCount();
        QString label = shown < m_totalResults
                            ? tr("%1 of %n results shown", nullptr, m_totalResults).arg(shown)
                            : tr("%n result(s)", nullptr, shown);
        if (!m_unknownCode.isEmpty())
            label = tr("%1 is not a known code; showing %2.").arg(m_unknownCode, m_shownInstead) +
                    u' ' + label;
        m_ui->resultsLabel->setText(label);
    }
}

void MainWindow::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_resultModel->clear();
        m_ui->leftStack->setCurrentWidget(m_ui->treePage);
        if (m_current)
            m_ui->categoryTree->setCurrentIndex(m_categoryModel->indexForCode(m_current->id));
        refreshStatus();
        return;
    }
    const SearchAnswer answer = m_engine.answer(QueryParser::parse(text), maxResults);
    const QList<SearchResult> &results = answer.results;
    m_totalResults = int(answer.totalResults);
    // "404.99": the catalog has no such code, so say so before showing its status instead.
    m_unknownCode = answer.unknownCode ? answer.unknownCode->displayName() : QString();
    m_shownInstead = answer.unknownCode ? results.first().entry->id.displayName() : QString();
    if (results.isEmpty()) {
        m_resultModel->setSuggestions(answer.suggestions);
        // Nothing matched: the panes, the title and the copy actions drop the last entry.
        QList<CodeId> ids;
        for (const Entry *entry : answer.suggestions)
            ids.append(entry->id);
        m_current = nullptr;
        m_ui->entryView->showNothingMatches(text.trimmed(), ids);
        updateCopyActions();
        updateHistoryActions();
    } else {
        m_resultModel->setResults(results);
    }
    m_ui->leftStack->setCurrentWidget(m_ui->resultsPage);
    refreshStatus();
    // The best hit goes straight into the panes: most searches are a code pasted from a log.
    // A suggestion does not: it is not an answer, so it waits until it is chosen.
    if (!results.isEmpty())
        m_ui->resultList->setCurrentIndex(m_resultModel->index(0));
}

void MainWindow::showCategories()
{
    // Clearing the query switches back to the tree and reselects the entry being read.
    m_ui->searchEdit->clear();
    m_ui->categoryTree->setFocus(Qt::ShortcutFocusReason);
    if (m_current)
        m_ui->categoryTree->scrollTo(m_ui->categoryTree->currentIndex());
}

void MainWindow::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void MainWindow::entrySelectedIn(const QModelIndex &index)
{
    // A group has no entry: keep showing what was shown. The entry already shown is not
    // drawn again: showCode() selects it in the tree after showing it.
    const auto *entry = index.data(EntryRole).value<const Entry *>();
    if (entry && (entry != m_current || m_ui->entryView->entry() != entry))
        showEntry(entry);
}

QStringList MainWindow::shownFixSteps() const
{
    if (!m_current)
        return {};
    return EntryFormatter::itemTexts(*m_current, m_current->text(m_language).fixSteps, m_iisFilter);
}

void MainWindow::updateCopyActions()
{
    m_ui->actionCopyFixSteps->setEnabled(!shownFixSteps().isEmpty());
    m_ui->actionCopyEntry->setEnabled(m_current != nullptr);
    m_ui->actionPrint->setEnabled(m_current != nullptr);
    m_ui->actionExportPdf->setEnabled(m_current != nullptr);
}

void MainWindow::showEntry(const Entry *entry)
{
    m_current = entry;
    m_ui->entryView->setEntry(entry);
    updateCopyActions();
    updateHistoryActions();
    refreshStatus();
}

bool MainWindow::showCode(const CodeId &id)
{
    if (!revealCode(id))
        return false;
    commitPlace(HistoryPlace::entry(id));
    return true;
}

bool MainWindow::revealCode(const CodeId &id)
{
    const Entry *entry = m_catalog.find(id);
    if (!entry) {
        statusBar()->showMessage(tr("%1 is not a known code.").arg(id.displayName()), 5000);
        return false;
    }
    m_tabs->setCurrentIndex(0);
    m_current = entry;
    if (!m_ui->searchEdit->text().isEmpty())
        m_ui->searchEdit->clear();
    const QModelIndex index = m_categoryModel->indexForCode(id);
    m_ui->categoryTree->setCurrentIndex(index);
    m_ui->categoryTree->scrollTo(index);
    if (m_ui->entryView->entry() != entry)
        showEntry(entry);
    return true;
}

bool MainWindow::openQuery(const QString &query)
{
    const QList<SearchResult> best = m_engine.search(query, 1);
    if (!best.isEmpty())
        return showCode(best.constFirst().entry->id);
    // Leave the query in the box so the suggestions explain why nothing opened.
    m_ui->searchEdit->setText(query);
    return false;
}

void MainWindow::moveResultSelection(int delta)
{
    QAbstractItemView *view = m_ui->leftStack->currentWidget() == m_ui->resultsPage
                                  ? static_cast<QAbstractItemView *>(m_ui->resultList)
                                  : m_ui->categoryTree;
    QKeyEvent key(QEvent::KeyPress, delta > 0 ? Qt::Key_Down : Qt::Key_Up, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &key);
}

bool MainWindow::handleSearchKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveResultSelection(1);
        return true;
    case Qt::Key_Up:
        moveResultSelection(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current) {
            commitCurrentEntry();
            m_ui->entryView->focusFirstPane();
        }
        return true;
    case Qt::Key_Escape:
        showCategories();
        return true;
    default:
        return false;
    }
}

void MainWindow::applyLeftShare()
{
    const int space = m_ui->mainSplitter->width() - m_ui->mainSplitter->handleWidth();
    if (space <= 0)
        return;
    const int character = fontMetrics().averageCharWidth();
    const int narrowest = minLeftChars * character;
    const int widest =
        std::max(narrowest, std::min(maxLeftChars * character, int(space * (1 - minEntryShare))));
    // As limits of the widget too, so a drag stops where a resize would bring it back to.
    m_ui->leftStack->setMinimumWidth(narrowest);
    m_ui->leftStack->setMaximumWidth(widest);
    const int left = std::clamp(int(std::lround(space * m_leftShare)), narrowest, widest);
    m_ui->mainSplitter->setSizes({left, space - left});
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->mainSplitter && event->type() == QEvent::Resize) {
        applyLeftShare();
        return QMainWindow::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->searchEdit && key->modifiers() == Qt::NoModifier)
            return handleSearchKey(key);
        if (watched == m_ui->resultList && key->key() == Qt::Key_Escape) {
            showCategories();
            return true;
        }
        // Esc from a pane goes back to where the next code is typed.
        if (key->key() == Qt::Key_Escape && watched->isWidgetType() &&
            m_ui->entryView->isAncestorOf(static_cast<QWidget *>(watched))) {
            focusSearch();
            return true;
        }
        // Enter on a group opens or closes it; only an entry leads into the panes.
        if (watched == m_ui->categoryTree &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            const QModelIndex index = m_ui->categoryTree->currentIndex();
            if (index.isValid() && !index.data(EntryRole).value<const Entry *>()) {
                m_ui->categoryTree->setExpanded(index, !m_ui->categoryTree->isExpanded(index));
                return true;
            }
        }
        if ((watched == m_ui->resultList || watched == m_ui->categoryTree) && m_current &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            commitCurrentEntry();
            m_ui->entryView->focusFirstPane();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::copyFixSteps()
{
    if (!m_current) {
        statusBar()->showMessage(tr("Select an entry first."), 3000);
        return;
    }
    EntryClipboard::copyFixSteps(*m_current, m_language, m_iisFilter);
    const int steps = int(shownFixSteps().size());
    statusBar()->showMessage(
        tr("Copied %n fix step(s) of %1.", nullptr, steps).arg(m_current->id.displayName()), 5000);
}

void MainWindow::copyEntry()
{
    if (!m_current) {
        statusBar()->showMessage(tr("Select an entry first."), 3000);
        return;
    }
    EntryClipboard::copyEntry(*m_current, m_language, m_iisFilter);
    statusBar()->showMessage(tr("Copied the whole entry %1.").arg(m_current->id.displayName()),
                             5000);
}

void MainWindow::printEntry()
{
    if (!m_current) {
        statusBar()->showMessage(tr("Select an entry first."), 3000);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    // The job's name, and the file Qt's dialog offers for Print to File: the export's name,
    // since a header's "403.14 — …" would be cut at its dot.
    printer.setDocName(EntryPrinter::pdfFileName(m_current->id));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_current->id.displayName()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    EntryPrinter::print(EntryFormatter::entryHtml(*m_current, m_language, m_iisFilter), printer);
    statusBar()->showMessage(tr("Sent %1 to the printer.").arg(m_current->id.displayName()), 5000);
}

void MainWindow::exportPdf()
{
    if (!m_current) {
        statusBar()->showMessage(tr("Select an entry first."), 3000);
        return;
    }
    // Documents, or home where there is none: the dialog would otherwise open in whatever
    // folder the program was started from.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(EntryPrinter::pdfFileName(m_current->id));
    QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    const QString error =
        EntryPrinter::writePdf(EntryFormatter::entryHtml(*m_current, m_language, m_iisFilter), path,
                               EntryFormatter::headerLine(*m_current, m_language));
    if (!error.isEmpty()) {
        statusBar()->showMessage(error, 15000);
        QMessageBox::warning(this, tr("Export as PDF"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Exported %1 to %2.").arg(m_current->id.displayName(), QDir::toNativeSeparators(path)),
        5000);
}

void MainWindow::copyReference(const QString &label)
{
    EntryClipboard::copyText(label);
    statusBar()->showMessage(tr("Copied %1.").arg(label), 5000);
}

void MainWindow::openReference(const QUrl &link, const QString &label)
{
    if (QDesktopServices::openUrl(link))
        statusBar()->showMessage(tr("Opened %1 in the web browser.").arg(label), 5000);
    else
        statusBar()->showMessage(tr("Could not open a web browser for %1.").arg(label), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About iisref"),
        tr("<p><b>iisref %1</b></p><p>An offline reference for the statuses IIS 4.0 to 10 "
           "reports (HTTP and FTP codes, Win32 status values, HTTP.sys reasons): what each "
           "means, why it happens and how to fix it.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace iisref
