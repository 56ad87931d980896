// SPDX-License-Identifier: MIT
#include "EntryView.h"

#include "ui_EntryView.h"

#include "EntryFormatter.h"
#include "ToolTipText.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

constexpr int ArticleIdRole = Qt::UserRole + 1;
const QString relatedScheme = u"iisref"_s;

QString paragraph(const QString &text)
{
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString htmlList(const QString &tag, const QStringList &items)
{
    QString html = u'<' + tag + u'>';
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</"_s + tag + u'>';
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
    m_ui->copyFixStepsButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->kbHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->paneSplitter->setSizes({1000, 1000, 1000, 1000});
    for (int i = 0; i < m_ui->paneSplitter->count(); ++i)
        m_ui->paneSplitter->setStretchFactor(i, 1);

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
}

EntryView::~EntryView() = default;

void EntryView::setEntry(const Entry *entry)
{
    m_entry = entry;
    render();
}

void EntryView::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    render();
}

QByteArray EntryView::saveSplitterState() const
{
    return m_ui->paneSplitter->saveState();
}

bool EntryView::restoreSplitterState(const QByteArray &state)
{
    return !state.isEmpty() && m_ui->paneSplitter->restoreState(state);
}

void EntryView::focusFirstPane()
{
    m_ui->meaningText->setFocus(Qt::OtherFocusReason);
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
    m_ui->kbHeading->setText(EntryFormatter::kbArticlesHeading());
    m_ui->fixStepsHeading->setText(EntryFormatter::fixStepsHeading());
    m_ui->copyFixStepsButton->setText(tr("Copy steps"));
    m_ui->copyFixStepsButton->setToolTip(
        tr("Copy the fix steps as a numbered list (Ctrl+Shift+C)"));
    m_ui->kbHint->setText(tr("Enter or double-click searches the web for the article."));

    setAccessibleName(tr("Selected entry"));
    m_ui->titleLabel->setAccessibleName(tr("Code and title"));
    m_ui->detailsLabel->setAccessibleName(tr("Protocol and IIS versions"));
    m_ui->notesLabel->setAccessibleName(EntryFormatter::notesHeading());
    m_ui->relatedLabel->setAccessibleName(EntryFormatter::relatedHeading());
    m_ui->meaningText->setAccessibleName(EntryFormatter::meaningHeading());
    m_ui->causesText->setAccessibleName(EntryFormatter::causesHeading());
    m_ui->kbList->setAccessibleName(EntryFormatter::kbArticlesHeading());
    m_ui->kbList->setAccessibleDescription(
        tr("Activate an article to search the web for it; its context menu copies the ID."));
    m_ui->fixStepsText->setAccessibleName(EntryFormatter::fixStepsHeading());
    m_ui->copyFixStepsButton->setAccessibleName(tr("Copy fix steps"));
    m_ui->meaningPane->setAccessibleName(EntryFormatter::meaningHeading());
    m_ui->causesPane->setAccessibleName(EntryFormatter::causesHeading());
    m_ui->kbPane->setAccessibleName(EntryFormatter::kbArticlesHeading());
    m_ui->fixStepsPane->setAccessibleName(EntryFormatter::fixStepsHeading());
}

void EntryView::renderEmpty()
{
    m_ui->titleLabel->setText(tr("No entry selected"));
    m_ui->detailsLabel->setText(
        tr("Type a code such as 403.14, 500-100.ASP or FTP 550, or words from an error message."));
    m_ui->notesLabel->hide();
    m_ui->relatedLabel->hide();
    m_ui->meaningText->clear();
    m_ui->causesText->clear();
    m_ui->kbList->clear();
    m_ui->kbHint->hide();
    m_ui->fixStepsText->clear();
    m_ui->copyFixStepsButton->setEnabled(false);
}

void EntryView::render()
{
    if (!m_entry) {
        renderEmpty();
        return;
    }
    const Entry &entry = *m_entry;
    const EntryText &text = entry.text(m_language);

    m_ui->titleLabel->setText(EntryFormatter::headerLine(entry, m_language));
    const QString versions = EntryFormatter::iisVersionsText(entry);
    m_ui->detailsLabel->setText(
        versions.isEmpty() ? tr("Protocol: %1").arg(protocolDisplayName(entry.id.protocol()))
                           : tr("Protocol: %1 · Applies to: %2")
                                 .arg(protocolDisplayName(entry.id.protocol()), versions));

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

    m_ui->meaningText->setHtml(paragraph(text.meaning));
    m_ui->causesText->setHtml(htmlList(u"ul"_s, text.causes));
    m_ui->fixStepsText->setHtml(htmlList(u"ol"_s, text.fixSteps));
    m_ui->copyFixStepsButton->setEnabled(!text.fixSteps.isEmpty());

    m_ui->kbList->clear();
    for (const KbArticle &article : text.kbArticles) {
        auto *item = new QListWidgetItem(article.id + u'\n' + article.title, m_ui->kbList);
        item->setData(ArticleIdRole, article.id);
        item->setToolTip(ToolTipText::fromPlainText(tr("Search the web for %1").arg(article.id)));
    }
    if (text.kbArticles.isEmpty()) {
        auto *item =
            new QListWidgetItem(tr("No KB article is listed for this code."), m_ui->kbList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_ui->kbHint->setVisible(!text.kbArticles.isEmpty());
}

void EntryView::activateKbItem(QListWidgetItem *item)
{
    const QString id = item ? item->data(ArticleIdRole).toString() : QString();
    if (!id.isEmpty())
        emit kbArticleActivated(id);
}

void EntryView::showKbContextMenu(const QPoint &position)
{
    QListWidgetItem *item = m_ui->kbList->itemAt(position);
    const QString id = item ? item->data(ArticleIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    const QAction *copyId =
        menu.addAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy article ID %1").arg(id));
    const QAction *search =
        menu.addAction(QIcon::fromTheme(u"system-search"_s), tr("Search the web for %1").arg(id));
    const QAction *chosen = menu.exec(m_ui->kbList->viewport()->mapToGlobal(position));
    if (chosen == copyId)
        emit kbArticleIdCopyRequested(id);
    else if (chosen == search)
        emit kbArticleActivated(id);
}

} // namespace iisref
