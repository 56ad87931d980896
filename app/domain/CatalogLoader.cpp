// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"

#include "CatalogBinary.h"
#include "FactsFileReader.h"
#include "ProseFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QResource>

#include <future>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

QString describeVersions(const IisVersionSet &versions)
{
    return versions.isEmpty() ? u"none"_s : versions.ranges().join(u", "_s);
}

// Opening en.json by name in a directory takes search (x) permission on Unix; read (r) only
// lists it. Without x every file would be reported as not found.
bool canOpenFilesIn(const QFileInfo &directory)
{
#ifdef Q_OS_UNIX
    return directory.isExecutable();
#else
    return directory.isReadable();
#endif
}

// Joins each language's prose to the facts it describes. The facts decide which codes exist;
// prose for a code they do not list is reported, and so is a code a loaded language lacks.
class CatalogMerger
{
public:
    void setFacts(const FactsFileReader &facts)
    {
        m_factsFile = facts.path();
        for (int i = 0; i < facts.entries().size(); ++i) {
            const Entry &entry = facts.entries()[i];
            m_entries.insert(entry.id, entry);
            m_factLines.insert(entry.id, facts.entryLines()[i]);
        }
    }

    void addProse(const ProseFileReader &prose)
    {
        m_loadedLanguages.append({prose.language(), prose.path()});
        for (const ProseRecord &record : prose.records())
            addRecord(prose, record);
        for (const GroupRecord &record : prose.groups())
            m_groups.append({prose.language(), record});
    }

    void addIssues(const QList<CatalogIssue> &issues) { m_issues.append(issues); }

    Catalog finish()
    {
        reportMissingLanguages();
        dropDanglingRelations();
        QList<Entry> entries;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.hasText(Language::English) || entry.hasText(Language::TraditionalChinese))
                entries.append(entry);
        }
        Catalog catalog(entries, m_issues);
        for (const auto &[language, record] : std::as_const(m_groups))
            catalog.setGroupText(record.kind, record.group, language, record.text);
        return catalog;
    }

private:
    void report(const QString &file, int line, const CodeId &id, const QString &field,
                const QString &message)
    {
        m_issues.append({file, line, id.key(), field, message});
    }

    void addRecord(const ProseFileReader &prose, const ProseRecord &record)
    {
        auto entry = m_entries.find(record.id);
        if (entry == m_entries.end()) {
            report(prose.path(), record.line, record.id, u"key"_s,
                   u"no entry in "_s + m_factsFile + u" has this code; its text is ignored"_s);
            return;
        }
        EntryText text = record.text;
        checkVersions(prose, record, *entry, u"causes"_s, text.causes);
        checkVersions(prose, record, *entry, u"fixSteps"_s, text.fixSteps);
        for (const Reference &reference : std::as_const(entry->references)) {
            const QString title = record.referenceTitles.value(reference.titleKey());
            if (title.isEmpty())
                report(prose.path(), record.line, record.id, u"references"_s,
                       u"no title for "_s + reference.label() + u" (\""_s + reference.titleKey() +
                           u"\"), which "_s + m_factsFile + u" cites"_s);
            text.referenceTitles.append(title.isEmpty() ? reference.label() : title);
        }
        for (auto it = record.referenceTitles.cbegin(); it != record.referenceTitles.cend(); ++it) {
            const bool cited = std::any_of(
                entry->references.cbegin(), entry->references.cend(),
                [&](const Reference &reference) { return reference.titleKey() == it.key(); });
            if (!cited)
                report(prose.path(), record.line, record.id, u"references"_s,
                       u"a title for \""_s + it.key() + u"\", which "_s + m_factsFile +
                           u" does not cite for this code"_s);
        }
        entry->texts[languageIndex(prose.language())] = text;
    }

    void checkVersions(const ProseFileReader &prose, const ProseRecord &record, const Entry &entry,
                       const QString &field, const QList<VersionedText> &items)
    {
        for (int i = 0; i < items.size(); ++i) {
            if (items[i].versions.isEmpty() || entry.iisVersions.contains(items[i].versions))
                continue;
            report(prose.path(), record.line, record.id, field,
                   u"item "_s + QString::number(i + 1) + u" is for IIS "_s +
                       describeVersions(items[i].versions) + u", beyond the entry's IIS "_s +
                       describeVersions(entry.iisVersions));
        }
    }

    void reportMissingLanguages()
    {
        for (const auto &[language, file] : std::as_const(m_loadedLanguages)) {
            for (const Entry &entry : std::as_const(m_entries)) {
                if (!entry.hasText(language))
                    report(file, 0, entry.id, u"key"_s,
                           u"missing from this language but listed in "_s + m_factsFile + u':' +
                               QString::number(m_factLines.value(entry.id)));
            }
        }
    }

    void dropDanglingRelations()
    {
        for (Entry &entry : m_entries) {
            const int line = m_factLines.value(entry.id);
            QList<CodeId> kept;
            for (const CodeId &target : std::as_const(entry.related)) {
                if (target == entry.id || !m_entries.contains(target)) {
                    report(m_factsFile, line, entry.id, u"related"_s,
                           target == entry.id ? u"an entry cannot be related to itself"_s
                                              : u"no entry "_s + target.key() + u" exists"_s);
                    continue;
                }
                kept.append(target);
            }
            entry.related = kept;
        }
    }

    QString m_factsFile;
    QMap<CodeId, Entry> m_entries;
    QHash<CodeId, int> m_factLines;
    QList<std::pair<Language, QString>> m_loadedLanguages;
    QList<std::pair<Language, GroupRecord>> m_groups;
    QList<CatalogIssue> m_issues;
};

} // namespace

namespace {

// The bytes where the program holds them, not a copy: the resources are stored uncompressed
// and live as long as the program does.
QByteArray builtInBlob(const QString &name)
{
    const QResource resource(u":/codes/"_s + name + u".bin"_s);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return {};
    return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                   qsizetype(resource.size()));
}

} // namespace

Catalog CatalogLoader::loadBuiltIn()
{
    Catalog catalog = loadBuiltIn(Language::English);
    loadBuiltInLanguage(catalog, Language::TraditionalChinese);
    return catalog;
}

Catalog CatalogLoader::loadBuiltIn(Language first)
{
    // The build validated these files and refuses to finish when they are broken, so an error
    // here means a damaged binary; it is still reported rather than trusted.
    QString error;
    std::optional<Catalog> catalog = CatalogBinary::readFacts(builtInBlob(u"facts"_s), &error);
    if (!catalog)
        return Catalog({}, {{u":/codes/facts.bin"_s, 0, {}, {}, error}});
    loadBuiltInLanguage(*catalog, first);
    return std::move(*catalog);
}

void CatalogLoader::loadBuiltInLanguage(Catalog &catalog, Language language)
{
    if (catalog.hasLanguage(language))
        return;
    const QString name = languageKey(language);
    const QByteArray blob = builtInBlob(name);
    // Borrowed text is QChar pointers into the resource, and a QChar must be 2-byte aligned.
    // rcc packs each file after a 4-byte size with no padding in an array of bytes the compiler
    // need not align, so the build keeps the languages even-sized and apart from the facts,
    // and this checks what it got: a copy is slower, never wrong.
    const bool aligned = quintptr(blob.constData()) % alignof(QChar) == 0;
    const BlobLifetime lifetime = aligned ? BlobLifetime::OutlivesStrings : BlobLifetime::Temporary;
    QString error;
    if (!CatalogBinary::readLanguage(catalog, blob, &error, lifetime))
        catalog.addIssue({u":/codes/"_s + name + u".bin"_s, 0, {}, {}, error});
}

QList<CatalogSource> CatalogLoader::sourcesInDirectory(const QString &directory)
{
    const QDir dir(directory);
    QList<CatalogSource> sources = {{std::nullopt, dir.filePath(u"facts.json"_s)}};
    for (Language language : allLanguages)
        sources.append({language, dir.filePath(languageKey(language) + u".json"_s)});
    return sources;
}

Catalog CatalogLoader::loadDirectory(const QString &directory)
{
    const QFileInfo info(directory);
    QString problem;
    if (!info.exists())
        problem = u"does not exist"_s;
    else if (!info.isDir())
        problem = u"is not a directory"_s;
    else if (!canOpenFilesIn(info))
        problem = u"cannot be read"_s;
    if (!problem.isEmpty())
        return Catalog({}, {{directory, 0, {}, {}, problem}});
    return load(sourcesInDirectory(directory));
}

Catalog CatalogLoader::load(const QList<CatalogSource> &sources)
{
    // Each file is parsed and checked on its own thread: the catalog is on the path to the
    // first painted window, and the files do not depend on each other until they are merged.
    std::unique_ptr<FactsFileReader> facts;
    std::vector<ProseFileReader> prose;
    prose.reserve(sources.size());
    for (const CatalogSource &source : sources) {
        if (!source.language)
            facts = std::make_unique<FactsFileReader>(source.path);
        else
            prose.emplace_back(*source.language, source.path);
    }
    CatalogMerger merger;
    if (!facts) {
        merger.addIssues({{u"catalog"_s, 0, {}, {}, u"no facts file was given"_s}});
        return merger.finish();
    }
    std::future<bool> factsUsable =
        std::async(std::launch::async, [&facts] { return facts->read(); });
    std::vector<std::future<bool>> proseUsable;
    proseUsable.reserve(prose.size());
    for (ProseFileReader &reader : prose)
        proseUsable.push_back(std::async(std::launch::async, [&reader] { return reader.read(); }));

    // Merged in the order given, so which file a message blames never depends on timing.
    const bool haveFacts = factsUsable.get();
    merger.addIssues(facts->issues());
    if (haveFacts)
        merger.setFacts(*facts);
    for (size_t i = 0; i < prose.size(); ++i) {
        const bool readable = proseUsable[i].get();
        merger.addIssues(prose[i].issues());
        if (readable && haveFacts)
            merger.addProse(prose[i]);
    }
    return merger.finish();
}

} // namespace iisref
