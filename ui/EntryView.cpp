// SPDX-License-Identifier: MIT
#include "EntryView.h"

#include "ui_EntryView.h"

#include "EntryFormatter.h"
#include "ToolTipText.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

constexpr int ReferenceLinkRole = Qt::UserRole + 1;
constexpr int ReferenceLabelRole = Qt::UserRole + 2;
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
    m_unmatchedQuery.clear();
    m_nearest.clear();
    render();
}

void EntryView::setZoom(int steps)
{
    const QList<QWidget *> panes = {m_ui->meaningText, m_ui->causesText, m_ui->kbList,
                                    m_ui->fixStepsText};
    if (m_basePointSize <= 0)
        m_basePointSize = m_ui->meaningText->font().pointSizeF();
    for (QWidget *pane : panes) {
        QFont font = pane->font();
        font.setPointSizeF(std::max<qreal>(4, m_basePointSize + steps));
        pane->setFont(font);
    }
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
}

void EntryView::renderEmpty()
{
    // The title is plain text: the query is whatever was pasted.
    m_ui->titleLabel->setText(m_unmatchedQuery.isEmpty()
                                  ? tr("No entry selected")
                                  : tr("Nothing matches “%1”").arg(m_unmatchedQuery));
    m_ui->detailsLabel->setText(
        tr("Type a code such as 403.14, 500-100.ASP or FTP 550, or words from an error message."));
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
    m_ui->detailsLabel->setText(detailsText(entry));

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
    const QStringList causes = EntryFormatter::itemTexts(entry, text.causes, m_iisFilter);
    const QStringList fixSteps = EntryFormatter::itemTexts(entry, text.fixSteps, m_iisFilter);
    m_ui->causesText->setHtml(htmlList(u"ul"_s, causes));
    m_ui->fixStepsText->setHtml(htmlList(u"ol"_s, fixSteps));
    m_ui->copyFixStepsButton->setEnabled(!fixSteps.isEmpty());

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
    if (entry.references.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No reference is listed for this code."), m_ui->kbList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_ui->kbHint->setVisible(!entry.references.isEmpty());
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
