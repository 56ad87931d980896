// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"

#include "ResourceFileReader.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <future>
#include <vector>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

QString describeCodes(const QList<CodeId> &ids)
{
    QStringList keys;
    for (const CodeId &id : ids)
        keys.append(id.key());
    return keys.isEmpty() ? u"none"_s : keys.join(u", "_s);
}

QStringList kbIds(const EntryText &text)
{
    QStringList ids;
    for (const KbArticle &article : text.kbArticles)
        ids.append(article.id);
    return ids;
}

QString describeList(const QStringList &items)
{
    return items.isEmpty() ? u"none"_s : items.join(u", "_s);
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

// Merges the files one by one; the first file to define a code owns its shared fields, and
// every later file must agree with it.
class CatalogMerger
{
public:
    void add(const ResourceFileReader &file)
    {
        m_loadedLanguages.append(file.language());
        for (int i = 0; i < file.entries().size(); ++i)
            addEntry(file, file.entries()[i], file.entryLines()[i]);
        for (const StatusClassRecord &record : file.statusClasses())
            m_classes.append({file.language(), record});
    }

    void addIssues(const QList<CatalogIssue> &issues) { m_issues.append(issues); }

    void rememberFile(Language language, const QString &path)
    {
        m_filesByLanguage.insert(language, path);
    }

    Catalog finish()
    {
        reportMissingLanguages();
        dropDanglingRelations();
        Catalog catalog(m_entries.values(), m_issues);
        for (const auto &[language, record] : std::as_const(m_classes))
            catalog.setClassText(record.protocol, record.statusClass, language, record.text);
        return catalog;
    }

private:
    struct Origin {
        QString file;
        int line;
    };

    void addEntry(const ResourceFileReader &file, const Entry &entry, int line)
    {
        const Language language = file.language();
        auto existing = m_entries.find(entry.id);
        if (existing == m_entries.end()) {
            m_entries.insert(entry.id, entry);
            m_origins.insert(entry.id, {file.path(), line});
            return;
        }
        const QString firstFile = m_origins.value(entry.id).file;
        auto mismatch = [&](const QString &field, const QString &here, const QString &there) {
            m_issues.append({file.path(), line, entry.id.key(), field,
                             u"differs from "_s + firstFile + u" (here: "_s + here +
                                 u"; there: "_s + there + u"); the value there is used"_s});
        };
        if (entry.related != existing->related)
            mismatch(u"related"_s, describeCodes(entry.related), describeCodes(existing->related));
        if (entry.iisVersions != existing->iisVersions)
            mismatch(u"iisVersions"_s, describeList(entry.iisVersions),
                     describeList(existing->iisVersions));
        if (entry.aliases != existing->aliases)
            mismatch(u"aliases"_s, describeList(entry.aliases), describeList(existing->aliases));
        if (entry.common != existing->common)
            mismatch(u"common"_s, entry.common ? u"true"_s : u"false"_s,
                     existing->common ? u"true"_s : u"false"_s);
        const EntryText &text = *entry.texts[languageIndex(language)];
        for (const auto &otherText : existing->texts) {
            if (otherText && kbIds(*otherText) != kbIds(text))
                mismatch(u"kbArticles"_s, describeList(kbIds(text)),
                         describeList(kbIds(*otherText)));
        }
        existing->texts[languageIndex(language)] = text;
    }

    void reportMissingLanguages()
    {
        for (Language language : std::as_const(m_loadedLanguages)) {
            for (const Entry &entry : std::as_const(m_entries)) {
                if (entry.hasText(language))
                    continue;
                const Origin origin = m_origins.value(entry.id);
                m_issues.append({m_filesByLanguage.value(language, languageKey(language)), 0,
                                 entry.id.key(), u"code"_s,
                                 u"missing from this language but defined in "_s + origin.file +
                                     u':' + QString::number(origin.line)});
            }
        }
    }

    void dropDanglingRelations()
    {
        for (Entry &entry : m_entries) {
            const Origin origin = m_origins.value(entry.id);
            QList<CodeId> kept;
            for (const CodeId &target : std::as_const(entry.related)) {
                if (target == entry.id || !m_entries.contains(target)) {
                    m_issues.append({origin.file, origin.line, entry.id.key(), u"related"_s,
                                     target == entry.id
                                         ? u"an entry cannot be related to itself"_s
                                         : u"no entry "_s + target.key() + u" exists"_s});
                    continue;
                }
                kept.append(target);
            }
            entry.related = kept;
        }
    }

    QMap<CodeId, Entry> m_entries;
    QHash<CodeId, Origin> m_origins;
    QList<Language> m_loadedLanguages;
    QMap<Language, QString> m_filesByLanguage;
    QList<std::pair<Language, StatusClassRecord>> m_classes;
    QList<CatalogIssue> m_issues;
};

} // namespace

QList<CatalogSource> CatalogLoader::builtInSources()
{
    return {{Language::English, u":/codes/en.json"_s},
            {Language::TraditionalChinese, u":/codes/zh_TW.json"_s}};
}

QList<CatalogSource> CatalogLoader::sourcesInDirectory(const QString &directory)
{
    const QDir dir(directory);
    QList<CatalogSource> sources;
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
    std::vector<ResourceFileReader> readers;
    readers.reserve(sources.size());
    for (const CatalogSource &source : sources)
        readers.emplace_back(source.language, source.path);
    std::vector<std::future<bool>> usable;
    for (ResourceFileReader &reader : readers)
        usable.push_back(std::async(std::launch::async, [&reader] { return reader.read(); }));

    // Merged in the order given, so which file a message blames never depends on timing.
    CatalogMerger merger;
    for (size_t i = 0; i < readers.size(); ++i) {
        const bool readable = usable[i].get();
        merger.addIssues(readers[i].issues());
        if (!readable)
            continue;
        merger.rememberFile(readers[i].language(), readers[i].path());
        merger.add(readers[i]);
    }
    return merger.finish();
}

} // namespace iisref
