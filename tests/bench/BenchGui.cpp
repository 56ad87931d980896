// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "MainWindow.h"
#include "MedianTiming.h"
#include "Settings.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// What a user waits for in the window, each next to a baseline measured in the same run:
// start-up, as a whole process from launch to the first painted frame (startup_probe), against
// the same for a bare QMainWindow; one keystroke's search and redraw against the same redraw
// after an empty search.
class BenchGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(u"bench.conf"_s); }

    // Wall time of one whole probe process, from launch to exit after its first frame.
    void runProbe(const QString &mode) const
    {
        QProcess probe;
        probe.start(QStringLiteral(IISREF_STARTUP_PROBE), {mode, settingsPath()});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            qFatal("startup probe %s failed: %s", qPrintable(mode),
                   probe.readAllStandardError().constData());
    }

    static void typeAndRedraw(MainWindow &window, QLineEdit *search, const QString &text)
    {
        search->setText(text);
        window.repaint();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Settings(settingsPath()).setLanguage(Language::English);
    }

    void startupBaseline_bareWindowProcess()
    {
        QBENCHMARK
        {
            runProbe(u"bare"_s);
        }
    }

    void startup_applicationWindowProcess()
    {
        QBENCHMARK
        {
            runProbe(u"app"_s);
        }
    }

    void ratios()
    {
        const double bare = medianNanosecondsPerCall([this] { runProbe(u"bare"_s); }, 3);
        const double app = medianNanosecondsPerCall([this] { runProbe(u"app"_s); }, 3);

        const Catalog catalog = CatalogLoader::loadBuiltIn();
        Settings settings(settingsPath());
        MainWindow window(catalog, settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        // Alternating texts so every call really changes the query, as a keystroke does.
        bool flip = false;
        const double keystroke = medianNanosecondsPerCall(
            [&] {
                typeAndRedraw(window, search, (flip = !flip) ? u"ssl requi"_s : u"ssl requir"_s);
            },
            50);
        const double empty = medianNanosecondsPerCall(
            [&] { typeAndRedraw(window, search, (flip = !flip) ? QString() : u" "_s); }, 50);
        const double frame = 1e9 / 60;

        qInfo().noquote()
            << u"start-up to first frame: %1 ms = %2× a bare Qt Widgets window (%3 ms)"_s
                   .arg(app / 1e6, 0, 'f', 1)
                   .arg(app / bare, 0, 'f', 2)
                   .arg(bare / 1e6, 0, 'f', 1);
        qInfo().noquote()
            << u"keystroke: %1 ms = %2× an empty search's redraw (%3 ms) = %4 of a 60 Hz frame"_s
                   .arg(keystroke / 1e6, 0, 'f', 2)
                   .arg(keystroke / empty, 0, 'f', 2)
                   .arg(empty / 1e6, 0, 'f', 2)
                   .arg(keystroke / frame, 0, 'f', 2);
        QVERIFY(app > 0 && keystroke > 0);
    }
};

QTEST_MAIN(BenchGui)
#include "BenchGui.moc"
