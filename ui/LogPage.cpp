// SPDX-License-Identifier: MIT
#include "LogPage.h"

#include "Catalog.h"
#include "HourlyChart.h"
#include "LogAnalysisTask.h"
#include "LogTallyModel.h"
#include "LogTallyWriter.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // log text is data, never markup
    return label;
}

QListWidget *plainList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setUniformItemSizes(true);
    return list;
}

void fill(QListWidget *list, const HeavyHitters &hitters)
{
    list->clear();
    for (const HeavyHitters::Item &item : hitters.top(20)) {
        // QListWidgetItem text is plain; the count goes first so long URIs cut at the end.
        list->addItem(QLocale().toString(item.count) + u"  "_s + QString::fromUtf8(item.value));
    }
}

} // namespace

LogPage::LogPage(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_task(new LogAnalysisTask(this)),
      m_model(new LogTallyModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"logPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LogTallyModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: code, meaning, times

    m_summary = plainLabel(this);
    m_summary->setObjectName(u"logSummary"_s);
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"logFilter"_s);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(u"logExportButton"_s);
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &LogPage::exportWithDialog);

    m_table = new QTableView(this);
    m_table->setObjectName(u"logTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LogTallyModel::CountColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(LogTallyModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::activated, this, &LogPage::requestCodes);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current); });

    m_chart = new HourlyChart(this);
    m_chart->setObjectName(u"logChart"_s);
    m_urisLabel = plainLabel(this);
    m_uris = plainList(u"logTopUris"_s, this);
    m_urisLabel->setBuddy(m_uris);
    m_clientsLabel = plainLabel(this);
    m_clients = plainList(u"logTopClients"_s, this);
    m_clientsLabel->setBuddy(m_clients);
    // Raw log lines, as the log has them: plain text, never markup.
    const auto linesView = [this](const QString &name) {
        auto *view = new QPlainTextEdit(this);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        return view;
    };
    m_samples = linesView(u"logSamples"_s);
    m_skipped = linesView(u"logSkipped"_s);
    m_linesTabs = new QTabWidget(this);
    m_linesTabs->setObjectName(u"logLinesTabs"_s);
    m_linesTabs->setDocumentMode(true);
    m_linesTabs->addTab(m_samples, QString());
    m_linesTabs->addTab(m_skipped, QString());

    const auto column = [this](QLabel *label, QWidget *widget) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        if (label)
            layout->addWidget(label);
        layout->addWidget(widget, 1);
        return box;
    };
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->setChildrenCollapsible(false);
    details->addWidget(column(nullptr, m_chart));
    details->addWidget(column(m_urisLabel, m_uris));
    details->addWidget(column(m_clientsLabel, m_clients));
    details->addWidget(column(nullptr, m_linesTabs));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_filter);
    header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    m_progressBox = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(u"logProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_cancelButton = new QPushButton(m_progressBox);
    m_cancelButton->setObjectName(u"logCancelButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, &LogPage::cancel);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_cancelButton);
    m_progressBox->hide();

    connect(m_task, &LogAnalysisTask::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_task, &LogAnalysisTask::finished, this, &LogPage::showFinished);
    retranslate();
}

LogPage::~LogPage() = default;

void LogPage::open(const QStringList &inputs)
{
    m_inputs = inputs;
    m_model->setTally({});
    m_exportButton->setEnabled(false);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(inputs.value(0)).fileName()));
    m_progress->setValue(0);
    m_progressBox->show();
    m_task->start(inputs);
}

void LogPage::cancel()
{
    m_task->cancel();
}

bool LogPage::isReading() const
{
    return m_task->isRunning();
}

void LogPage::setLanguage(Language language)
{
    m_language = language;
    m_model->setTitleFunction([this](const LogRowKey &key) {
        const Entry *entry = LogTallyModel::entryFor(m_catalog, key);
        return entry ? entry->text(m_language).title : QString();
    });
}

void LogPage::showFinished(const LogTally &tally, bool cancelled)
{
    m_progressBox->hide();
    m_model->setTally(tally);
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    QString summary = tr("%n request(s)", "", int(std::min<qint64>(tally.requests(), INT_MAX)));
    summary += u", "_s + tr("%n file(s)", "", int(tally.files().size()));
    summary +=
        u", "_s + tr("%n line(s) skipped", "", int(std::min<qint64>(tally.skipped(), INT_MAX)));
    QStringList problems;
    for (const LogFileTotals &file : tally.files()) {
        if (!file.error.isEmpty())
            problems.append(tr("cannot read %1: %2").arg(file.path, file.error));
    }
    if (cancelled)
        summary += u" — "_s + tr("cancelled: only part of the logs was read");
    if (!problems.isEmpty())
        summary += u"\n"_s + problems.join(u'\n');
    m_summary->setText(summary);
    QString skipped;
    for (const SkippedLine &line : tally.skippedLines())
        skipped += u"%1:%2: %3\n"_s.arg(line.path).arg(line.line).arg(line.why);
    m_skipped->setPlainText(skipped);
    m_exportButton->setEnabled(tally.requests() > 0);
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
        // Codes and times are read whole; the meaning takes what is left.
        for (int column : {int(LogTallyModel::CodeColumn), int(LogTallyModel::CountColumn),
                           int(LogTallyModel::ShareColumn), int(LogTallyModel::FirstColumn),
                           int(LogTallyModel::LastColumn)})
            m_table->resizeColumnToContents(column);
    }
    emit readingFinished();
}

void LogPage::showRow(const QModelIndex &index)
{
    const LogRow *row = m_model->row(m_proxy->mapToSource(index).row());
    m_chart->setCounts(row ? row->perHour() : QMap<qint64, qint64>());
    if (!row) {
        m_uris->clear();
        m_clients->clear();
        m_samples->clear();
        return;
    }
    fill(m_uris, row->uris);
    fill(m_clients, row->clients);
    QString samples;
    for (const SampleLine &sample : row->samples)
        samples += u"%1:%2:\n%3\n"_s.arg(sample.path).arg(sample.line).arg(sample.text);
    m_samples->setPlainText(samples);
}

void LogPage::requestCodes(const QModelIndex &index)
{
    const QStringList keys = index.data(LogTallyModel::CodeKeysRole).toStringList();
    if (!keys.isEmpty())
        emit codesRequested(keys, index.data(LogTallyModel::SearchQueryRole).toString());
}

bool LogPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the row's entries; QAbstractItemView's activation on Enter depends on the style.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            requestCodes(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString LogPage::exportTally(const QString &path) const
{
    const LogTallyWriter writer(m_model->tally(), 20);
    const QByteArray bytes =
        path.endsWith(u".json"_s, Qt::CaseInsensitive) ? writer.json() : writer.csv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not save %1: %2").arg(path, file.errorString());
    return {};
}

void LogPage::exportWithDialog()
{
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Tally"), u"iis-log-tally.csv"_s,
                                     tr("CSV table (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    const QString error = exportTally(path);
    m_summary->setText(error.isEmpty() ? tr("Saved %1").arg(path) : error);
}

void LogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter rows (code, meaning, time)"));
    m_filter->setAccessibleName(tr("Filter log rows"));
    m_exportButton->setText(tr("Export…"));
    m_table->setAccessibleName(tr("Log tally"));
    m_urisLabel->setText(tr("Top URIs"));
    m_clientsLabel->setText(tr("Top clients"));
    m_linesTabs->setTabText(0, tr("Sample lines"));
    m_linesTabs->setTabText(1, tr("Skipped lines"));
    m_linesTabs->setAccessibleName(tr("Log lines"));
    m_samples->setAccessibleName(tr("Sample lines of the selected row"));
    m_uris->setAccessibleName(tr("Top URIs"));
    m_clients->setAccessibleName(tr("Top clients"));
    m_skipped->setAccessibleName(tr("Skipped lines"));
    m_progress->setAccessibleName(tr("Reading logs"));
    m_cancelButton->setText(tr("Cancel"));
}

} // namespace iisref
