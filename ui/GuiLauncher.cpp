// SPDX-License-Identifier: MIT
#include "GuiLauncher.h"

#include "GuiSession.h"
#include "StartupOptions.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace iisref {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Ties the window to io.github.iisref.IisRef.desktop: Wayland and the docks find our icon
    // and name through it.
    QGuiApplication::setDesktopFileName(QStringLiteral(IISREF_APP_ID));
    QApplication::setApplicationDisplayName(u"iisref"_s);

    GuiSession session(StartupOptions::parse(QApplication::arguments()));
    session.show();
    return app.exec();
}

} // namespace iisref
