// SPDX-License-Identifier: MIT
#pragma once

#include "Language.h"
#include "LogTally.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace iisref {

class Catalog;
class HourlyChart;
class LogAnalysisTask;
class LogTallyModel;

// What is failing in a set of IIS logs: the tally as a sortable, filterable table, and for the
// selected row its requests per hour, top URIs and clients. Enter or a double-click on a row
// asks for its catalog entries. Everything read from a log is shown as plain text.
class LogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    explicit LogPage(const Catalog &catalog, QWidget *parent = nullptr);
    ~LogPage() override;

    // Reads the logs on other threads; the page shows progress and, at the end, the tally.
    void open(const QStringList &inputs);
    void cancel();
    bool isReading() const;
    const QStringList &inputs() const { return m_inputs; }
    const LogTallyModel &model() const { return *m_model; }

    void setLanguage(Language language);
    // For the status bar: progress and Cancel while logs are read.
    QWidget *progressWidget() const { return m_progressBox; }

    // Writes the tally as CSV or JSON with QSaveFile; returns an error message or empty.
    QString exportTally(const QString &path) const;

signals:
    // `keys` name the row's catalog entries; `query` finds them all, as a pasted log line would.
    void codesRequested(const QStringList &keys, const QString &query);
    void readingFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showFinished(const LogTally &tally, bool cancelled);
    void showRow(const QModelIndex &index);
    void requestCodes(const QModelIndex &index);
    void exportWithDialog();

    const Catalog &m_catalog;
    Language m_language = Language::English;
    QStringList m_inputs;
    LogAnalysisTask *m_task = nullptr;
    LogTallyModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    HourlyChart *m_chart = nullptr;
    QLabel *m_urisLabel = nullptr;
    QListWidget *m_uris = nullptr;
    QLabel *m_clientsLabel = nullptr;
    QListWidget *m_clients = nullptr;
    QTabWidget *m_linesTabs = nullptr;
    QPlainTextEdit *m_samples = nullptr;
    QPlainTextEdit *m_skipped = nullptr;
    QWidget *m_progressBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace iisref
