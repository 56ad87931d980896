// SPDX-License-Identifier: MIT
// A log file anyone could write, read as the Log tab and `iisref log` read it. Beyond not
// crashing: the tally must not depend on where the file is split across threads, and the
// JSON `iisref log --json` writes must read back to the same tally. Raw bytes are also handed
// to the tally reader, as a web farm's JSON inputs are.
#include "FuzzCheck.h"
#include "LogAnalyzer.h"
#include "LogTallyReader.h"
#include "LogTallyWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace iisref;

namespace {

QTemporaryDir *directory = nullptr;

QString writeLog(const QByteArray &bytes)
{
    QString path = directory->filePath(QStringLiteral("u_ex240501.log"));
    QFile file(path);
    IISREF_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    IISREF_FUZZ_CHECK(file.write(bytes) == bytes.size());
    return path;
}

LogTally analyze(const QString &path, int parts)
{
    LogAnalyzer analyzer(1);
    analyzer.setPartsPerFile(parts);
    return analyzer.analyze({path});
}

// What a tally read back must say again. The files and skipped lines are named after the
// JSON file they were read from ("web1.json: u_ex….log"), so only their number must match.
QJsonObject countsOf(const LogTally &tally)
{
    QJsonObject json = LogTallyWriter(tally).jsonDocument().object();
    json[QStringLiteral("files")] = json[QStringLiteral("files")].toArray().size();
    json[QStringLiteral("skippedLines")] = json[QStringLiteral("skippedLines")].toArray().size();
    return json;
}

void readAsLog(const QByteArray &bytes, int parts)
{
    const QString path = writeLog(bytes);
    const LogTally whole = analyze(path, 1);
    const QByteArray json = LogTallyWriter(whole).json();
    IISREF_FUZZ_CHECK(LogTallyWriter(analyze(path, parts)).json() == json);

    QString error;
    const std::optional<LogTally> readBack =
        LogTallyReader::fromJson(json, QStringLiteral("web1.json"), error);
    IISREF_FUZZ_CHECK(readBack.has_value());
    const QJsonObject wrote = countsOf(whole);
    const QJsonObject read = countsOf(*readBack);
    if (read != wrote)
        std::fprintf(stderr, "wrote:\n%s\nread back:\n%s\n",
                     QJsonDocument(wrote).toJson().constData(),
                     QJsonDocument(read).toJson().constData());
    IISREF_FUZZ_CHECK(read == wrote);
}

void readAsTally(const QByteArray &bytes)
{
    QString error;
    const std::optional<LogTally> tally =
        LogTallyReader::fromJson(bytes, QStringLiteral("web1.json"), error);
    IISREF_FUZZ_CHECK(tally.has_value() || !error.isEmpty());
    if (tally)
        (void)LogTallyWriter(*tally).json();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    directory = new QTemporaryDir;
    IISREF_FUZZ_CHECK(directory->isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks how many parts the file is split into, or the tally reader.
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const unsigned choice = data[0] % 5;
    if (choice == 0)
        readAsTally(bytes);
    else
        readAsLog(bytes, int(choice));
    return 0;
}
