// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "NavigationHistory.h"
#include "SearchEngine.h"
#include "UiTranslator.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace iisref {

class CategoryModel;
class LogPage;
class SearchResultModel;
class Settings;

// Search box over the category tree (or ranked results while a query is typed) and the selected
// entry. Reads the domain's models and formatter; never parses or ranks anything itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The catalog and the settings must outlive the window. Restores what the settings remember
    // (language, geometry, splitters, last entry).
    MainWindow(const Catalog &catalog, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Language language() const { return m_language; }
    // Swaps the UI translation and the content language at run time, keeping the entry and the
    // query. `remember` is false for --lang, which overrides one run only.
    void setLanguage(Language language, bool remember = true);

    // The release chosen in the toolbar: causes and fix steps written for other releases are
    // neither shown nor copied. Empty means every version. Remembered in the settings.
    const IisVersionSet &iisVersionFilter() const { return m_iisFilter; }
    void setIisVersionFilter(const IisVersionSet &versions);

    // A start-up deep link: shows the best hit for what a user pasted, or the query with its
    // suggestions when nothing matches. Returns whether an entry was found.
    bool openQuery(const QString &query);
    // Shows the entry in the category tree as a step in the history; returns false when the
    // catalog has no such code.
    bool showCode(const CodeId &id);
    const Entry *currentEntry() const { return m_current; }

    // Reads IIS logs (files or folders) into the log page beside the reference; a row's codes
    // open in the reference, and Back returns to the log.
    void openLogs(const QStringList &paths);
    // Created on first use.
    LogPage *logPage();
    bool showsLog() const;

    // Text size of the panes in steps from the default, remembered (Ctrl+=, Ctrl+-, Ctrl+0).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    // Over the places committed to — Enter on a result, a related-code link, an activated tree
    // item, a deep link, a log row's entry, the log page — never over what typing previews.
    void goBack();
    void goForward();

    void copyFixSteps();
    void copyEntry();
    // The whole entry as it is copied: through the print dialog, or to a PDF file chosen in a
    // save dialog (named after the code).
    void printEntry();
    void exportPdf();
    void focusSearch();
    void saveSettings();

signals:
    // Once, just after the window's first paint: what can wait for it starts then.
    void firstFramePainted();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void reserveToolBarIcons();
    void applyThemeIcons();
    void setUpLogPage();
    void setUpPrinting();
    void openLogDialog(bool folder);
    void showLogCodes(const QStringList &keys, const QString &query);
    void setUpHistory();
    std::optional<HistoryPlace> shownPlace() const;
    void commitPlace(const HistoryPlace &place);
    void commitCurrentEntry();
    void entryActivatedIn(const QModelIndex &index);
    void showPlace(const HistoryPlace &place);
    bool revealCode(const CodeId &id);
    void tabChanged();
    void updateHistoryActions();
    void updateRecentEntries();
    void updateWindowTitle();
    void refreshStatus();
    void updateRecentLogs();
    void setUpIisVersionPicker();
    void setUpLanguageSwitchers();
    void setUpViews();
    void restoreSettings();
    void applyLeftShare();
    void placeFirstTime();
    void keepOnScreen();
    void retranslate();
    void updateLanguageSwitchers();
    void updateIisVersionPicker();
    QStringList shownFixSteps() const;
    void updateCopyActions();

    void search(const QString &text);
    void showCategories();
    void moveResultSelection(int delta);
    void showEntry(const Entry *entry);
    void entrySelectedIn(const QModelIndex &index);
    void openReference(const QUrl &link, const QString &label);
    void copyReference(const QString &label);
    void showAbout();
    bool handleSearchKey(QKeyEvent *event);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Catalog &m_catalog;
    Settings &m_settings;
    SearchEngine m_engine;
    UiTranslator m_translator;
    CategoryModel *m_categoryModel = nullptr;
    SearchResultModel *m_resultModel = nullptr;
    QComboBox *m_iisVersionCombo = nullptr;
    QLabel *m_iisVersionLabel = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    LogPage *m_logPage = nullptr;
    QAction *m_openLogAction = nullptr;
    QAction *m_openLogFolderAction = nullptr;
    QMenu *m_recentLogsMenu = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    int m_zoom = 0;
    double m_leftShare = 0; // of the splitter's width, for the tree or the results
    int m_totalResults = 0; // before the list was cut to its first results
    QString m_unknownCode;  // "HTTP 404.99", when the query names a code the catalog lacks
    QString m_shownInstead; // "HTTP 404", what is shown for it
    const Entry *m_current = nullptr;
    NavigationHistory m_history;
    bool m_firstFramePainted = false;
    Language m_language = Language::English;
    IisVersionSet m_iisFilter;
};

} // namespace iisref
