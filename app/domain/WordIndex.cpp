// SPDX-License-Identifier: MIT
#include "WordIndex.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// Three UTF-16 units fill 48 bits; a tag above them keeps single units and text endings apart
// from trigrams in one sorted key space, where the trigrams starting with two given units are
// one contiguous range.
constexpr quint64 unigramTag = quint64(1) << 48;
constexpr quint64 tailTag = quint64(2) << 48;
constexpr quint64 lastThirdUnit = 0xFFFF;

quint64 trigramKey(const QChar *at)
{
    return quint64(at[0].unicode()) << 32 | quint64(at[1].unicode()) << 16 | at[2].unicode();
}

quint64 unigramKey(QChar unit)
{
    return unigramTag | unit.unicode();
}

// The last two units of a text, which start no trigram.
quint64 tailKey(QChar first, QChar second)
{
    return tailTag | quint64(first.unicode()) << 16 | second.unicode();
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

QList<WordIndex::Texts> textsOf(const Entry &entry)
{
    QList<WordIndex::Texts> perLanguage;
    for (const auto &text : entry.texts) {
        if (!text) {
            perLanguage.append(WordIndex::Texts{});
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
        perLanguage.append(WordIndex::Texts{text->title.toCaseFolded(),
                                            fold(text->keywords + entry.aliases), fold(body)});
    }
    return perLanguage;
}

} // namespace

// Collects one field's postings entry by entry, then lays them out sorted by key. Each n-gram
// gets a dense id on first sight, so an entry is posted once per id by remembering the last
// entry posted, and the final layout is a counting sort rather than a sort of every posting.
class WordIndex::PostingsBuilder final
{
public:
    PostingsBuilder() : m_unitIds(0x10000, 0) {}

    // Entries must come in ascending order, each with all its languages at once.
    void add(quint32 entry, QStringView text)
    {
        const QChar *units = text.data();
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            // Single units are the most frequent n-grams: a table, not a hash.
            quint32 &id = m_unitIds[units[i].unicode()];
            if (id == 0)
                id = newId(unigramKey(units[i]));
            post(id, entry);
        }
        for (qsizetype i = 0; i + 2 < size; ++i)
            post(idOf(trigramKey(units + i)), entry);
        if (size >= 2)
            post(idOf(tailKey(units[size - 2], units[size - 1])), entry);
    }

    Postings finish()
    {
        const qsizetype count = m_keys.size();
        QList<quint32> byKey(count);
        std::iota(byKey.begin(), byKey.end(), quint32(0));
        std::sort(byKey.begin(), byKey.end(),
                  [&](quint32 a, quint32 b) { return m_keys[a] < m_keys[b]; });
        QList<quint32> rank(count);
        Postings postings;
        postings.keys.resize(count);
        for (qsizetype r = 0; r < count; ++r) {
            rank[byKey[r]] = quint32(r);
            postings.keys[r] = m_keys[byKey[r]];
        }
        postings.offsets.fill(0, count + 1);
        for (quint32 id : std::as_const(m_hitIds))
            ++postings.offsets[rank[id] + 1];
        std::partial_sum(postings.offsets.begin(), postings.offsets.end(),
                         postings.offsets.begin());
        // Hits arrive in entry order, so filling each key's slots in arrival order keeps its
        // entries ascending.
        QList<quint32> next = postings.offsets.first(count);
        postings.entries.resize(m_hitIds.size());
        for (qsizetype i = 0; i < m_hitIds.size(); ++i)
            postings.entries[next[rank[m_hitIds[i]]]++] = m_hitEntries[i];
        return postings;
    }

private:
    static constexpr quint32 noEntry = std::numeric_limits<quint32>::max();

    // Ids start at 1 so that 0 in the table and the hash means "not seen yet".
    quint32 newId(quint64 key)
    {
        m_keys.append(key);
        m_lastEntry.append(noEntry);
        return quint32(m_keys.size());
    }

    quint32 idOf(quint64 key)
    {
        quint32 &id = m_ids[key];
        if (id == 0)
            id = newId(key);
        return id;
    }

    void post(quint32 id, quint32 entry)
    {
        quint32 &last = m_lastEntry[id - 1];
        if (last == entry)
            return;
        last = entry;
        m_hitIds.append(id - 1);
        m_hitEntries.append(entry);
    }

    QList<quint32> m_unitIds; // by UTF-16 unit
    QHash<quint64, quint32> m_ids;
    QList<quint64> m_keys;      // by id - 1
    QList<quint32> m_lastEntry; // by id - 1
    QList<quint32> m_hitIds;    // each (id, entry) once, in entry order
    QList<quint32> m_hitEntries;
};

const QString &WordIndex::Texts::of(Field field) const
{
    switch (field) {
    case Field::Title:
        return title;
    case Field::Keywords:
        return keywords;
    case Field::Body:
        return body;
    case Field::None:
        break;
    }
    static const QString nowhere;
    return nowhere;
}

WordIndex::WordIndex(const Catalog &catalog)
{
    m_texts.reserve(catalog.entries().size());
    for (const Entry &entry : catalog.entries())
        m_texts.append(textsOf(entry));
    for (Field field : {Field::Body, Field::Keywords, Field::Title}) {
        PostingsBuilder builder;
        for (qsizetype entry = 0; entry < m_texts.size(); ++entry) {
            for (const Texts &texts : std::as_const(m_texts[entry]))
                builder.add(quint32(entry), texts.of(field));
        }
        m_postings[int(field) - 1] = builder.finish();
    }
}

QList<quint32> WordIndex::candidates(const Postings &postings, QStringView word, bool &exact) const
{
    using Span = std::pair<const quint32 *, const quint32 *>;
    const quint32 *entries = postings.entries.constData();
    auto spanAt = [&](qsizetype i) {
        return Span{entries + postings.offsets[i], entries + postings.offsets[i + 1]};
    };
    auto spanOf = [&](quint64 key) {
        const auto at = std::lower_bound(postings.keys.cbegin(), postings.keys.cend(), key);
        if (at == postings.keys.cend() || *at != key)
            return Span{};
        return spanAt(at - postings.keys.cbegin());
    };

    exact = true;
    const QChar *units = word.data();
    if (word.size() == 1 || word.size() == 3) {
        const Span span = spanOf(word.size() == 1 ? unigramKey(units[0]) : trigramKey(units));
        return QList<quint32>(span.first, span.second);
    }
    if (word.size() == 2) {
        // In a trigram that starts with the two units, or at the end of a text.
        const quint64 first = quint64(units[0].unicode()) << 32 | quint64(units[1].unicode()) << 16;
        const auto from = std::lower_bound(postings.keys.cbegin(), postings.keys.cend(), first);
        const auto to = std::upper_bound(from, postings.keys.cend(), first | lastThirdUnit);
        QList<Span> spans;
        for (auto at = from; at != to; ++at)
            spans.append(spanAt(at - postings.keys.cbegin()));
        spans.append(spanOf(tailKey(units[0], units[1])));
        QList<bool> seen(entryCount(), false);
        for (const Span &span : std::as_const(spans))
            std::for_each(span.first, span.second, [&](quint32 entry) { seen[entry] = true; });
        QList<quint32> found;
        for (qsizetype entry = 0; entry < seen.size(); ++entry) {
            if (seen[entry])
                found.append(quint32(entry));
        }
        return found;
    }

    // Four units and more: every trigram of the word must be there, which is necessary but
    // not sufficient ("abcab" has the trigrams of "abcabc"), so the caller checks the text.
    exact = false;
    QList<Span> spans;
    for (qsizetype i = 0; i + 2 < word.size(); ++i) {
        const Span span = spanOf(trigramKey(units + i));
        if (span.first == span.second)
            return {};
        spans.append(span);
    }
    // Rarest first, so the candidates shrink early and each later list is only searched.
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.second - a.first < b.second - b.first; });
    QList<quint32> found(spans.first().first, spans.first().second);
    for (qsizetype s = 1; s < spans.size() && !found.isEmpty(); ++s) {
        const quint32 *at = spans[s].first;
        const quint32 *end = spans[s].second;
        auto kept = std::remove_if(found.begin(), found.end(), [&](quint32 entry) {
            at = std::lower_bound(at, end, entry);
            return at == end || *at != entry;
        });
        found.erase(kept, found.end());
    }
    return found;
}

bool WordIndex::contains(int entry, Field field, QStringView word) const
{
    return std::any_of(m_texts[entry].cbegin(), m_texts[entry].cend(),
                       [&](const Texts &texts) { return texts.of(field).contains(word); });
}

QList<WordIndex::Field> WordIndex::bestFields(QStringView word) const
{
    QList<Field> best(entryCount(), word.isEmpty() ? Field::Title : Field::None);
    if (word.isEmpty())
        return best;
    // Best field first, so an entry found there is never checked again in a weaker one.
    for (Field field : {Field::Title, Field::Keywords, Field::Body}) {
        bool exact = true;
        const QList<quint32> found = candidates(postingsOf(field), word, exact);
        for (quint32 entry : found) {
            if (best[entry] == Field::None && (exact || contains(int(entry), field, word)))
                best[entry] = field;
        }
    }
    return best;
}

QList<int> WordIndex::entriesContaining(Field field, QStringView word) const
{
    QList<int> entries;
    if (field == Field::None)
        return entries;
    if (word.isEmpty()) {
        entries.resize(entryCount());
        std::iota(entries.begin(), entries.end(), 0);
        return entries;
    }
    bool exact = true;
    for (quint32 entry : candidates(postingsOf(field), word, exact)) {
        if (exact || contains(int(entry), field, word))
            entries.append(int(entry));
    }
    return entries;
}

qsizetype WordIndex::postingBytes() const
{
    qsizetype bytes = 0;
    for (const Postings &postings : m_postings) {
        bytes += postings.keys.size() * qsizetype(sizeof(quint64));
        bytes += (postings.offsets.size() + postings.entries.size()) * qsizetype(sizeof(quint32));
    }
    return bytes;
}

qsizetype WordIndex::textBytes() const
{
    qsizetype bytes = 0;
    for (const QList<Texts> &perLanguage : m_texts) {
        for (const Texts &texts : perLanguage)
            bytes += (texts.title.size() + texts.keywords.size() + texts.body.size()) *
                     qsizetype(sizeof(QChar));
    }
    return bytes;
}

} // namespace iisref
