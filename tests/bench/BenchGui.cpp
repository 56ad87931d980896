// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "MainWindow.h"
#include "MedianTiming.h"
#include "Settings.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace iisref;

// What a user waits for in the window, each next to a baseline measured in the same run:
// start-up, as a whole process from launch to the first painted frame (startup_probe), and its
// memory then, against the same for a bare QMainWindow in the same language; one keystroke's
// search and redraw against the same redraw after an empty search.
class BenchGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Probe {
        double firstFrameNs = 0; // from launch
        double rssKib = 0;       // at the first frame
        double peakKib = 0;      // at exit, after what waits for the first frame
        double wholeNs = 0;      // launch to exit, as the issue first measured start-up
    };

    QString settingsPath(Language language) const
    {
        return m_dir.filePath(language == Language::English ? u"en.conf"_s : u"zh_TW.conf"_s);
    }

    // A returning user's start: the last entry (500.19, with long notes and a dozen related
    // codes) is drawn in the first frame.
    QString returningSettingsPath() const { return m_dir.filePath(u"returning.conf"_s); }

    Probe runProbe(const QString &mode, Language language, const QString &settings = {}) const
    {
        QStringList arguments = {mode, settings.isEmpty() ? settingsPath(language) : settings};
        if (language == Language::TraditionalChinese)
            arguments << u"zh_TW"_s;
        QProcess probe;
        const qint64 launched = QDeadlineTimer::current().deadlineNSecs();
        probe.start(QStringLiteral(IISREF_STARTUP_PROBE), arguments);
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            qFatal("startup probe %s failed: %s", qPrintable(mode),
                   probe.readAllStandardError().constData());
        Probe result;
        result.wholeNs = double(QDeadlineTimer::current().deadlineNSecs() - launched);
        for (const QByteArray &field : probe.readAllStandardOutput().trimmed().split(' ')) {
            const QList<QByteArray> pair = field.split('=');
            const double value = pair.value(1).toDouble();
            if (pair.value(0) == "first-frame-ns")
                result.firstFrameNs = value - double(launched);
            else if (pair.value(0) == "rss-kb")
                result.rssKib = value;
            else if (pair.value(0) == "peak-kb")
                result.peakKib = value;
        }
        if (result.firstFrameNs <= 0)
            qFatal("startup probe %s printed no first frame", qPrintable(mode));
        return result;
    }

    // Medians of each figure over `runs` launches, the two kinds interleaved so a slow moment
    // of the machine falls on both.
    std::pair<Probe, Probe> medianProbes(Language language, int runs,
                                         const QString &settings = {}) const
    {
        QList<Probe> bare, app;
        for (int i = 0; i < runs; ++i) {
            bare.append(runProbe(u"bare"_s, language));
            app.append(runProbe(u"app"_s, language, settings));
        }
        const auto median = [](QList<Probe> probes, double Probe::*field) {
            std::sort(probes.begin(), probes.end(),
                      [field](const Probe &a, const Probe &b) { return a.*field < b.*field; });
            return probes[probes.size() / 2].*field;
        };
        const auto medians = [&](const QList<Probe> &probes) {
            return Probe{median(probes, &Probe::firstFrameNs), median(probes, &Probe::rssKib),
                         median(probes, &Probe::peakKib), median(probes, &Probe::wholeNs)};
        };
        return {medians(bare), medians(app)};
    }

    static void reportStartup(const char *language, const Probe &bare, const Probe &app)
    {
        qInfo().noquote()
            << u"%1 start-up to first frame: %2 ms = %3× a bare Qt Widgets window (%4 ms); "
               u"memory then %5 MiB = %6× (%7 MiB); peak after the deferred work %8 MiB = %9×"_s
                   .arg(QString::fromLatin1(language))
                   .arg(app.firstFrameNs / 1e6, 0, 'f', 1)
                   .arg(app.firstFrameNs / bare.firstFrameNs, 0, 'f', 2)
                   .arg(bare.firstFrameNs / 1e6, 0, 'f', 1)
                   .arg(app.rssKib / 1024, 0, 'f', 1)
                   .arg(app.rssKib / bare.rssKib, 0, 'f', 2)
                   .arg(bare.rssKib / 1024, 0, 'f', 1)
                   .arg(app.peakKib / 1024, 0, 'f', 1)
                   .arg(app.peakKib / bare.peakKib, 0, 'f', 2);
        qInfo().noquote() << u"%1 whole process, launch to exit after the first frame: %2 ms = "
                             u"%3× the bare window's (%4 ms)"_s.arg(QString::fromLatin1(language))
                                 .arg(app.wholeNs / 1e6, 0, 'f', 1)
                                 .arg(app.wholeNs / bare.wholeNs, 0, 'f', 2)
                                 .arg(bare.wholeNs / 1e6, 0, 'f', 1);
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
        Settings(settingsPath(Language::English)).setLanguage(Language::English);
        Settings(settingsPath(Language::TraditionalChinese))
            .setLanguage(Language::TraditionalChinese);
        Settings returning(returningSettingsPath());
        returning.setLanguage(Language::English);
        returning.setLastEntry(CodeId::fromKey(u"http:500.19"));
    }

    void ratios()
    {
        // One launch of each first, so neither pays for a cold file cache.
        runProbe(u"bare"_s, Language::English);
        runProbe(u"app"_s, Language::English);
        const int runs = qEnvironmentVariableIsSet("CI") ? 5 : 11;
        const auto [bareEn, appEn] = medianProbes(Language::English, runs);
        const auto [bareZh, appZh] = medianProbes(Language::TraditionalChinese, runs);
        const auto [bareBack, appBack] =
            medianProbes(Language::English, runs, returningSettingsPath());
        reportStartup("English", bareEn, appEn);
        reportStartup("zh_TW", bareZh, appZh);
        reportStartup("English, last entry restored,", bareBack, appBack);

        const Catalog catalog = CatalogLoader::loadBuiltIn();
        Settings settings(settingsPath(Language::English));
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
            << u"keystroke: %1 ms = %2× an empty search's redraw (%3 ms) = %4 of a 60 Hz frame"_s
                   .arg(keystroke / 1e6, 0, 'f', 2)
                   .arg(keystroke / empty, 0, 'f', 2)
                   .arg(empty / 1e6, 0, 'f', 2)
                   .arg(keystroke / frame, 0, 'f', 2);
        QVERIFY(appEn.firstFrameNs > 0 && keystroke > 0);
    }
};

QTEST_MAIN(BenchGui)
#include "BenchGui.moc"
