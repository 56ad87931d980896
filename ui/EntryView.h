// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidgetItem;

namespace Ui {
class EntryView;
}

namespace iisref {

// One entry: a header of fixed height (code, title, kind, IIS versions, notes, related codes)
// above four panes — Meaning, Causes, References, Fix steps. They sit side by side while each
// gets a readable width, in a 2×2 grid below that, and one at a time in tabs below that;
// Alt+1…Alt+4 reach them in every layout.
class EntryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryView)

public:
    enum class PaneLayout { Tabs, Grid, SideBySide }; // narrowest first
    Q_ENUM(PaneLayout)
    // In reading order, which is also the order of Tab and of Alt+1…Alt+4.
    enum class Pane { Meaning, Causes, References, FixSteps };
    Q_ENUM(Pane)

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
    // Shows the pane (its tab, in the tabs layout) and puts the keyboard in it, as Alt+1…4 do.
    void focusPane(Pane pane);

    PaneLayout paneLayout() const { return m_paneLayout; }
    // The narrowest a pane may be while its layout is kept: a line of a few words. The
    // breakpoints are this times the number of panes across, so they follow font and zoom;
    // the grid also needs the height for two rows of a few lines, else it is tabs.
    int readableWidth() const;
    // Whatever the layout, the view can become as narrow as one pane: it changes layout to fit.
    QSize minimumSizeHint() const override;

signals:
    void relatedCodeActivated(const iisref::CodeId &id);
    // `label` is what a person cites ("KB Q248072"), for messages about the link.
    void referenceActivated(const QUrl &link, const QString &label);
    void referenceCopyRequested(const QString &label);
    void copyFixStepsRequested();
    // After the panes were filled again: for accessibility tools and for tests that hold the
    // window to drawing an entry once.
    void rendered();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *paneWidget(Pane pane) const;
    QWidget *paneFocusTarget(Pane pane) const;
    QLabel *paneHeading(Pane pane) const;
    PaneLayout layoutFor(const QSize &size) const;
    void updatePaneLayout();
    void setPaneLayout(PaneLayout layout);
    void placePanes(PaneLayout layout);
    void sizePanes();
    int emptyReferencesWidth() const;
    bool hasReferences() const;
    void rememberPaneWeights();
    void showPaneFocus();
    void updateHeaderHeight();
    void updateMinimumWidths();
    void retranslateTabs();
    void renderEntry();
    void retranslate();
    void render();
    void renderEmpty();
    void setHeaderSelectable(bool selectable);
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
    PaneLayout m_paneLayout = PaneLayout::SideBySide;
    // The side-by-side widths the user dragged, as proportions; an empty References pane
    // keeps its narrow width whatever its weight.
    QList<int> m_paneWeights = {1, 1, 1, 1};
    bool m_sizedForReferences = false;
    bool m_panesSized = false;
};

} // namespace iisref
