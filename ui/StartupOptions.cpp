// SPDX-License-Identifier: MIT
#include "StartupOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace iisref {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    QCommandLineParser parser;
    const QCommandLineOption langOption(u"lang"_s, tr("Language: en or zh_TW."), u"language"_s);
    const QCommandLineOption catalogOption(u"catalog"_s, tr("Read en.json and zh_TW.json from DIR."),
                                           u"DIR"_s);
    parser.addOption(langOption);
    parser.addOption(catalogOption);
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
    // `iisref HTTP Error 500-12` without quotes means the same as with them.
    options.query = parser.positionalArguments().join(u' ').trimmed();
    return options;
}

} // namespace iisref
