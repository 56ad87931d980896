// SPDX-License-Identifier: MIT
#include "SearchEngine.h"

#include "QueryParser.h"

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

constexpr int exactScore = 10000;
constexpr int kbScore = 9000;
constexpr int familyScore = 8000;
constexpr int prefixScore = 7000;
constexpr int titleTier = 3;
constexpr int keywordTier = 2;
constexpr int textTier = 1;
constexpr int phraseInTitleBonus = 50;
// A keyword that is the whole query is usually the name a document gave the code ("禁止訪問" is
// the source's title for 403), which beats a longer keyword that merely contains it.
constexpr int phraseIsKeywordBonus = 30;

// Whether `line` is one of the '\n'-separated lines of `lines`, as fold() joins them.
bool isWholeLine(const QString &lines, const QString &line)
{
    for (qsizetype at = lines.indexOf(line); at >= 0; at = lines.indexOf(line, at + 1)) {
        const qsizetype end = at + line.size();
        if ((at == 0 || lines[at - 1] == u'\n') && (end == lines.size() || lines[end] == u'\n'))
            return true;
    }
    return false;
}

QString fold(const QStringList &parts)
{
    return parts.join(u'\n').toCaseFolded();
}

QStringList textsOf(const QList<VersionedText> &items)
{
    QStringList texts;
    for (const VersionedText &item : items)
        texts.append(item.text);
    return texts;
}

// "248072" is cited as Q248072 by the old support articles and as 248072 by the new ones.
bool citesKb(const Entry &entry, const QString &number)
{
    return std::any_of(entry.references.cbegin(), entry.references.cend(),
                       [&](const Reference &reference) {
                           return reference.type == Reference::Type::Kb
                                  && (reference.id == number || reference.id == u'Q' + number);
                       });
}

} // namespace

SearchEngine::SearchEngine(const Catalog &catalog) : m_catalog(catalog) {}

const QList<QList<SearchEngine::IndexedText>> &SearchEngine::index() const
{
    // Built on the first word search, not at construction: codes and KB numbers never need
    // it, and the window should not pay for it before it is first painted.
    if (m_index.isEmpty() && !m_catalog.isEmpty())
        m_index = buildIndex(m_catalog);
    return m_index;
}

QList<QList<SearchEngine::IndexedText>> SearchEngine::buildIndex(const Catalog &catalog)
{
    QList<QList<IndexedText>> index;
    index.reserve(catalog.entries().size());
    for (const Entry &entry : catalog.entries()) {
        QList<IndexedText> perLanguage;
        for (const auto &text : entry.texts) {
            if (!text) {
                perLanguage.append(IndexedText{});
                continue;
            }
            QStringList body = {text->meaning};
            body += textsOf(text->causes);
            body += textsOf(text->fixSteps);
            body += text->notes;
            body += text->referenceTitles;
            for (const Reference &reference : entry.references)
                body += {reference.id, reference.label()};
            if (!entry.symbol.isEmpty())
                body += entry.symbol;
            perLanguage.append(IndexedText{text->title.toCaseFolded(),
                                           fold(text->keywords + entry.aliases), fold(body)});
        }
        index.append(perLanguage);
    }
    return index;
}

QList<SearchResult> SearchEngine::search(const QString &query, int limit) const
{
    return search(QueryParser::parse(query), limit);
}

QList<SearchResult> SearchEngine::search(const ParsedQuery &query, int limit) const
{
    QHash<int, SearchResult> found;
    addCodeMatches(query, found);
    addKbMatches(query, found);
    addPrefixMatches(query, found);
    // Words next to a code ("HTTP Error 403.14 - Forbidden") only describe it; they search
    // on their own when the code found nothing.
    if (found.isEmpty())
        addWordMatches(query, found);

    QList<SearchResult> results = found.values();
    std::sort(results.begin(), results.end());
    if (limit >= 0 && results.size() > limit)
        results.resize(limit);
    return results;
}

bool SearchEngine::kindAllowed(const ParsedQuery &query, const Entry &entry) const
{
    return !query.kind || *query.kind == entry.id.kind();
}

QList<const Entry *> SearchEngine::exactMatches(const ParsedQuery &query) const
{
    QList<const Entry *> matches;
    if (!query.hasCode())
        return matches;
    for (CodeKind kind : {CodeKind::Http, CodeKind::Ftp}) {
        if (query.kind && *query.kind != kind)
            continue;
        const Entry *entry = m_catalog.find(CodeId(kind, query.status, query.substatus));
        if (!entry) {
            const Entry *aliased = m_catalog.findAlias(query.codeSpelling);
            if (aliased && aliased->id.kind() == kind)
                entry = aliased;
        }
        if (entry)
            matches.append(entry);
    }
    return matches;
}

void SearchEngine::offer(QHash<int, SearchResult> &results, int entryIndex, MatchKind kind,
                         int score) const
{
    auto existing = results.find(entryIndex);
    if (existing != results.end() && existing->score >= score)
        return;
    results.insert(entryIndex, {&m_catalog.entries()[entryIndex], kind, score});
}

void SearchEngine::addCodeMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const
{
    if (!query.hasCode())
        return;
    QList<CodeKind> familyKinds;
    for (const Entry *entry : exactMatches(query)) {
        offer(results, m_catalog.indexOf(entry->id), MatchKind::ExactCode, exactScore);
        familyKinds.append(entry->id.kind());
    }
    const auto &entries = m_catalog.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const CodeId &id = entries[i].id;
        if (id.status() != query.status || !kindAllowed(query, entries[i]))
            continue;
        // An HTTP substatus says nothing about the FTP reply with the same number.
        if (!familyKinds.isEmpty() && !familyKinds.contains(id.kind()))
            continue;
        offer(results, i, MatchKind::SubstatusFamily, familyScore);
    }
}

void SearchEngine::addKbMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const
{
    if (query.kbNumber.isEmpty())
        return;
    const auto &entries = m_catalog.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (citesKb(entries[i], query.kbNumber) && kindAllowed(query, entries[i]))
            offer(results, i, MatchKind::KbArticle, kbScore);
    }
}

void SearchEngine::addPrefixMatches(const ParsedQuery &query,
                                    QHash<int, SearchResult> &results) const
{
    if (query.codePrefix.isEmpty())
        return;
    const auto &entries = m_catalog.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (kindAllowed(query, entries[i]) && entries[i].id.code().startsWith(query.codePrefix))
            offer(results, i, MatchKind::CodePrefix, prefixScore);
    }
}

int SearchEngine::wordTier(int entryIndex, const QString &word) const
{
    int best = 0;
    for (const IndexedText &text : index()[entryIndex]) {
        if (text.title.contains(word))
            return titleTier;
        if (text.keywords.contains(word))
            best = keywordTier;
        else if (best < textTier && text.body.contains(word))
            best = textTier;
    }
    return best;
}

void SearchEngine::addWordMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const
{
    if (query.words.isEmpty())
        return;
    const QString phrase = query.words.join(u' ');
    const auto &entries = m_catalog.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (!kindAllowed(query, entries[i]))
            continue;
        int weakest = titleTier;
        int sum = 0;
        for (const QString &word : query.words) {
            const int tier = wordTier(i, word);
            weakest = std::min(weakest, tier);
            sum += tier;
        }
        if (weakest == 0)
            continue;
        const bool phraseInTitle =
            std::any_of(index()[i].cbegin(), index()[i].cend(),
                        [&](const IndexedText &text) { return text.title.contains(phrase); });
        const bool phraseIsKeyword =
            std::any_of(index()[i].cbegin(), index()[i].cend(), [&](const IndexedText &text) {
                return isWholeLine(text.keywords, phrase);
            });
        const int score = 100 * sum / int(query.words.size()) +
                          (phraseInTitle ? phraseInTitleBonus : 0) +
                          (phraseIsKeyword ? phraseIsKeywordBonus : 0);
        const MatchKind kind = weakest == titleTier     ? MatchKind::Title
                               : weakest == keywordTier ? MatchKind::Keyword
                                                        : MatchKind::Text;
        offer(results, i, kind, score);
    }
}

QList<const Entry *> SearchEngine::suggestions(const ParsedQuery &query, int limit) const
{
    QList<std::pair<long, const Entry *>> ranked;
    const long target = long(query.status) * 1000 + std::max(query.substatus, 0);
    for (int i = 0; i < m_catalog.entries().size(); ++i) {
        const Entry &entry = m_catalog.entries()[i];
        if (!kindAllowed(query, entry))
            continue;
        if (query.hasCode()) {
            const long code = long(entry.id.status()) * 1000 + std::max(entry.id.substatus(), 0);
            ranked.append({std::labs(code - target), &entry});
            continue;
        }
        long matchedWords = 0;
        for (const QString &word : query.words)
            matchedWords += wordTier(i, word) > 0 ? 1 : 0;
        if (matchedWords > 0)
            ranked.append({-matchedWords, &entry});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const Entry *> entries;
    for (int i = 0; i < ranked.size() && i < limit; ++i)
        entries.append(ranked[i].second);
    return entries;
}

} // namespace iisref
