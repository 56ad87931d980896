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
    if (iisref::CommandLine::wantsCommandLine(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return iisref::CommandLine(out, err).run(QCoreApplication::arguments());
    }
    describeApplication();
    return iisref::runGui(argc, argv);
}
