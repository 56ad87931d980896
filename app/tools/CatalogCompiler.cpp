// SPDX-License-Identifier: MIT
// Build step: validates the JSON catalog with the same loader `--catalog` uses and writes the
// compiled form the binary embeds. Any problem fails the build with file, line, code and field,
// so a broken catalog never ships.
#include "CatalogBinary.h"
#include "CatalogLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace iisref;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: iisref_catalogc SOURCE_DIRECTORY OUTPUT_DIRECTORY\n");
        return 2;
    }
    const Catalog catalog = CatalogLoader::loadDirectory(arguments[1]);
    // "file:line: error: …", the form compilers use, so IDEs jump to the line.
    for (const CatalogIssue &issue : catalog.issues()) {
        const QString location =
            issue.file + (issue.line > 0 ? u':' + QString::number(issue.line) : QString());
        std::fprintf(stderr, "%s: error: %s\n", qPrintable(location),
                     qPrintable(issue.toString().mid(location.size() + 2)));
    }
    if (!catalog.issues().isEmpty() || catalog.isEmpty()) {
        std::fprintf(stderr,
                     "iisref_catalogc: the catalog in %s has %d problem(s); fix them to build\n",
                     qPrintable(arguments[1]), int(catalog.issues().size()));
        return 1;
    }
    const QDir output(arguments[2]);
    if (!output.mkpath(u"."_s))
        return 1;
    bool written = writeFile(output.filePath(u"facts.bin"_s), CatalogBinary::writeFacts(catalog));
    for (Language language : allLanguages)
        written = written && writeFile(output.filePath(languageKey(language) + u".bin"_s),
                                       CatalogBinary::writeLanguage(catalog, language));
    return written ? 0 : 1;
}
