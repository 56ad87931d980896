// SPDX-License-Identifier: MIT
// Started as a process by bench_gui: `startup_probe bare|app SETTINGS_FILE [zh_TW]` builds one
// window, shows and paints it, lets what waits for the first frame run, and exits. It prints
//   first-frame-ns=N rss-kb=N peak-kb=N
// the monotonic clock at the first painted frame (the benchmark subtracts its launch time, so
// process start, QApplication, fonts, catalog and widgets all count), the resident memory
// then, and the peak at exit. `app` starts exactly as the program does (GuiSession). The bare
// window holds a menu, a line edit and a status message in the same language: without text it
// would skip loading fonts, which every real window pays for.
#include "GuiSession.h"
#include "MainWindow.h"
#include "StartupOptions.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace iisref;
using namespace Qt::StringLiterals;

namespace {

// "VmRSS" or "VmHWM" of /proc/self/status in KiB; 0 where there is no /proc.
qint64 memoryKib(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

std::unique_ptr<QMainWindow> bareWindow(bool chinese)
{
    auto window = std::make_unique<QMainWindow>();
    window->menuBar()->addMenu(chinese ? u"檔案(&F)"_s : u"&File"_s);
    auto *edit = new QLineEdit(window.get());
    edit->setPlaceholderText(chinese ? u"搜尋代碼或文字"_s : u"Search codes or words"_s);
    window->setCentralWidget(edit);
    window->statusBar()->showMessage(chinese ? u"就緒"_s : u"Ready"_s);
    return window;
}

// Whether the window has had its first paint event: its children are painted in the same
// pass, so once the event loop returns from that pass the whole frame is drawn.
class FirstPaintWatch final : public QObject
{
public:
    explicit FirstPaintWatch(QWidget *window) { window->installEventFilter(this); }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const bool bare = arguments.value(1) == u"bare"_s;
    const bool chinese = arguments.value(3) == u"zh_TW"_s;

    std::unique_ptr<GuiSession> session;
    std::unique_ptr<QMainWindow> bareOne;
    QMainWindow *window = nullptr;
    if (bare) {
        bareOne = bareWindow(chinese);
        window = bareOne.get();
    } else {
        session = std::make_unique<GuiSession>(StartupOptions::parse({arguments.value(0)}),
                                               arguments.value(2));
        window = &session->window();
    }
    window->resize(1280, 800);
    FirstPaintWatch watch(window);
    if (session)
        session->show();
    else
        window->show();
    // The frame the platform draws, as a user's launch does; grab() would also lay out every
    // hidden menu, which no launch does before its first frame.
    const QDeadlineTimer giveUp(10000);
    while (!watch.painted() && !giveUp.hasExpired())
        QCoreApplication::processEvents();
    const qint64 firstFrameNs = QDeadlineTimer::current().deadlineNSecs();
    const qint64 rssKib = memoryKib("VmRSS:");
    // Two turns of the event loop: what was put off until after the first frame runs in the
    // first, as it would in a real start-up before the user does anything.
    QTimer::singleShot(0, &app, [&app] { QTimer::singleShot(0, &app, &QCoreApplication::quit); });
    const int status = QApplication::exec();
    std::printf("first-frame-ns=%lld rss-kb=%lld peak-kb=%lld\n", firstFrameNs, rssKib,
                memoryKib("VmHWM:"));
    return watch.painted() ? status : 1;
}
