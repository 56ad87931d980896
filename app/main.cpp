// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "GuiLauncher.h"
#include "TerminalText.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"iisref"_s);
    QCoreApplication::setApplicationName(u"iisref"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IISREF_VERSION));
}

// Qt's own warnings quote what they were handed as it is: a DISPLAY or QT_QPA_PLATFORM value
// full of escape sequences would reach the terminal raw.
void writeEscapedMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = iisref::TerminalText::plain(qFormatLogMessage(type, context, message));
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

// Qt's xcb and wayland plugins abort the process when there is no display to connect to, and
// any argv that is not a command opens the window: `iisref shwo 403` over ssh ended in exit
// 134. QT_QPA_PLATFORM or -platform (offscreen, vnc, …) choose a platform that may need none.
// Windows and macOS always have their own.
bool canOpenWindow(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    return arguments.contains(u"-platform"_s) || arguments.contains(u"--platform"_s);
#else
    Q_UNUSED(arguments);
    return true;
#endif
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(writeEscapedMessage);
    // The command line must work on a machine without a display, so only the window path
    // creates a QApplication.
    const QStringList arguments = argumentsOf(argc, argv);
    const bool commandLine = iisref::CommandLine::wantsCommandLine(arguments);
    if (commandLine || !canOpenWindow(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        iisref::CommandLine cli(out, err);
        return commandLine ? cli.run(QCoreApplication::arguments())
                           : cli.reportNoDisplay(QCoreApplication::arguments());
    }
    describeApplication();
    return iisref::runGui(argc, argv);
}
