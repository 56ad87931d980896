// SPDX-License-Identifier: MIT
#include "GuiSession.h"
#include "LogPage.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// The start-up users wait for: the window is built with what its first frame shows, and what
// can wait (the other language, the icon theme's lookups) comes right after that frame.
class TestGuiSession final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsFile(Language language)
    {
        const QString path = m_dir.filePath(u"session-%1.conf"_s.arg(int(language)));
        Settings(path).setLanguage(language);
        return path;
    }

private slots:
    void beforeTheFirstFrame_onlyTheLanguageOnScreenIsLoaded_theOtherAfterIt_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addRow("English") << Language::English;
        QTest::addRow("繁體中文") << Language::TraditionalChinese;
    }

    void beforeTheFirstFrame_onlyTheLanguageOnScreenIsLoaded_theOtherAfterIt()
    {
        QFETCH(Language, language);
        GuiSession session(StartupOptions::parse({u"iisref"_s}), settingsFile(language));
        QCOMPARE(session.window().language(), language);
        QVERIFY(session.catalog().hasLanguage(language));
        QVERIFY(!session.catalog().hasLanguage(otherLanguage(language)));

        QSignalSpy painted(&session.window(), &MainWindow::firstFramePainted);
        session.show();
        QVERIFY(QTest::qWaitForWindowExposed(&session.window()));
        QVERIFY(painted.wait(5000));
        QVERIFY(session.catalog().hasLanguage(otherLanguage(language)));
        QCOMPARE(painted.count(), 1);
        // A later paint is not a first frame again.
        session.window().repaint();
        QTest::qWait(20);
        QCOMPARE(painted.count(), 1);
    }

    void themeLookups_waitForTheFirstFrame()
    {
        GuiSession session(StartupOptions::parse({u"iisref"_s}), settingsFile(Language::English));
        auto *search = session.window().findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        QVERIFY(!search->isClearButtonEnabled());
        QSignalSpy painted(&session.window(), &MainWindow::firstFramePainted);
        session.show();
        QVERIFY(painted.wait(5000));
        QVERIFY(search->isClearButtonEnabled());
        auto *back = session.window().findChild<QAction *>(u"actionBack"_s);
        QVERIFY(back);
        QVERIFY(!back->icon().isNull());
    }

    void theLogPage_isBuiltWhenTheFirstLogIsOpened()
    {
        GuiSession session(StartupOptions::parse({u"iisref"_s}), settingsFile(Language::English));
        QVERIFY(!session.window().findChild<LogPage *>());
        const QString log = m_dir.filePath(u"u_ex240501.log"_s);
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#Fields: date time cs-uri-stem sc-status sc-substatus sc-win32-status\n"
                   "2024-05-01 00:00:01 / 404 0 2\n");
        file.close();
        session.window().openLogs({log});
        QVERIFY(session.window().findChild<LogPage *>());
        QVERIFY(session.window().showsLog());
    }

    void aStartUpQuery_isShownInTheFirstFrame()
    {
        GuiSession session(StartupOptions::parse({u"iisref"_s, u"403.14"_s}),
                           settingsFile(Language::English));
        QVERIFY(session.window().currentEntry());
        QCOMPARE(session.window().currentEntry()->id.key(), u"http:403.14"_s);
    }
};

QTEST_MAIN(TestGuiSession)
#include "TestGuiSession.moc"
