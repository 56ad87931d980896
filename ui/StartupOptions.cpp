// SPDX-License-Identifier: MIT
#include "StartupOptions.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    QCommandLineParser parser;
    const QCommandLineOption langOption(u"lang"_s, tr("Language: en or zh_TW."), u"language"_s);
    const QCommandLineOption catalogOption(u"catalog"_s,
                                           tr("Read en.json and zh_TW.json from DIR."), u"DIR"_s);
    const QCommandLineOption logOption(u"log"_s, tr("Open this IIS log file or folder."),
                                       u"PATH"_s);
    parser.addOption(langOption);
    parser.addOption(catalogOption);
    parser.addOption(logOption);
    parser.addPositionalArgument(u"query"_s, tr("A code or error text to open."));
    // A typo in an option must not keep the window from opening; report it and go on.
    if (!parser.parse(arguments))
        options.warnings.append(parser.errorText());

    if (parser.isSet(langOption)) {
        const QString value = parser.value(langOption);
        options.language = languageFromKey(value);
        if (!options.language)
            options.warnings.append(tr("Unknown language '%1'; use en or zh_TW.").arg(value));
    }
    options.catalogDirectory = parser.value(catalogOption);
    options.logs = parser.values(logOption);
    // `iisref u_ex240501.log` opens the log; `iisref HTTP Error 500-12` without quotes means
    // the same as with them. Only operands that all name existing paths are logs: "404" stays
    // a query even in a folder that holds a file called 404.
    const QStringList operands = parser.positionalArguments();
    const bool allPaths =
        !operands.isEmpty() &&
        std::all_of(operands.cbegin(), operands.cend(), [](const QString &operand) {
            return (operand.contains(u'/') || operand.contains(u'\\') || operand.contains(u'.')) &&
                   QFileInfo::exists(operand);
        });
    if (allPaths)
        options.logs.append(operands);
    else
        options.query = operands.join(u' ').trimmed();
    return options;
}

} // namespace iisref
