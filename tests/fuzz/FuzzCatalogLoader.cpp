// SPDX-License-Identifier: MIT
// A --catalog directory anyone could hand the program: one of its three files is the fuzzer's,
// the other two are the small valid catalog the tests use. The compiled form the binary reads
// is fuzzed too. Every problem must be reported with its file and a message, never crash.
#include "CatalogBinary.h"
#include "CatalogLoader.h"
#include "FuzzCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace iisref;

namespace {

const std::array<QString, 3> fileNames = {QStringLiteral("facts.json"), QStringLiteral("en.json"),
                                          QStringLiteral("zh_TW.json")};

struct Fixture {
    QTemporaryDir directory;
    std::array<QByteArray, 3> validFiles;
    QByteArray validFacts; // compiled, for the language blob to join
};

Fixture *fixture = nullptr;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    IISREF_FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    IISREF_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    IISREF_FUZZ_CHECK(file.write(bytes) == bytes.size());
}

void loadDirectoryWith(std::size_t fuzzedFile, const QByteArray &bytes)
{
    for (std::size_t i = 0; i < fileNames.size(); ++i)
        writeFile(fixture->directory.filePath(fileNames[i]),
                  i == fuzzedFile ? bytes : fixture->validFiles[i]);
    const Catalog catalog = CatalogLoader::loadDirectory(fixture->directory.path());
    for (const CatalogIssue &issue : catalog.issues()) {
        IISREF_FUZZ_CHECK(!issue.file.isEmpty());
        IISREF_FUZZ_CHECK(!issue.message.isEmpty());
        IISREF_FUZZ_CHECK(issue.line >= 0);
    }
    for (const Entry &entry : catalog.entries())
        IISREF_FUZZ_CHECK(catalog.find(entry.id) == &entry);
}

void readCompiled(bool language, const QByteArray &bytes)
{
    QString error;
    if (!language) {
        const std::optional<Catalog> facts = CatalogBinary::readFacts(bytes, &error);
        IISREF_FUZZ_CHECK(facts.has_value() || !error.isEmpty());
        return;
    }
    // Borrowing is safe here: both catalogs go before `bytes` does. Both ways must agree.
    std::optional<Catalog> copied = CatalogBinary::readFacts(fixture->validFacts, &error);
    std::optional<Catalog> borrowed = copied;
    IISREF_FUZZ_CHECK(copied.has_value());
    const bool copiedRead = CatalogBinary::readLanguage(*copied, bytes, &error);
    IISREF_FUZZ_CHECK(copiedRead || !error.isEmpty());
    const bool borrowedRead =
        CatalogBinary::readLanguage(*borrowed, bytes, &error, BlobLifetime::OutlivesStrings);
    IISREF_FUZZ_CHECK(borrowedRead == copiedRead);
    for (qsizetype i = 0; borrowedRead && i < copied->entries().size(); ++i) {
        const Entry &copy = copied->entries()[i];
        const Entry &borrow = borrowed->entries()[i];
        for (Language language : allLanguages) {
            IISREF_FUZZ_CHECK(copy.hasText(language) == borrow.hasText(language));
            if (copy.hasText(language))
                IISREF_FUZZ_CHECK(copy.text(language).title == borrow.text(language).title &&
                                  copy.text(language).meaning == borrow.text(language).meaning);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    fixture = new Fixture;
    IISREF_FUZZ_CHECK(fixture->directory.isValid());
    for (std::size_t i = 0; i < fileNames.size(); ++i)
        fixture->validFiles[i] = readFile(QStringLiteral(IISREF_TEST_DATA "/mini/") + fileNames[i]);
    const Catalog mini = CatalogLoader::loadDirectory(QStringLiteral(IISREF_TEST_DATA "/mini"));
    IISREF_FUZZ_CHECK(mini.issues().isEmpty());
    fixture->validFacts = CatalogBinary::writeFacts(mini);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the file: facts.json, en.json, zh_TW.json, or a compiled blob.
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const unsigned choice = data[0] % 5;
    if (choice < 3)
        loadDirectoryWith(choice, bytes);
    else
        readCompiled(choice == 4, bytes);
    return 0;
}
