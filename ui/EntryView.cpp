// SPDX-License-Identifier: MIT
#include "EntryView.h"

#include "ui_EntryView.h"

#include "EntryFormatter.h"
#include "ToolTipText.h"

#include <QApplication>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>

#include <array>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

constexpr int ReferenceLinkRole = Qt::UserRole + 1;
constexpr int ReferenceLabelRole = Qt::UserRole + 2;
const QString relatedScheme = u"iisref"_s;
const char *const paneFocusedProperty = "paneFocused";
constexpr std::array allPanes = {EntryView::Pane::Meaning, EntryView::Pane::Causes,
                                 EntryView::Pane::References, EntryView::Pane::FixSteps};
// Characters on a line: below about 34 a pane reads as a column of four-word lines, and a
// pane must never be too narrow for a long word such as "misconfiguration," to fit whole.
constexpr int readableChars = 34;
constexpr int longWordChars = 18;
// "No reference is listed for this code." in two lines rather than a quarter of the width.
constexpr int emptyReferencesChars = 20;
// Lines the header keeps for the details, notes and related codes below the title, whatever
// the entry; more scrolls, so the panes below never move between entries.
constexpr int headerBodyLines = 4;
// Lines of text a row of the grid must show; a shorter window reads better one pane at a time.
constexpr int gridRowLines = 9;

// Re-adding a widget a splitter already holds there still costs it a round of size hints.
void putInSplitter(QSplitter *splitter, int index, QWidget *pane)
{
    if (splitter->widget(index) != pane)
        splitter->insertWidget(index, pane);
}

void makeHeading(QLabel *label)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

} // namespace

EntryView::EntryView(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::EntryView>())
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->titleLabel->font();
    // Relative to the platform font so the header scales with the user's settings and DPI.
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    for (QLabel *heading :
         {m_ui->meaningHeading, m_ui->causesHeading, m_ui->kbHeading, m_ui->fixStepsHeading})
        makeHeading(heading);
    // The Fix steps heading shares its row with the copy button; give the others the same
    // height so the four panes' texts start on one line.
    const int headingHeight = m_ui->copyFixStepsButton->sizeHint().height();
    for (QLabel *heading :
         {m_ui->meaningHeading, m_ui->causesHeading, m_ui->kbHeading, m_ui->fixStepsHeading})
        heading->setMinimumHeight(headingHeight);
    m_ui->meaningHeading->setBuddy(m_ui->meaningText);
    m_ui->causesHeading->setBuddy(m_ui->causesText);
    m_ui->kbHeading->setBuddy(m_ui->kbList);
    m_ui->fixStepsHeading->setBuddy(m_ui->fixStepsText);

    // QTextDocument indents lists by 40 px whatever the font; in panes a quarter of the window
    // wide that wastes a line's worth of words. Room for "10." is enough.
    for (QTextEdit *list : {m_ui->causesText, m_ui->fixStepsText})
        list->document()->setIndentWidth(list->fontMetrics().horizontalAdvance(u"00.  "_s));
    m_ui->kbHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->kbEmptyLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QTextBrowser *text : {m_ui->meaningText, m_ui->causesText, m_ui->fixStepsText}) {
        // QTextEdit's default, WrapAtWordBoundaryOrAnywhere, splits a word that does not fit
        // ("configur-ation" reads as two words). Chinese still breaks between characters.
        text->setWordWrapMode(QTextOption::WordWrap);
        // A caret for Shift+arrows and Ctrl+C: reading a step aloud to a colleague or pasting
        // one line of it is done from the keyboard as often as with the mouse.
        text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse |
                                      Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
        text->setTabChangesFocus(true);
    }
    // The highlight of the focused pane's heading spans the pane, not only the word.
    for (const Pane pane : allPanes) {
        QLabel *heading = paneHeading(pane);
        heading->setSizePolicy(QSizePolicy::Expanding, heading->sizePolicy().verticalPolicy());
        const int padding = heading->fontMetrics().averageCharWidth() / 2;
        heading->setContentsMargins(padding, 0, padding, 0);
    }
    connect(qApp, &QApplication::focusChanged, this, &EntryView::showPaneFocus);
    for (int i = 0; i < int(allPanes.size()); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { focusPane(allPanes[i]); });
    }
    connect(m_ui->paneSplitter, &QSplitter::splitterMoved, this, &EntryView::rememberPaneWeights);

    // The header's own background, not a scroll area's base colour.
    m_ui->headerArea->viewport()->setAutoFillBackground(false);
    m_ui->headerContent->setAutoFillBackground(false);
    updateHeaderHeight();
    updateMinimumWidths();
    for (QSplitter *splitter :
         {m_ui->gridSplitter, m_ui->gridTopSplitter, m_ui->gridBottomSplitter, m_ui->paneSplitter})
        splitter->setHandleWidth(m_ui->paneSplitter->handleWidth());
    m_ui->gridSplitter->setStretchFactor(0, 1);
    m_ui->gridSplitter->setStretchFactor(1, 1);

    connect(m_ui->copyFixStepsButton, &QToolButton::clicked, this,
            &EntryView::copyFixStepsRequested);
    connect(m_ui->relatedLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() != relatedScheme)
            return;
        if (const auto id = CodeId::fromKey(url.path()))
            emit relatedCodeActivated(*id);
    });
    connect(m_ui->kbList, &QListWidget::itemActivated, this, &EntryView::activateKbItem);
    connect(m_ui->kbList, &QListWidget::customContextMenuRequested, this,
            &EntryView::showKbContextMenu);

    retranslate();
    render();
    // Sized on the first resize, when the width is known: laying the view out now, at the
    // .ui's placeholder size, cost the first frame more than a millisecond for nothing.
    placePanes(PaneLayout::SideBySide);
}

EntryView::~EntryView() = default;

QWidget *EntryView::paneWidget(Pane pane) const
{
    switch (pane) {
    case Pane::Meaning:
        return m_ui->meaningPane;
    case Pane::Causes:
        return m_ui->causesPane;
    case Pane::References:
        return m_ui->kbPane;
    case Pane::FixSteps:
        return m_ui->fixStepsPane;
    }
    return m_ui->meaningPane;
}

QLabel *EntryView::paneHeading(Pane pane) const
{
    switch (pane) {
    case Pane::Meaning:
        return m_ui->meaningHeading;
    case Pane::Causes:
        return m_ui->causesHeading;
    case Pane::References:
        return m_ui->kbHeading;
    case Pane::FixSteps:
        return m_ui->fixStepsHeading;
    }
    return m_ui->meaningHeading;
}

QWidget *EntryView::paneFocusTarget(Pane pane) const
{
    switch (pane) {
    case Pane::Meaning:
        return m_ui->meaningText;
    case Pane::Causes:
        return m_ui->causesText;
    case Pane::References:
        // The list is hidden when there is nothing in it; the line saying so takes the keys.
        return m_ui->kbList->isHidden() ? static_cast<QWidget *>(m_ui->kbEmptyLabel) : m_ui->kbList;
    case Pane::FixSteps:
        return m_ui->fixStepsText;
    }
    return m_ui->meaningText;
}

int EntryView::readableWidth() const
{
    const QTextBrowser *text = m_ui->meaningText;
    return text->fontMetrics().averageCharWidth() * readableChars +
           style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * text->frameWidth();
}

QSize EntryView::minimumSizeHint() const
{
    // The side-by-side layout alone needs four panes' width; reporting that would keep the
    // window from ever getting narrow enough to switch to the grid or the tabs.
    return {m_ui->meaningText->minimumWidth() +
                2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth),
            QWidget::minimumSizeHint().height()};
}

EntryView::PaneLayout EntryView::layoutFor(const QSize &size) const
{
    const int pane = readableWidth();
    const int handle = m_ui->paneSplitter->handleWidth();
    // A layout being shown is kept down to its breakpoint, one not shown waits for an eighth
    // of a pane more, so a window dragged across a breakpoint does not flip back and forth.
    const int hysteresis = pane / 8;
    const auto wide = [&](PaneLayout layout, int across) {
        const int needed = across * pane + (across - 1) * handle;
        return size.width() >= needed + (m_paneLayout < layout ? hysteresis : 0);
    };
    const int line = m_ui->meaningText->fontMetrics().lineSpacing();
    const int row = m_ui->meaningHeading->minimumHeight() + gridRowLines * line +
                    2 * m_ui->meaningText->frameWidth();
    const int paneHeight =
        size.height() - m_ui->headerArea->height() - m_ui->entryLayout->spacing();
    const bool tallForGrid =
        paneHeight >= 2 * row + handle + (m_paneLayout < PaneLayout::Grid ? line : 0);
    if (wide(PaneLayout::SideBySide, 4))
        return PaneLayout::SideBySide;
    if (wide(PaneLayout::Grid, 2) && tallForGrid)
        return PaneLayout::Grid;
    return PaneLayout::Tabs;
}

void EntryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updatePaneLayout();
}

void EntryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePaneLayout();
}

void EntryView::updatePaneLayout()
{
    // A hidden view's size is a placeholder (the window lays it out when it is shown): a
    // layout chosen for it would be switched again at once.
    if (!isVisible())
        return;
    const PaneLayout wanted = layoutFor(size());
    if (wanted != m_paneLayout)
        setPaneLayout(wanted);
    else if (!m_panesSized)
        sizePanes(); // the layout system has just given the splitters this size
}

void EntryView::setPaneLayout(PaneLayout layout)
{
    // Moving a widget to another parent takes the keyboard away from it; give it back.
    std::optional<Pane> focused;
    const QWidget *focus = QApplication::focusWidget();
    for (const Pane pane : allPanes) {
        if (focus && paneWidget(pane)->isAncestorOf(focus))
            focused = pane;
    }
    placePanes(layout);

    // Size the panes now, not on the next layout pass: the splitters must know their width.
    m_ui->entryLayout->invalidate();
    m_ui->entryLayout->activate();
    sizePanes();
    if (focused)
        focusPane(*focused);
}

void EntryView::placePanes(PaneLayout layout)
{
    m_paneLayout = layout;
    // QTabWidget hides every page but the current one; a pane leaving it is shown below.
    while (m_ui->paneTabs->count() > 0)
        m_ui->paneTabs->removeTab(0);
    switch (layout) {
    case PaneLayout::SideBySide:
        for (int i = 0; i < int(allPanes.size()); ++i)
            putInSplitter(m_ui->paneSplitter, i, paneWidget(allPanes[i]));
        break;
    case PaneLayout::Grid:
        putInSplitter(m_ui->gridTopSplitter, 0, paneWidget(Pane::Meaning));
        putInSplitter(m_ui->gridTopSplitter, 1, paneWidget(Pane::Causes));
        putInSplitter(m_ui->gridBottomSplitter, 0, paneWidget(Pane::References));
        putInSplitter(m_ui->gridBottomSplitter, 1, paneWidget(Pane::FixSteps));
        break;
    case PaneLayout::Tabs:
        for (const Pane pane : allPanes)
            m_ui->paneTabs->addTab(paneWidget(pane), paneHeading(pane)->text());
        break;
    }
    if (layout != PaneLayout::Tabs) {
        for (const Pane pane : allPanes)
            paneWidget(pane)->show();
    }
    m_ui->paneSplitter->setVisible(layout == PaneLayout::SideBySide);
    m_ui->gridSplitter->setVisible(layout == PaneLayout::Grid);
    m_ui->paneTabs->setVisible(layout == PaneLayout::Tabs);
    // The tab says which pane it is; a heading under it would only repeat it.
    for (const Pane pane : allPanes)
        paneHeading(pane)->setVisible(layout != PaneLayout::Tabs);
    retranslateTabs();

    // Reparenting appends a widget to the end of the focus chain: restore reading order.
    QWidget *previous = m_ui->relatedLabel;
    if (layout == PaneLayout::Tabs) {
        QWidget::setTabOrder(previous, m_ui->paneTabs->tabBar());
        previous = m_ui->paneTabs->tabBar();
    }
    for (QWidget *next :
         {static_cast<QWidget *>(m_ui->meaningText), static_cast<QWidget *>(m_ui->causesText),
          static_cast<QWidget *>(m_ui->kbList), static_cast<QWidget *>(m_ui->kbEmptyLabel),
          static_cast<QWidget *>(m_ui->copyFixStepsButton),
          static_cast<QWidget *>(m_ui->fixStepsText)}) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
}

void EntryView::retranslateTabs()
{
    for (int i = 0; i < int(allPanes.size()); ++i) {
        const int index = m_ui->paneTabs->indexOf(paneWidget(allPanes[i]));
        if (index < 0)
            continue;
        m_ui->paneTabs->setTabText(index, paneHeading(allPanes[i])->text());
        m_ui->paneTabs->setTabToolTip(index, tr("Alt+%1").arg(i + 1));
    }
}

bool EntryView::hasReferences() const
{
    return m_entry && !m_entry->references.isEmpty();
}

int EntryView::emptyReferencesWidth() const
{
    return std::max(m_ui->kbHeading->sizeHint().width(),
                    m_ui->kbEmptyLabel->fontMetrics().averageCharWidth() * emptyReferencesChars);
}

void EntryView::sizePanes()
{
    const bool references = hasReferences();
    const int narrow = emptyReferencesWidth();
    // An empty References pane keeps its narrow width as the view grows; the others share.
    m_ui->kbPane->setMinimumWidth(references ? 0 : narrow);
    QSizePolicy policy = m_ui->kbPane->sizePolicy();
    policy.setHorizontalStretch(references ? 1 : 0);
    m_ui->kbPane->setSizePolicy(policy);
    for (const Pane pane : {Pane::Meaning, Pane::Causes, Pane::FixSteps}) {
        QSizePolicy other = paneWidget(pane)->sizePolicy();
        other.setHorizontalStretch(1);
        paneWidget(pane)->setSizePolicy(other);
    }
    m_sizedForReferences = references;
    m_panesSized = true;

    const auto space = [](const QSplitter *splitter) {
        return splitter->width() - (splitter->count() - 1) * splitter->handleWidth();
    };
    switch (m_paneLayout) {
    case PaneLayout::SideBySide: {
        const int available = space(m_ui->paneSplitter);
        const int shared = references ? available : available - narrow;
        int weights = 0;
        for (int i = 0; i < int(allPanes.size()); ++i) {
            if (references || allPanes[i] != Pane::References)
                weights += m_paneWeights[i];
        }
        QList<int> sizes;
        for (int i = 0; i < int(allPanes.size()); ++i) {
            sizes.append(!references && allPanes[i] == Pane::References
                             ? narrow
                             : shared * m_paneWeights[i] / std::max(weights, 1));
        }
        m_ui->paneSplitter->setSizes(sizes);
        break;
    }
    case PaneLayout::Grid: {
        const int top = space(m_ui->gridTopSplitter);
        m_ui->gridTopSplitter->setSizes({top / 2, top - top / 2});
        const int bottom = space(m_ui->gridBottomSplitter);
        m_ui->gridBottomSplitter->setSizes(references ? QList<int>{bottom / 2, bottom - bottom / 2}
                                                      : QList<int>{narrow, bottom - narrow});
        const int height = m_ui->gridSplitter->height() - m_ui->gridSplitter->handleWidth();
        m_ui->gridSplitter->setSizes({height / 2, height - height / 2});
        break;
    }
    case PaneLayout::Tabs:
        break;
    }
}

void EntryView::rememberPaneWeights()
{
    const QList<int> sizes = m_ui->paneSplitter->sizes();
    if (sizes.size() != int(allPanes.size()))
        return;
    for (int i = 0; i < int(allPanes.size()); ++i) {
        // A narrow empty References pane says nothing about the width wanted for a full one.
        if (hasReferences() || allPanes[i] != Pane::References)
            m_paneWeights[i] = std::max(sizes[i], 1);
    }
}

void EntryView::showPaneFocus()
{
    const QWidget *focus = QApplication::focusWidget();
    for (const Pane pane : allPanes) {
        const bool focused = focus && paneWidget(pane)->isAncestorOf(focus);
        QLabel *heading = paneHeading(pane);
        if (heading->property(paneFocusedProperty).toBool() == focused)
            continue;
        heading->setProperty(paneFocusedProperty, focused);
        // The palette's own selection colours, so it reads in a dark theme and in high contrast.
        heading->setAutoFillBackground(focused);
        heading->setBackgroundRole(focused ? QPalette::Highlight : QPalette::Window);
        heading->setForegroundRole(focused ? QPalette::HighlightedText : QPalette::WindowText);
    }
}

void EntryView::updateHeaderHeight()
{
    const int spacing = std::max(m_ui->headerLayout->spacing(), 0);
    const int height = m_ui->titleLabel->fontMetrics().lineSpacing() +
                       headerBodyLines * (m_ui->detailsLabel->fontMetrics().lineSpacing()) +
                       headerBodyLines * spacing;
    m_ui->headerArea->setFixedHeight(height);
}

void EntryView::updateMinimumWidths()
{
    for (QAbstractScrollArea *pane : std::initializer_list<QAbstractScrollArea *>{
             m_ui->meaningText, m_ui->causesText, m_ui->kbList, m_ui->fixStepsText}) {
        pane->setMinimumWidth(pane->fontMetrics().averageCharWidth() * longWordChars +
                              style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                              2 * pane->frameWidth());
    }
}

void EntryView::focusPane(Pane pane)
{
    if (m_paneLayout == PaneLayout::Tabs)
        m_ui->paneTabs->setCurrentWidget(paneWidget(pane));
    paneFocusTarget(pane)->setFocus(Qt::ShortcutFocusReason);
}

void EntryView::setEntry(const Entry *entry)
{
    m_entry = entry;
    m_unmatchedQuery.clear();
    m_nearest.clear();
    render();
}

void EntryView::setZoom(int steps)
{
    const QList<QWidget *> panes = {m_ui->meaningText, m_ui->causesText, m_ui->kbList,
                                    m_ui->kbEmptyLabel, m_ui->fixStepsText};
    if (m_basePointSize <= 0)
        m_basePointSize = m_ui->meaningText->font().pointSizeF();
    for (QWidget *pane : panes) {
        QFont font = pane->font();
        font.setPointSizeF(std::max<qreal>(4, m_basePointSize + steps));
        pane->setFont(font);
    }
    updateMinimumWidths();
    // Larger text needs wider panes: the breakpoints move with it.
    updatePaneLayout();
    sizePanes();
}

void EntryView::showNothingMatches(const QString &query, const QList<CodeId> &nearest)
{
    m_entry = nullptr;
    m_unmatchedQuery = query;
    m_nearest = nearest;
    render();
}

void EntryView::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    render();
}

void EntryView::setIisVersionFilter(const IisVersionSet &versions)
{
    if (versions == m_iisFilter)
        return;
    m_iisFilter = versions;
    render();
}

QByteArray EntryView::saveSplitterState() const
{
    return m_ui->paneSplitter->saveState();
}

bool EntryView::restoreSplitterState(const QByteArray &state)
{
    if (state.isEmpty() || !m_ui->paneSplitter->restoreState(state))
        return false;
    // Kept as proportions: the saved widths were for another window size and another entry.
    rememberPaneWeights();
    sizePanes();
    return true;
}

void EntryView::focusFirstPane()
{
    focusPane(Pane::Meaning);
}

void EntryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void EntryView::retranslate()
{
    m_ui->meaningHeading->setText(EntryFormatter::meaningHeading());
    m_ui->causesHeading->setText(EntryFormatter::causesHeading());
    m_ui->kbHeading->setText(EntryFormatter::referencesHeading());
    m_ui->fixStepsHeading->setText(EntryFormatter::fixStepsHeading());
    m_ui->copyFixStepsButton->setText(tr("Copy steps"));
    m_ui->copyFixStepsButton->setToolTip(
        tr("Copy the fix steps as a numbered list (Ctrl+Shift+C)"));
    m_ui->kbHint->setText(tr("Enter or double-click opens the reference, or searches the web "
                             "for one without a known address."));

    setAccessibleName(tr("Selected entry"));
    m_ui->titleLabel->setAccessibleName(tr("Code and title"));
    m_ui->detailsLabel->setAccessibleName(tr("Kind of code and IIS versions"));
    m_ui->notesLabel->setAccessibleName(EntryFormatter::notesHeading());
    m_ui->relatedLabel->setAccessibleName(EntryFormatter::relatedHeading());
    m_ui->meaningText->setAccessibleName(EntryFormatter::meaningHeading());
    m_ui->causesText->setAccessibleName(EntryFormatter::causesHeading());
    m_ui->kbList->setAccessibleName(EntryFormatter::referencesHeading());
    m_ui->kbList->setAccessibleDescription(
        tr("Activate an article to search the web for it; its context menu copies the ID."));
    m_ui->fixStepsText->setAccessibleName(EntryFormatter::fixStepsHeading());
    m_ui->copyFixStepsButton->setAccessibleName(tr("Copy fix steps"));
    m_ui->meaningPane->setAccessibleName(EntryFormatter::meaningHeading());
    m_ui->causesPane->setAccessibleName(EntryFormatter::causesHeading());
    m_ui->kbPane->setAccessibleName(EntryFormatter::referencesHeading());
    m_ui->fixStepsPane->setAccessibleName(EntryFormatter::fixStepsHeading());
    m_ui->kbEmptyLabel->setAccessibleName(EntryFormatter::referencesHeading());
    m_ui->paneTabs->setAccessibleName(tr("Parts of the entry"));
    for (int i = 0; i < int(allPanes.size()); ++i)
        paneHeading(allPanes[i])->setToolTip(tr("Alt+%1").arg(i + 1));
    retranslateTabs();
}

// A selectable label lays its text out as a rich text document every time its height for a
// width is asked, which cost the first frame ~9 M instructions: only an entry's code, title
// and details are worth selecting, not the hint shown without one.
void EntryView::setHeaderSelectable(bool selectable)
{
    const Qt::TextInteractionFlags flags =
        selectable ? Qt::TextSelectableByMouse : Qt::NoTextInteraction;
    for (QLabel *label : {m_ui->titleLabel, m_ui->detailsLabel}) {
        if (label->textInteractionFlags() != flags)
            label->setTextInteractionFlags(flags);
    }
}

void EntryView::renderEmpty()
{
    // The title is plain text: the query is whatever was pasted.
    m_ui->titleLabel->setText(m_unmatchedQuery.isEmpty()
                                  ? tr("No entry selected")
                                  : tr("Nothing matches “%1”").arg(m_unmatchedQuery));
    m_ui->detailsLabel->setText(
        tr("Type a code such as 403.14, 500-100.ASP or FTP 550, or words from an error message."));
    setHeaderSelectable(false);
    m_ui->notesLabel->hide();
    m_ui->relatedLabel->setVisible(!m_nearest.isEmpty());
    if (!m_nearest.isEmpty()) {
        QStringList links;
        for (const CodeId &id : std::as_const(m_nearest))
            links.append(u"<a href=\"%1:%2\">%3</a>"_s.arg(relatedScheme, id.key(),
                                                           id.displayName().toHtmlEscaped()));
        m_ui->relatedLabel->setText(u"<b>"_s + tr("Nearest codes").toHtmlEscaped() + u":</b> "_s +
                                    links.join(u", "_s));
    }
    m_ui->meaningText->clear();
    m_ui->causesText->clear();
    m_ui->kbList->clear();
    m_ui->kbList->show();
    m_ui->kbEmptyLabel->hide();
    m_ui->kbHint->hide();
    m_ui->fixStepsText->clear();
    m_ui->copyFixStepsButton->setEnabled(false);
}

void EntryView::render()
{
    renderEntry();
    if (hasReferences() != m_sizedForReferences)
        sizePanes();
    emit rendered();
}

void EntryView::renderEntry()
{
    if (!m_entry) {
        renderEmpty();
        return;
    }
    const Entry &entry = *m_entry;
    const EntryText &text = entry.text(m_language);

    m_ui->titleLabel->setText(EntryFormatter::headerLine(entry, m_language));
    m_ui->detailsLabel->setText(detailsText(entry));
    setHeaderSelectable(true);

    m_ui->notesLabel->setVisible(!text.notes.isEmpty());
    if (!text.notes.isEmpty()) {
        QStringList notes;
        for (const QString &note : text.notes)
            notes.append(note.toHtmlEscaped());
        m_ui->notesLabel->setText(u"<b>"_s + EntryFormatter::notesHeading().toHtmlEscaped() +
                                  u":</b> "_s + notes.join(u"<br>"_s));
    }

    m_ui->relatedLabel->setVisible(!entry.related.isEmpty());
    if (!entry.related.isEmpty()) {
        QStringList links;
        for (const CodeId &id : entry.related) {
            links.append(u"<a href=\"%1:%2\">%3</a>"_s.arg(relatedScheme, id.key(),
                                                           id.displayName().toHtmlEscaped()));
        }
        m_ui->relatedLabel->setText(u"<b>"_s + EntryFormatter::relatedHeading().toHtmlEscaped() +
                                    u":</b> "_s + links.join(u", "_s));
    }

    m_ui->meaningText->setHtml(EntryFormatter::meaningHtml(entry, m_language));
    m_ui->causesText->setHtml(EntryFormatter::causesHtml(entry, m_language, m_iisFilter));
    m_ui->fixStepsText->setHtml(EntryFormatter::fixStepsListHtml(entry, m_language, m_iisFilter));
    m_ui->copyFixStepsButton->setEnabled(
        !EntryFormatter::itemTexts(entry, text.fixSteps, m_iisFilter).isEmpty());

    m_ui->kbList->clear();
    for (qsizetype i = 0; i < entry.references.size(); ++i) {
        const Reference &reference = entry.references[i];
        auto *item = new QListWidgetItem(reference.label() + u'\n' + text.referenceTitles.value(i),
                                         m_ui->kbList);
        item->setData(ReferenceLinkRole, reference.link());
        item->setData(ReferenceLabelRole, reference.label());
        item->setToolTip(ToolTipText::fromPlainText(text.referenceTitles.value(i) + u'\n' +
                                                    reference.link().toString()));
    }
    // Without references the pane shrinks to its heading and one line saying so, and the
    // line takes the keyboard, so Alt+3 and Tab still land somewhere that reads out.
    const bool keyboardWasInList = m_ui->kbList->hasFocus() || m_ui->kbEmptyLabel->hasFocus();
    m_ui->kbEmptyLabel->setText(tr("No reference is listed for this code."));
    m_ui->kbList->setVisible(!entry.references.isEmpty());
    m_ui->kbEmptyLabel->setVisible(entry.references.isEmpty());
    m_ui->kbHint->setVisible(!entry.references.isEmpty());
    if (keyboardWasInList)
        paneFocusTarget(Pane::References)->setFocus(Qt::OtherFocusReason);
}

QString EntryView::detailsText(const Entry &entry) const
{
    const QString kind = codeKindDisplayName(entry.id.kind());
    const QString versions = EntryFormatter::iisVersionsText(entry);
    QString details = versions.isEmpty() ? tr("Kind: %1").arg(kind)
                                         : tr("Kind: %1 · Applies to: %2").arg(kind, versions);
    if (!entry.symbol.isEmpty())
        details = entry.symbol + u" · "_s + entry.id.hex() + u" · "_s + details;
    // The entry stays in view when the filter names a release it is not for: someone reading
    // IIS 10 logs may still meet an old code, and the panes should say why it looks dated.
    if (!m_iisFilter.isEmpty() && !entry.iisVersions.isEmpty() &&
        !entry.iisVersions.intersects(m_iisFilter))
        details += u" · "_s + tr("Does not apply to %1").arg(m_iisFilter.displayText());
    return details;
}

void EntryView::applyThemeIcons()
{
    m_ui->copyFixStepsButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
}

void EntryView::activateKbItem(QListWidgetItem *item)
{
    if (!item)
        return;
    const QUrl link = item->data(ReferenceLinkRole).toUrl();
    if (!link.isEmpty())
        emit referenceActivated(link, item->data(ReferenceLabelRole).toString());
}

void EntryView::showKbContextMenu(const QPoint &position)
{
    const QListWidgetItem *item = m_ui->kbList->itemAt(position);
    if (!item)
        return;
    const QUrl link = item->data(ReferenceLinkRole).toUrl();
    if (link.isEmpty())
        return;
    const QString label = item->data(ReferenceLabelRole).toString();
    QMenu menu(this);
    const QAction *copy =
        menu.addAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy %1").arg(label));
    const QAction *open =
        menu.addAction(QIcon::fromTheme(u"internet-web-browser"_s), tr("Open %1").arg(label));
    const QAction *chosen = menu.exec(m_ui->kbList->viewport()->mapToGlobal(position));
    if (chosen == copy)
        emit referenceCopyRequested(label);
    else if (chosen == open)
        emit referenceActivated(link, label);
}

} // namespace iisref
