// SPDX-License-Identifier: MIT
// Started as a process by bench_gui: `startup_probe bare|app SETTINGS_FILE` builds one window,
// shows and paints it, and exits, so the benchmark times everything a user waits for from
// launch to a painted window (process start, QApplication, fonts, catalog, widgets) for the
// real window and for a bare one in the same way. The bare window holds a menu, a line edit
// and a status message: without any text it would skip loading fonts, which every real
// window pays for.
#include "CatalogLoader.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

#include <memory>

using namespace iisref;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const bool bare = arguments.value(1) == QLatin1String("bare");

    Catalog catalog;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<QMainWindow> window;
    if (bare) {
        window = std::make_unique<QMainWindow>();
        window->menuBar()->addMenu(QStringLiteral("&File"));
        auto *edit = new QLineEdit(window.get());
        edit->setPlaceholderText(QStringLiteral("Search"));
        window->setCentralWidget(edit);
        window->statusBar()->showMessage(QStringLiteral("Ready"));
    } else {
        // As the real start-up does: the language on screen only, the other after the frame.
        settings = std::make_unique<Settings>(arguments.value(2));
        catalog = CatalogLoader::loadBuiltIn(settings->language().value_or(Language::English));
        window = std::make_unique<MainWindow>(catalog, *settings);
    }
    window->resize(1280, 800);
    window->show();
    const QPixmap firstFrame = window->grab();
    // One turn of the event loop, as a real start-up has before the user sees anything.
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    const int status = QApplication::exec();
    return firstFrame.isNull() ? 1 : status;
}
