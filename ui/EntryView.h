// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QWidget>

#include <memory>

class QListWidgetItem;

namespace Ui {
class EntryView;
}

namespace iisref {

// One entry: a header (code, title, kind, IIS versions, notes, related codes) above four
// panes side by side — Meaning, Causes, References, Fix steps — so nothing hides behind a tab.
class EntryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryView)

public:
    explicit EntryView(QWidget *parent = nullptr);
    ~EntryView() override;

    // Null shows the start-up hint instead of an entry. The entry must outlive the view's use.
    void setEntry(const Entry *entry);
    // Each step makes the panes' text a point larger (negative: smaller).
    void setZoom(int steps);
    // Nothing in the panes but the query that found nothing and the nearest codes as links:
    // an earlier, unrelated entry must never stay on screen as if it were the answer.
    void showNothingMatches(const QString &query, const QList<CodeId> &nearest);
    const Entry *entry() const { return m_entry; }
    void setLanguage(Language language);
    // Hides the causes and fix steps written for other IIS releases; empty shows them all.
    void setIisVersionFilter(const IisVersionSet &versions);

    QByteArray saveSplitterState() const;
    bool restoreSplitterState(const QByteArray &state);
    // The theme's icons, once the first frame is on screen (MainWindow::applyThemeIcons).
    void applyThemeIcons();
    // Where Enter in the search box takes the keyboard: the first pane.
    void focusFirstPane();

signals:
    void relatedCodeActivated(const iisref::CodeId &id);
    // `label` is what a person cites ("KB Q248072"), for messages about the link.
    void referenceActivated(const QUrl &link, const QString &label);
    void referenceCopyRequested(const QString &label);
    void copyFixStepsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void renderEmpty();
    QString detailsText(const Entry &entry) const;
    void showKbContextMenu(const QPoint &position);
    void activateKbItem(QListWidgetItem *item);

    std::unique_ptr<Ui::EntryView> m_ui;
    const Entry *m_entry = nullptr;
    QString m_unmatchedQuery;
    qreal m_basePointSize = 0; // the panes' font before any zoom
    QList<CodeId> m_nearest;
    Language m_language = Language::English;
    IisVersionSet m_iisFilter;
};

} // namespace iisref
