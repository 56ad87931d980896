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
// A word's tier in an entry is the best field holding it: title, then keywords, then the rest.
constexpr int titleTier = int(WordIndex::Field::Title);
constexpr int keywordTier = int(WordIndex::Field::Keywords);
constexpr int phraseInTitleBonus = 50;
// A keyword that is the whole query is usually the name a document gave the code ("禁止訪問" is
// the source's title for 403), which beats a longer keyword that merely contains it.
constexpr int phraseIsKeywordBonus = 30;

// "248072" is cited as Q248072 by the old support articles and as 248072 by the new ones.
bool citesKb(const Entry &entry, const QString &number)
{
    return std::any_of(entry.references.cbegin(), entry.references.cend(),
                       [&](const Reference &reference) {
                           return reference.type == Reference::Type::Kb &&
                                  (reference.id == number || reference.id == u'Q' + number);
                       });
}

} // namespace

SearchEngine::SearchEngine(const Catalog &catalog) : m_catalog(catalog) {}

const WordIndex &SearchEngine::wordIndex() const
{
    // Built on the first word search, not at construction: codes and KB numbers never need
    // it, and the window should not pay for it before it is first painted.
    // Rebuilt when a language arrives after the first frame.
    if (!m_wordIndex || m_indexRevision != m_catalog.revision()) {
        m_wordIndex.emplace(m_catalog);
        m_indexRevision = m_catalog.revision();
    }
    return *m_wordIndex;
}

QList<QList<WordIndex::Field>> SearchEngine::wordFields(const ParsedQuery &query,
                                                        Words needed) const
{
    QList<QList<WordIndex::Field>> fields;
    for (const QString &word : query.words) {
        fields.append(needed == Words::All && !fields.isEmpty()
                          ? wordIndex().bestFields(word, fields.last())
                          : wordIndex().bestFields(word));
    }
    return fields;
}

QList<SearchResult> SearchEngine::search(const QString &query, int limit) const
{
    return search(QueryParser::parse(query), limit);
}

QList<SearchResult> SearchEngine::search(const ParsedQuery &query, int limit) const
{
    if (readsAsFtpLogColumns(query))
        return search(QueryParser::parse(query.text, CodeKind::Ftp), limit);
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

SearchAnswer SearchEngine::answer(const ParsedQuery &query, int limit) const
{
    SearchAnswer answer;
    answer.results = search(query);
    answer.totalResults = answer.results.size();
    if (limit >= 0 && answer.results.size() > limit)
        answer.results.resize(limit);
    if (answer.results.isEmpty()) {
        answer.suggestions = suggestions(query);
        return answer;
    }
    if (query.hasCode() && !m_catalog.find(query.codes.first()) &&
        answer.results.first().entry->id != query.codes.first())
        answer.unknownCode = query.codes.first();
    return answer;
}

bool SearchEngine::readsAsFtpLogColumns(const ParsedQuery &query) const
{
    // "530 1326 41" is an FTP log's status, win32 and substatus: no HTTP status 530 exists,
    // FTP reply 530 does. "500 0 64" stays a web log line, since HTTP 500 exists.
    if (query.logColumnsStatus.isEmpty())
        return false;
    const qint64 status = query.logColumnsStatus.toLongLong();
    return !m_catalog.find(CodeId(CodeKind::Http, status)) &&
           m_catalog.find(CodeId(CodeKind::Ftp, status));
}

bool SearchEngine::kindAllowed(const ParsedQuery &query, const Entry &entry) const
{
    return !query.kind || *query.kind == entry.id.kind();
}

QList<const Entry *> SearchEngine::exactMatches(const ParsedQuery &query) const
{
    QList<const Entry *> matches;
    // The parser already read each code in the kind the query names.
    auto add = [&](const Entry *entry) {
        if (entry && !matches.contains(entry))
            matches.append(entry);
    };
    if (!query.rejectedCode.isEmpty())
        return matches;
    for (const CodeId &id : query.codes) {
        const Entry *entry = m_catalog.find(id);
        // "404.0" and "500-100.ASP" are spellings of an entry, not codes of their own.
        if (!entry && matches.isEmpty() && id.kind() == CodeKind::Http)
            entry = m_catalog.findAlias(query.codeSpelling);
        add(entry);
    }
    // A symbol ("ERROR_ACCESS_DENIED") or an HTTP.sys reason ("Timer_ConnectionIdle") is a
    // whole token; anything else in the query only describes it.
    const bool namesHttpErr = query.kind == CodeKind::HttpErr;
    for (const QString &token : query.tokens) {
        const Entry *aliased = m_catalog.findAlias(token);
        if (aliased && kindAllowed(query, *aliased))
            add(aliased);
        const Entry *entry = m_catalog.find(CodeId::reason(token));
        if (entry && kindAllowed(query, *entry) &&
            (namesHttpErr || isDistinctiveReason(entry->id.reasonName())))
            add(entry);
    }
    return matches;
}

bool SearchEngine::isDistinctiveReason(QStringView name)
{
    // Some reasons are plain words ("Internal", "URL", "Forbidden", "Verb"): in "internal server
    // error" they are words, not codes, unless the query says httperr. A reason no sentence
    // holds is a code in any case: "Timer_ConnectionIdle", "N/A", "QueueFull", "queuefull".
    if (name.contains(u'_') || name.contains(u'/'))
        return true;
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (name[i].isUpper() && name[i - 1].isLower())
            return true;
    }
    return false;
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
    const QList<const Entry *> exact = exactMatches(query);
    // Later codes of a log line rank after earlier ones: status first, then its win32 value.
    for (int rank = 0; rank < exact.size(); ++rank)
        offer(results, m_catalog.indexOf(exact[rank]->id), MatchKind::ExactCode, exactScore - rank);
    const std::optional<CodeId> family = familyOf(query, exact);
    if (!family)
        return;
    const auto &entries = m_catalog.entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].id.withoutSubstatus() == *family && kindAllowed(query, entries[i]))
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

void SearchEngine::addWordMatches(const ParsedQuery &query, QHash<int, SearchResult> &results) const
{
    if (query.words.isEmpty())
        return;
    const QString phrase = query.words.join(u' ');
    const QList<QList<WordIndex::Field>> fields = wordFields(query, Words::All);
    const auto &entries = m_catalog.entries();
    // Few entries hold the whole phrase, so the index names them rather than each matching
    // entry searching its texts: a one-letter word matches nearly every entry.
    QList<bool> phraseInTitle(entries.size(), false);
    for (int i : wordIndex().entriesContaining(WordIndex::Field::Title, phrase))
        phraseInTitle[i] = true;
    QList<bool> phraseIsKeyword(entries.size(), false);
    for (int i : wordIndex().entriesWithKeyword(phrase))
        phraseIsKeyword[i] = true;
    for (int i = 0; i < entries.size(); ++i) {
        if (!kindAllowed(query, entries[i]))
            continue;
        int weakest = titleTier;
        int sum = 0;
        for (const QList<WordIndex::Field> &wordField : fields) {
            const int tier = int(wordField[i]);
            weakest = std::min(weakest, tier);
            sum += tier;
        }
        if (weakest == 0)
            continue;
        const int score = 100 * sum / int(query.words.size()) +
                          (phraseInTitle[i] ? phraseInTitleBonus : 0) +
                          (phraseIsKeyword[i] ? phraseIsKeywordBonus : 0);
        const MatchKind kind = weakest == titleTier     ? MatchKind::Title
                               : weakest == keywordTier ? MatchKind::Keyword
                                                        : MatchKind::Text;
        offer(results, i, kind, score);
    }
}

std::optional<CodeId> SearchEngine::familyOf(const ParsedQuery &query,
                                             const QList<const Entry *> &exact)
{
    // The substatus codes of the status the query names first, in the kind it matched: an HTTP
    // substatus says nothing about the FTP reply with the same number.
    if (query.codes.isEmpty() || !query.codes.first().traits().hasSubstatus)
        return std::nullopt;
    const CodeId status = query.codes.first().withoutSubstatus();
    if (!exact.isEmpty() && exact.first()->id.kind() != status.kind())
        return std::nullopt;
    return status;
}

QList<const Entry *> SearchEngine::suggestions(const ParsedQuery &query, int limit) const
{
    QList<std::pair<qint64, const Entry *>> ranked;
    const bool byCode = query.hasCode() || !query.rejectedCode.isEmpty();
    // Near the codes the query names, in their kinds; a rejected code is near the statuses of
    // its number in whichever kind has them.
    QList<CodeKind> nearKinds;
    for (const CodeId &id : query.codes) {
        if (!nearKinds.contains(id.kind()))
            nearKinds.append(id.kind());
    }
    if (nearKinds.isEmpty())
        nearKinds = query.kind ? QList{*query.kind} : QList{CodeKind::Http, CodeKind::Ftp};
    const int nearSubstatus = query.hasCode() ? std::max(query.codes.first().substatus(), 0) : 0;
    const qint64 target = query.nearValue() * 1000 + nearSubstatus;
    QList<QList<WordIndex::Field>> fields;
    if (!byCode)
        fields = wordFields(query, Words::Any);
    for (int i = 0; i < m_catalog.entries().size(); ++i) {
        const Entry &entry = m_catalog.entries()[i];
        if (!kindAllowed(query, entry))
            continue;
        if (byCode) {
            if (!nearKinds.contains(entry.id.kind()))
                continue;
            const qint64 code = entry.id.value() * 1000 + std::max(entry.id.substatus(), 0);
            ranked.append({std::llabs(code - target), &entry});
            continue;
        }
        qint64 matchedWords = 0;
        for (const QList<WordIndex::Field> &wordField : fields)
            matchedWords += wordField[i] != WordIndex::Field::None ? 1 : 0;
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
