// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include "CatalogLoader.h"
#include "EntryCsv.h"
#include "EntryFormatter.h"
#include "LogAnalyzer.h"
#include "LogTallyModel.h"
#include "LogTallyWriter.h"
#include "QueryParser.h"
#include "SearchEngine.h"
#include "TerminalText.h"
#include "UiTranslator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// What --limit and --top take: a whole number of at least 1.
std::optional<int> countFrom(const QString &text)
{
    bool ok = false;
    const int count = text.toInt(&ok);
    return ok && count >= 1 ? std::optional(count) : std::nullopt;
}

const QStringList subcommands = {u"show"_s, u"search"_s, u"list"_s, u"log"_s};

QString codeList(const QList<const Entry *> &entries)
{
    QStringList names;
    for (const Entry *entry : entries)
        names.append(entry->id.displayName());
    return names.join(u", "_s);
}

// People name IIS 10.0 and 7.0 "IIS 10" and "IIS 7"; 7.5 and 8.5 are never shortened.
std::optional<IisVersionSet> iisVersionFromArgument(const QString &argument)
{
    const QString version = argument.trimmed();
    if (const auto exact = IisVersionSet::fromVersion(version))
        return exact;
    const bool wholeNumber = !version.isEmpty() && std::all_of(version.begin(), version.end(),
                                                               [](QChar c) { return c.isDigit(); });
    return wholeNumber ? IisVersionSet::fromVersion(version + u".0"_s) : std::nullopt;
}

// Levenshtein distance: insertions, deletions and substitutions.
qsizetype editDistance(QStringView from, QStringView to)
{
    QList<qsizetype> previous(to.size() + 1);
    for (qsizetype j = 0; j <= to.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= from.size(); ++i) {
        QList<qsizetype> current(to.size() + 1);
        current[0] = i;
        for (qsizetype j = 1; j <= to.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[to.size()];
}

// The command `word` was probably meant to be ("shwo", "ls", "Show"), or empty.
QString nearestSubcommand(const QString &word)
{
    const QString folded = word.toCaseFolded();
    QString nearest;
    qsizetype nearestDistance = 3; // further than two edits is a query, not a typo
    for (const QString &command : subcommands) {
        const qsizetype distance = editDistance(folded, command);
        if (distance < nearestDistance) {
            nearest = command;
            nearestDistance = distance;
        }
    }
    return nearest;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

CommandLine::Switches CommandLine::switches()
{
    return {
        QCommandLineOption(u"lang"_s, tr("Language of the output: en or zh_TW."), u"language"_s),
        QCommandLineOption(u"protocol"_s, tr("Only this protocol: http or ftp."), u"protocol"_s),
        QCommandLineOption(u"kind"_s, tr("Only this kind of code: %1.").arg(codeKindChoices()),
                           u"kind"_s),
        QCommandLineOption(u"limit"_s, tr("At most N search results."), u"N"_s),
        QCommandLineOption(
            u"iis"_s,
            tr("Only the causes and fix steps for this IIS release (%1); list shows only the "
               "codes it has.")
                .arg(IisVersionSet::knownVersions().join(u", "_s)),
            u"version"_s),
        QCommandLineOption(u"json"_s, tr("Print a JSON array of entries.")),
        QCommandLineOption(u"csv"_s,
                           tr("Print the entries as CSV with a header row, for a lookup table.")),
        QCommandLineOption(
            u"catalog"_s,
            tr("Read en.json and zh_TW.json from this directory instead of the built-in codes."),
            u"directory"_s),
        QCommandLineOption(u"top"_s,
                           tr("log: show the N most frequent rows, and N URIs and clients a row."),
                           u"N"_s),
    };
}

QList<QCommandLineOption> CommandLine::Switches::all() const
{
    return {lang, protocol, kind, limit, iis, json, csv, catalog, top};
}

QString CommandLine::firstOperand(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Qt's own options are single-dash words ("-platform offscreen"), never bundled letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(switches().all());
    // The window's --log, and Qt's options that take a value (QGuiApplication's and the xcb
    // plugin's): each one's value is not the command either.
    const QStringList valueTaking = {u"log"_s,           u"platform"_s,     u"platformpluginpath"_s,
                                     u"platformtheme"_s, u"plugin"_s,       u"qwindowgeometry"_s,
                                     u"qwindowicon"_s,   u"qwindowtitle"_s, u"session"_s,
                                     u"style"_s,         u"stylesheet"_s,   u"display"_s,
                                     u"geometry"_s,      u"title"_s,        u"name"_s,
                                     u"visual"_s};
    for (const QString &name : valueTaking)
        parser.addOption(QCommandLineOption(name, {}, u"value"_s));
    // An unknown option is run()'s to report; the operands are known either way.
    parser.parse(arguments);
    return parser.positionalArguments().value(0);
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--help" || argument == u"-h" || argument == u"--version" ||
            argument == u"-v" || argument == u"--help-all")
            return true;
    }
    return subcommands.contains(firstOperand(arguments));
}

int CommandLine::reportNoDisplay(const QStringList &arguments)
{
    UiTranslator translator;
    translator.setLanguage(languageForLocale(QLocale::system()));
    QString message = tr("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
                         "is set); without a window, give one of the commands show, search, "
                         "list or log");
    const QString meant = nearestSubcommand(firstOperand(arguments));
    if (!meant.isEmpty())
        message += u"\niisref: "_s + tr("did you mean '%1'?").arg(meant);
    return usageError(message);
}

void CommandLine::printOut(const QString &text)
{
    m_out << TerminalText::plain(text);
    m_out.flush();
}

void CommandLine::printErr(const QString &text)
{
    m_err << TerminalText::plain(text);
    m_err.flush();
}

int CommandLine::usageError(const QString &message)
{
    printErr(u"iisref: "_s + message + u'\n' + tr("Try 'iisref --help' for more information.") +
             u'\n');
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Offline reference for IIS HTTP and FTP status codes.\n\n"
           "Commands:\n"
           "  show CODE      the entry for a code: 403.14, 403-14, 500-100.ASP, \"ftp 550\"\n"
           "  search QUERY   ranked search by code, phrase, KB number or words\n"
           "  list           every code\n"
           "  log PATH...    tally IIS logs (W3C, FTP, HTTPERR, IIS, NCSA; files or folders)\n"
           "  (none)         open the window, at the best match for QUERY if given\n\n"
           "Exit status: 0 found, 1 nothing matched, 2 usage error.\n"
           "For log: 0 requests were tallied, 1 none, 2 usage error or unreadable input."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    // As firstOperand() reads them: "-platform" is one unknown option, not eight letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Switches switches = CommandLine::switches();
    parser.addOptions(switches.all());
    parser.addPositionalArgument(u"command"_s, tr("show, search, list or log."), u"[command]"_s);
    parser.addPositionalArgument(u"query"_s, tr("A code or search words."), u"[query...]"_s);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        printOut(parser.helpText());
        return Found;
    }
    if (parser.isSet(versionOption)) {
        printOut(QCoreApplication::applicationName() + u' ' +
                 QCoreApplication::applicationVersion() + u'\n');
        return Found;
    }

    Options options;
    QStringList positional = parser.positionalArguments();
    options.command = positional.value(0);
    options.operands = positional.mid(1);
    if (!subcommands.contains(options.command))
        return usageError(
            tr("unknown command '%1'; expected show, search, list or log").arg(options.command));

    options.language = languageForLocale(QLocale::system());
    if (parser.isSet(switches.lang)) {
        const auto language = languageFromKey(parser.value(switches.lang));
        if (!language)
            return usageError(
                tr("unknown language '%1'; expected en or zh_TW").arg(parser.value(switches.lang)));
        options.language = *language;
    }
    if (parser.isSet(switches.protocol)) {
        options.kind = codeKindFromKey(parser.value(switches.protocol));
        if (options.kind != CodeKind::Http && options.kind != CodeKind::Ftp)
            return usageError(tr("unknown protocol '%1'; expected http or ftp")
                                  .arg(parser.value(switches.protocol)));
    }
    if (parser.isSet(switches.kind)) {
        options.kind = codeKindFromKey(parser.value(switches.kind));
        if (!options.kind)
            return usageError(tr("unknown kind '%1'; expected %2")
                                  .arg(parser.value(switches.kind), codeKindChoices()));
    }
    if (parser.isSet(switches.limit)) {
        const std::optional<int> limit = countFrom(parser.value(switches.limit));
        if (!limit)
            return usageError(tr("--limit needs a whole number of at least 1, not '%1'")
                                  .arg(parser.value(switches.limit)));
        options.limit = *limit;
    }
    if (parser.isSet(switches.iis)) {
        const auto iis = iisVersionFromArgument(parser.value(switches.iis));
        if (!iis)
            return usageError(
                tr("unknown IIS version '%1'; expected one of %2")
                    .arg(parser.value(switches.iis), IisVersionSet::knownVersions().join(u", "_s)));
        options.iis = *iis;
    }
    if (parser.isSet(switches.json) && parser.isSet(switches.csv))
        return usageError(tr("--csv and --json cannot be used together; choose one"));
    if (parser.isSet(switches.json))
        options.format = Options::Format::Json;
    else if (parser.isSet(switches.csv))
        options.format = Options::Format::Csv;
    options.catalogDirectory = parser.value(switches.catalog);
    if (parser.isSet(switches.top)) {
        const std::optional<int> top = countFrom(parser.value(switches.top));
        if (!top)
            return usageError(tr("--top needs a whole number of at least 1, not '%1'")
                                  .arg(parser.value(switches.top)));
        options.top = *top;
    }

    UiTranslator translator;
    translator.setLanguage(options.language);

    const Catalog catalog = options.catalogDirectory.isEmpty()
                                ? CatalogLoader::loadBuiltIn()
                                : CatalogLoader::loadDirectory(options.catalogDirectory);
    for (const CatalogIssue &issue : catalog.issues())
        printErr(u"iisref: warning: "_s + issue.toString() + u'\n');
    if (catalog.isEmpty()) {
        printErr(u"iisref: "_s + tr("no status codes could be loaded; see the warnings above") +
                 u'\n');
        return NotFound;
    }

    if (options.command == u"log")
        return runLog(options, catalog);
    if (options.command == u"show")
        return runShow(options, catalog);
    if (options.command == u"search")
        return runSearch(options, catalog);
    return runList(options, catalog);
}

ParsedQuery CommandLine::queryOf(const Options &options)
{
    // Several operands are one query: `iisref search HTTP Error 500-12` without quotes.
    return QueryParser::parse(options.operands.join(u' '), options.kind);
}

int CommandLine::runShow(const Options &options, const Catalog &catalog)
{
    if (options.operands.isEmpty())
        return usageError(tr("show needs a code, such as 403.14"));
    const ParsedQuery query = queryOf(options);
    const SearchEngine engine(catalog);
    const QList<const Entry *> entries = engine.exactMatches(query);
    if (entries.isEmpty()) {
        reportNothingFound(query.text, engine.suggestions(query));
        return NotFound;
    }
    print(entries, options, true);
    return Found;
}

int CommandLine::runSearch(const Options &options, const Catalog &catalog)
{
    if (options.operands.isEmpty())
        return usageError(tr("search needs a query, such as \"ssl required\""));
    const ParsedQuery query = queryOf(options);
    const SearchEngine engine(catalog);
    const SearchAnswer answer = engine.answer(query, options.limit);
    if (answer.results.isEmpty()) {
        reportNothingFound(query.text, answer.suggestions);
        return NotFound;
    }
    QList<const Entry *> entries;
    for (const SearchResult &result : answer.results)
        entries.append(result.entry);
    print(entries, options, false);
    return Found;
}

int CommandLine::runList(const Options &options, const Catalog &catalog)
{
    QList<const Entry *> entries;
    for (const Entry &entry : catalog.entries()) {
        const bool kindWanted = !options.kind || entry.id.kind() == *options.kind;
        // Every set contains the empty one: without --iis, every entry.
        if (kindWanted && entry.iisVersions.contains(options.iis))
            entries.append(&entry);
    }
    print(entries, options, false);
    return Found;
}

int CommandLine::runLog(const Options &options, const Catalog &catalog)
{
    if (options.operands.isEmpty())
        return usageError(tr("log needs a log file or folder, such as W3SVC1"));
    LogAnalyzer analyzer;
    const LogTally tally = analyzer.analyze(options.operands);
    bool readAny = false;
    for (const LogFileTotals &file : tally.files()) {
        if (file.error.isEmpty())
            readAny = true;
        else
            printErr(u"iisref: "_s + tr("cannot read %1: %2").arg(file.path, file.error) + u'\n');
    }
    if (!readAny)
        return UsageError;

    const int top = options.top > 0 ? options.top : 10;
    const LogTallyWriter writer(tally, top);
    if (options.format == Options::Format::Json) {
        m_out << TerminalText::json(writer.jsonDocument());
        m_out.flush();
    } else if (options.format == Options::Format::Csv) {
        printOut(QString::fromUtf8(writer.csv()));
    } else {
        QString text = tr("%1 requests in %2 files, %3 lines skipped")
                           .arg(tally.requests())
                           .arg(tally.files().size())
                           .arg(tally.skipped()) +
                       u"\n\n"_s;
        text += writer.table([&](const LogRowKey &key) {
            const Entry *entry = LogTallyModel::entryFor(catalog, key);
            return entry ? entry->text(options.language).title : QString();
        });
        if (!tally.skippedLines().isEmpty()) {
            text += u'\n' + tr("Skipped lines (the first %1):").arg(tally.skippedLines().size()) +
                    u'\n';
            for (const SkippedLine &line : tally.skippedLines())
                text += u"%1:%2: %3\n"_s.arg(line.path).arg(line.line).arg(line.why);
        }
        printOut(text);
    }
    return tally.requests() > 0 ? Found : NotFound;
}

void CommandLine::print(const QList<const Entry *> &entries, const Options &options, bool detailed)
{
    if (options.format == Options::Format::Csv) {
        // printOut() keeps the CR LF row ends and shows other controls as escapes, as in the
        // text output: CSV has no escapes of its own to carry them.
        printOut(EntryCsv::table(entries, options.language));
        return;
    }
    if (options.format == Options::Format::Json) {
        QJsonArray array;
        for (const Entry *entry : entries)
            array.append(EntryFormatter::toJson(*entry, options.language, options.iis));
        // Not printOut(): visible escapes would turn the JSON into other strings.
        m_out << TerminalText::json(QJsonDocument(array));
        m_out.flush();
        return;
    }
    QString text;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (detailed)
            text += (i > 0 ? u"\n"_s : QString()) +
                    EntryFormatter::entryPlainText(*entries[i], options.language, options.iis);
        else
            text += EntryFormatter::headerLine(*entries[i], options.language) + u'\n';
    }
    printOut(text);
}

void CommandLine::reportNothingFound(const QString &what, const QList<const Entry *> &suggestions)
{
    QString text = u"iisref: "_s + tr("no entry matches '%1'").arg(what) + u'\n';
    if (!suggestions.isEmpty())
        text += u"iisref: "_s + tr("nearest: %1").arg(codeList(suggestions)) + u'\n';
    printErr(text);
}

} // namespace iisref
