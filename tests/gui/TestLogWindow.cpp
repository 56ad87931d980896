// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "ItemDataRole.h"
#include "LogPage.h"
#include "LogTallyModel.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StartupOptions.h"
#include "WindowTest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iisref;

// The log page of the real window, driven as a user would: open a log, read the tally, filter
// it, go from a row to its explanation and back.
class TestLogWindow final : public WindowTest
{
    Q_OBJECT

private:
    QString writeLog(const QString &name, const QByteArray &uri = "/docs/")
    {
        QString path = m_dir->filePath(name);
        QFile file(path);
        const QByteArray content =
            "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
            "#Fields: date time c-ip cs-uri-stem sc-status sc-substatus sc-win32-status\r\n"
            "2024-05-01 00:00:01 192.0.2.1 " +
            uri +
            " 403 14 5\r\n"
            "2024-05-01 00:00:02 192.0.2.1 /a 200 0 0\r\n"
            "2024-05-01 01:00:03 192.0.2.2 " +
            uri +
            " 403 14 5\r\n"
            "2024-05-01 01:00:04 192.0.2.3 /app 401 2 5\r\n"
            "damaged line\r\n";
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test log");
        return path;
    }

    // Opens the logs and waits for the tally; returns whether it arrived.
    bool openAndWait(const QStringList &paths)
    {
        QSignalSpy finished(m_window->logPage(), &LogPage::readingFinished);
        m_window->openLogs(paths);
        return finished.wait(10000);
    }

    QTableView *table() const { return child<QTableView>("logTable"); }

    int rowOf(const QString &code) const
    {
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, LogTallyModel::CodeColumn).data().toString() == code)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase() { m_catalog = CatalogLoader::loadBuiltIn(); }

    void init()
    {
        QVERIFY(freshSettings());
        QVERIFY(openWindowOn(m_catalog)->isActiveWindow());
    }

    void cleanup() { closeWindow(); }

    void startup_aPathOpensTheLog_aCodeStaysAQuery()
    {
        const QString path = writeLog(u"u_ex240501.log"_s);
        const StartupOptions byOperand = StartupOptions::parse({u"iisref"_s, path});
        QCOMPARE(byOperand.logs, QStringList{path});
        QVERIFY(byOperand.query.isEmpty());
        const StartupOptions byOption =
            StartupOptions::parse({u"iisref"_s, u"--log"_s, m_dir->path()});
        QCOMPARE(byOption.logs, QStringList{m_dir->path()});
        const StartupOptions query = StartupOptions::parse({u"iisref"_s, u"403.14"_s});
        QVERIFY(query.logs.isEmpty());
        QCOMPARE(query.query, u"403.14"_s);
    }

    void noLog_showsNoTabs()
    {
        QCOMPARE(child<QTabWidget>("mainTabs")->count(), 1);
        QVERIFY(!m_window->showsLog());
    }

    void openLog_showsTheTallyWithTitlesAndNamesTheFile()
    {
        const QString path = writeLog(u"u_ex240501.log"_s);
        QVERIFY(openAndWait({path}));
        QVERIFY(m_window->showsLog());
        QVERIFY2(m_window->windowTitle().startsWith(u"u_ex240501.log"_s),
                 qPrintable(m_window->windowTitle()));
        QCOMPARE(table()->model()->rowCount(), 3);
        const int row = rowOf(u"HTTP 403.14 (win32 5)"_s);
        QVERIFY(row >= 0);
        const QAbstractItemModel *model = table()->model();
        QCOMPARE(model->index(row, LogTallyModel::TitleColumn).data().toString(),
                 u"Directory listing denied"_s);
        QCOMPARE(model->index(row, LogTallyModel::ShareColumn).data().toString(), u"50.0%"_s);
        const QString summary = child<QLabel>("logSummary")->text();
        // English plurals through the numerus translation, not "request(s)".
        QVERIFY2(summary.startsWith(u"4 requests, 1 file, 1 line skipped"_s), qPrintable(summary));
        QVERIFY(child<QPlainTextEdit>("logSkipped")->toPlainText().contains(u":8: "_s));
        // The busiest row is selected and its details shown.
        QCOMPARE(table()->currentIndex().row(), 0);
        QCOMPARE(child<QListWidget>("logTopUris")->count(), 1);
    }

    void openedLogs_areOfferedAgainUnderRecentLogs()
    {
        const QString path = writeLog(u"u_ex240501.log"_s);
        QVERIFY(openAndWait({path}));
        QCOMPARE(m_settings->recentLogs().value(0), QFileInfo(path).absoluteFilePath());
        const QMenu *recent = child<QMenu>("menuRecentLogs");
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().size(), 1);
        QVERIFY(recent->actions().first()->text().endsWith(u"u_ex240501.log"_s));
        // Opened again, a log moves to the top instead of appearing twice.
        const QString other = writeLog(u"u_ex240502.log"_s);
        QVERIFY(openAndWait({other}));
        QVERIFY(openAndWait({path}));
        QCOMPARE(m_settings->recentLogs().size(), 2);
        QCOMPARE(m_settings->recentLogs().first(), QFileInfo(path).absoluteFilePath());
    }

    void droppingAFile_opensIt()
    {
        const QString path = writeLog(u"dropped.log"_s);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QSignalSpy finished(m_window->logPage(), &LogPage::readingFinished);
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_window->logPage()->inputs(), QStringList{path});
        QCOMPARE(table()->model()->rowCount(), 3);
    }

    void filter_keepsTheMatchingRows()
    {
        QVERIFY(openAndWait({writeLog(u"u_ex240501.log"_s)}));
        QTest::keyClicks(child<QLineEdit>("logFilter"), u"logon"_s);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 0).data().toString(), u"HTTP 401.2 (win32 5)"_s);
    }

    void sortByCount_putsTheMostFrequentFirst()
    {
        QVERIFY(openAndWait({writeLog(u"u_ex240501.log"_s)}));
        table()->sortByColumn(LogTallyModel::CountColumn, Qt::AscendingOrder);
        QCOMPARE(table()->model()->index(2, 0).data().toString(), u"HTTP 403.14 (win32 5)"_s);
        table()->sortByColumn(LogTallyModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(table()->model()->index(0, 0).data().toString(), u"HTTP 403.14 (win32 5)"_s);
    }

    void enterOnARow_opensItsEntry_altLeftReturns()
    {
        QVERIFY(openAndWait({writeLog(u"u_ex240501.log"_s)}));
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(rowOf(u"HTTP 403.14 (win32 5)"_s), 0));
        QTest::keyClick(table(), Qt::Key_Return);
        QVERIFY(!m_window->showsLog());
        QVERIFY(m_window->currentEntry());
        QCOMPARE(m_window->currentEntry()->id.key(), u"http:403.14"_s);
        // Every code of the row is one step away in the results: the win32 value too.
        const QAbstractItemView *results = child<QAbstractItemView>("resultList");
        QStringList listed;
        for (int row = 0; row < results->model()->rowCount(); ++row)
            listed.append(results->model()->index(row, 0).data(CodeKeyRole).toString());
        QCOMPARE(listed.value(0), u"http:403.14"_s);
        QVERIFY2(listed.contains(u"win32:5"_s), qPrintable(listed.join(u' ')));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(m_window->showsLog());
    }

    // The log is a place in the history like an entry: Back and Forward go between them, and
    // one Alt+Left does it (two actions on one key would leave the key doing nothing).
    void logRowsEntry_isAStepAfterTheLog_backAndForwardGoBetweenThem()
    {
        QVERIFY(m_window->showCode(*CodeId::fromKey(u"ftp:550"_s)));
        QVERIFY(openAndWait({writeLog(u"u_ex240501.log"_s)}));
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(rowOf(u"HTTP 403.14 (win32 5)"_s), 0));
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(m_window->currentEntry()->id.key(), u"http:403.14"_s);

        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(m_window->showsLog());
        QVERIFY2(m_window->windowTitle().startsWith(u"u_ex240501.log"_s),
                 qPrintable(m_window->windowTitle()));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!m_window->showsLog());
        QCOMPARE(m_window->currentEntry()->id.key(), u"ftp:550"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(m_window->showsLog());
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(!m_window->showsLog());
        QCOMPARE(m_window->currentEntry()->id.key(), u"http:403.14"_s);
        QVERIFY(!child<QAction>("actionForward")->isEnabled());

        int altLeft = 0;
        for (const QAction *action : m_window->findChildren<QAction *>())
            altLeft += int(action->shortcuts().count(QKeySequence(Qt::ALT | Qt::Key_Left)));
        QCOMPARE(altLeft, 1);
    }

    // Anyone who can send a request writes into the log: its text is shown, never rendered.
    void markupInALog_isShownAsPlainText()
    {
        QVERIFY(openAndWait({writeLog(u"u_ex240501.log"_s, "/<img+src=x>/<b>bold</b>")}));
        table()->setCurrentIndex(table()->model()->index(rowOf(u"HTTP 403.14 (win32 5)"_s), 0));
        const QListWidget *uris = child<QListWidget>("logTopUris");
        QCOMPARE(uris->count(), 1);
        QVERIFY2(uris->item(0)->text().endsWith(u"/<img+src=x>/<b>bold</b>"_s),
                 qPrintable(uris->item(0)->text()));
        QCOMPARE(child<QLabel>("logSummary")->textFormat(), Qt::PlainText);
        const QString samples = child<QPlainTextEdit>("logSamples")->toPlainText();
        QVERIFY2(samples.contains(u"u_ex240501.log:4:\n2024-05-01 00:00:01 192.0.2.1 "
                                  "/<img+src=x>/<b>bold</b> 403 14 5"_s),
                 qPrintable(samples));
    }

    void export_writesTheTallyAsJsonOrCsv()
    {
        QVERIFY(openAndWait({writeLog(u"u_ex240501.log"_s)}));
        const QString json = m_dir->filePath(u"tally.json"_s);
        QCOMPARE(m_window->logPage()->exportTally(json), QString());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object()[u"requests"_s].toInt(), 4);
        const QString csv = m_dir->filePath(u"tally.csv"_s);
        QCOMPARE(m_window->logPage()->exportTally(csv), QString());
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QVERIFY(table.readAll().startsWith("protocol,status,substatus,win32"));
        QVERIFY(
            !m_window->logPage()->exportTally(m_dir->filePath(u"no/such/dir/t.csv"_s)).isEmpty());
    }

    void reading_showsProgressAndCancel_thenHidesThem()
    {
        QSignalSpy finished(m_window->logPage(), &LogPage::readingFinished);
        m_window->openLogs({writeLog(u"u_ex240501.log"_s)});
        QVERIFY(m_window->logPage()->progressWidget()->isVisible());
        QVERIFY(child<QPushButton>("logCancelButton")->isVisible());
        QVERIFY(finished.wait(10000));
        QVERIFY(!m_window->logPage()->progressWidget()->isVisible());
    }

    void unreadableInput_isReportedOnThePage()
    {
        QVERIFY(openAndWait({m_dir->filePath(u"vanished.log"_s)}));
        const QString summary = child<QLabel>("logSummary")->text();
        QVERIFY2(summary.contains(u"vanished.log"_s), qPrintable(summary));
        QCOMPARE(table()->model()->rowCount(), 0);
    }

    void chinese_titlesFollowTheLanguage()
    {
        QVERIFY(openAndWait({writeLog(u"u_ex240501.log"_s)}));
        m_window->setLanguage(Language::TraditionalChinese);
        const int row = rowOf(u"HTTP 403.14 (win32 5)"_s);
        QCOMPARE(table()->model()->index(row, LogTallyModel::TitleColumn).data().toString(),
                 m_catalog.find(*CodeId::fromKey(u"http:403.14"_s))
                     ->text(Language::TraditionalChinese)
                     .title);
    }
};

QTEST_MAIN(TestLogWindow)
#include "TestLogWindow.moc"
