// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Language.h"
#include "LogTally.h"
#include "ParsedQuery.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace iisref {

// `iisref show|search|list|log …`: the catalog and the log analyzer without a display, for
// scripts and terminals.
// Exit status: 0 found, 1 nothing matched (with suggestions on stderr), 2 usage error.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(iisref::CommandLine)

public:
    enum ExitCode { Found = 0, NotFound = 1, UsageError = 2 };

    CommandLine(QTextStream &out, QTextStream &err);

    // True when argv asks for the command line rather than the window.
    static bool wantsCommandLine(const QStringList &arguments);
    int run(const QStringList &arguments);
    // For arguments that would open the window where there is no display to open it on:
    // explains, names the command a misspelt first operand probably meant, and returns
    // UsageError.
    int reportNoDisplay(const QStringList &arguments);

private:
    // The commands' options, declared once: run() reads them, and firstOperand() must know
    // which of them take a value.
    struct Switches {
        QCommandLineOption lang, protocol, kind, limit, iis, json, csv, catalog, top;
        QList<QCommandLineOption> all() const;
    };
    static Switches switches();
    // The first argument that is neither an option nor an option's value: the command, if any.
    static QString firstOperand(const QStringList &arguments);

    struct Options {
        QString command;
        QStringList operands;
        Language language = Language::English;
        std::optional<CodeKind> kind;
        IisVersionSet iis; // empty: every release
        int limit = -1;
        enum class Format { Text, Json, Csv } format = Format::Text;
        QString catalogDirectory;
        int top = 0; // log: rows shown, and URIs and clients a row
    };

    // The operands as one query, narrowed to --kind or --protocol when one is given.
    static ParsedQuery queryOf(const Options &options);
    int runShow(const Options &options, const Catalog &catalog);
    int runSearch(const Options &options, const Catalog &catalog);
    int runList(const Options &options, const Catalog &catalog);
    int runLog(const Options &options, const Catalog &catalog);
    void print(const QList<const Entry *> &entries, const Options &options, bool detailed);
    void reportNothingFound(const QString &what, const QList<const Entry *> &suggestions);
    int usageError(const QString &message);
    // Every write to the terminal goes through these two, escaped by TerminalText::plain().
    void printOut(const QString &text);
    void printErr(const QString &text);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace iisref
