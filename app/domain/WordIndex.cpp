// SPDX-License-Identifier: MIT
#include "WordIndex.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

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

// Case folding maps A-Z to a-z and leaves the rest of ASCII alone, so an all-ASCII text (most
// of the English) is folded here: QString::toCaseFolded looks every unit up in Unicode's tables,
// which was a third of the time to build the index.
QString fold(QString text)
{
    const auto isAscii = [](QChar unit) { return unit.unicode() < 0x80; };
    if (!std::all_of(text.cbegin(), text.cend(), isAscii))
        return std::move(text).toCaseFolded();
    const auto isUpper = [](QChar unit) { return unit >= u'A' && unit <= u'Z'; };
    if (std::none_of(text.cbegin(), text.cend(), isUpper))
        return text;
    for (QChar &unit : text) {
        if (isUpper(unit))
            unit = QChar(unit.unicode() + (u'a' - u'A'));
    }
    return text;
}

using KeyAndId = std::pair<quint64, quint32>;

// By key, least significant 16 bits first: four counting passes over distinct 50-bit keys are
// several times faster than std::sort's comparisons, and the sort was a sixth of the build.
void sortByKey(std::vector<KeyAndId> &items)
{
    std::vector<KeyAndId> sorted(items.size());
    std::vector<quint32> starts(0x10000 + 1);
    for (int shift = 0; shift < 64 && !items.empty(); shift += 16) {
        const auto digit = [shift](const KeyAndId &item) { return (item.first >> shift) & 0xFFFF; };
        std::fill(starts.begin(), starts.end(), 0);
        for (const KeyAndId &item : items)
            ++starts[digit(item) + 1];
        if (starts[digit(items.front()) + 1] == items.size())
            continue; // every key has this digit
        std::partial_sum(starts.begin(), starts.end(), starts.begin());
        for (const KeyAndId &item : items)
            sorted[starts[digit(item)]++] = item;
        items.swap(sorted);
    }
}

QString fold(const QStringList &parts)
{
    return fold(parts.join(u'\n'));
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
        perLanguage.append(
            WordIndex::Texts{fold(text->title), fold(text->keywords + entry.aliases), fold(body)});
    }
    return perLanguage;
}

} // namespace

// Collects one field's postings entry by entry, then lays them out sorted by key. Each n-gram
// gets a dense id on first sight, so an entry is posted once per id by remembering the last
// entry posted, and the final layout is a counting sort rather than a sort of every posting.
// Building runs on the first keystroke of a word search, so it avoids QHash and QList here:
// with an open-addressing table of 64-bit keys and plain vectors, posting takes a third less.
class WordIndex::PostingsBuilder final
{
public:
    // The table starts small and doubles: distinct trigrams grow far slower than the text,
    // and a table that fits the cache is what makes a probe cheap.
    explicit PostingsBuilder(qsizetype units)
        : m_unitLastEntry(0x10000, noEntry), m_unitIds(0x10000), m_slots(4096)
    {
        // A unit posts at most a unigram and a trigram, but most repeat earlier ones of their
        // entry: the shipped texts need a little more than half as many postings as units.
        m_hitIds.reserve(size_t(units) / 2);
        m_hitEntries.reserve(size_t(units) / 2);
    }

    // Entries must come in ascending order, each with all its languages at once.
    void add(quint32 entry, QStringView text)
    {
        const QChar *units = text.data();
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            // Single units are the most frequent n-grams and repeat the most within a text:
            // a table, not a hash, and one small array read for the repeats.
            const char16_t unit = units[i].unicode();
            if (m_unitLastEntry[unit] == entry)
                continue;
            m_unitLastEntry[unit] = entry;
            if (m_unitIds[unit] == 0)
                m_unitIds[unit] = newId(unigramKey(units[i]));
            hit(m_unitIds[unit], entry);
        }
        for (qsizetype i = 0; i + 2 < size; ++i)
            post(gramOf(trigramKey(units + i)), entry);
        if (size >= 2)
            post(gramOf(tailKey(units[size - 2], units[size - 1])), entry);
    }

    Postings finish()
    {
        const qsizetype count = qsizetype(m_keys.size());
        std::vector<KeyAndId> byKey(m_keys.size());
        for (size_t i = 0; i < m_keys.size(); ++i)
            byKey[i] = {m_keys[i], quint32(i + 1)};
        sortByKey(byKey);
        std::vector<quint32> rank(m_keys.size() + 1);
        Postings postings;
        postings.keys.resize(count);
        postings.offsets.resize(count + 1);
        postings.offsets[0] = 0;
        for (qsizetype r = 0; r < count; ++r) {
            const auto [key, id] = byKey[r];
            rank[id] = quint32(r);
            postings.keys[r] = key;
            postings.offsets[r + 1] = postings.offsets[r] + m_counts[id - 1];
        }
        // Hits arrive in entry order, so filling each key's slots in arrival order keeps its
        // entries ascending.
        std::vector<quint32> next(postings.offsets.cbegin(), postings.offsets.cend() - 1);
        postings.entries.resize(qsizetype(m_hitIds.size()));
        quint32 *entries = postings.entries.data();
        for (size_t i = 0; i < m_hitIds.size(); ++i)
            entries[next[rank[m_hitIds[i]]]++] = m_hitEntries[i];
        return postings;
    }

private:
    static constexpr quint32 noEntry = std::numeric_limits<quint32>::max();

    // An n-gram seen so far, with the last entry posted for it; 16 bytes, so that finding a
    // trigram and deciding whether to post it read one cache line.
    struct Gram {
        quint64 key = 0;
        quint32 id = 0; // from 1; 0 marks an empty slot
        quint32 lastEntry = noEntry;
    };

    quint32 newId(quint64 key)
    {
        m_keys.push_back(key);
        m_counts.push_back(0);
        return quint32(m_keys.size());
    }

    static size_t slotOf(quint64 key, size_t mask)
    {
        // Fibonacci hashing: the multiply spreads the low bits a trigram varies most in.
        return size_t((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    }

    Gram &gramOf(quint64 key)
    {
        // At most half full, so linear probing stays short.
        if (m_keys.size() * 2 >= m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        size_t slot = slotOf(key, mask);
        for (; m_slots[slot].id != 0; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key)
                return m_slots[slot];
        }
        m_slots[slot].key = key;
        m_slots[slot].id = newId(key);
        return m_slots[slot];
    }

    void grow()
    {
        std::vector<Gram> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Gram &gram : old) {
            if (gram.id == 0)
                continue;
            size_t slot = slotOf(gram.key, mask);
            while (m_slots[slot].id != 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = gram;
        }
    }

    void post(Gram &gram, quint32 entry)
    {
        if (gram.lastEntry == entry)
            return;
        gram.lastEntry = entry;
        hit(gram.id, entry);
    }

    void hit(quint32 id, quint32 entry)
    {
        ++m_counts[id - 1];
        m_hitIds.push_back(id);
        m_hitEntries.push_back(entry);
    }

    std::vector<quint32> m_unitLastEntry; // by UTF-16 unit
    std::vector<quint32> m_unitIds;
    std::vector<Gram> m_slots;   // trigrams and tails: open addressing, linear probing
    std::vector<quint64> m_keys; // by id - 1, likewise m_counts
    std::vector<quint32> m_counts;
    std::vector<quint32> m_hitIds; // each (id, entry) once, in entry order
    std::vector<quint32> m_hitEntries;
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
    for (qsizetype entry = 0; entry < m_texts.size(); ++entry) {
        for (const Texts &texts : std::as_const(m_texts[entry])) {
            for (QStringView keyword :
                 QStringView(texts.keywords).tokenize(u'\n', Qt::SkipEmptyParts)) {
                QList<int> &entries = m_keywords[keyword.toString()];
                if (entries.isEmpty() || entries.last() != entry)
                    entries.append(int(entry));
            }
        }
    }
    for (Field field : {Field::Body, Field::Keywords, Field::Title}) {
        qsizetype units = 0;
        for (const QList<Texts> &perLanguage : std::as_const(m_texts)) {
            for (const Texts &texts : perLanguage)
                units += texts.of(field).size();
        }
        PostingsBuilder builder(units);
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
    // not sufficient ("stop, tops" has every trigram of "stops"), so the caller checks the text.
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
    return bestFieldsAmong(word, nullptr);
}

QList<WordIndex::Field> WordIndex::bestFields(QStringView word, const QList<Field> &among) const
{
    Q_ASSERT(among.size() == entryCount());
    return bestFieldsAmong(word, among.constData());
}

QList<WordIndex::Field> WordIndex::bestFieldsAmong(QStringView word, const Field *among) const
{
    const auto wanted = [among](qsizetype entry) { return !among || among[entry] != Field::None; };
    QList<Field> best(entryCount(), Field::None);
    if (word.isEmpty()) {
        for (qsizetype entry = 0; entry < best.size(); ++entry)
            best[entry] = wanted(entry) ? Field::Title : Field::None;
        return best;
    }
    // Best field first, so an entry found there is never checked again in a weaker one.
    for (Field field : {Field::Title, Field::Keywords, Field::Body}) {
        bool exact = true;
        const QList<quint32> found = candidates(postingsOf(field), word, exact);
        for (quint32 entry : found) {
            if (best[entry] == Field::None && wanted(entry) &&
                (exact || contains(int(entry), field, word)))
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

QList<int> WordIndex::entriesWithKeyword(const QString &keyword) const
{
    return m_keywords.value(keyword);
}

qsizetype WordIndex::postingBytes() const
{
    // The keywords' own text counts too: the table holds a copy of each distinct line.
    qsizetype bytes = 0;
    for (auto at = m_keywords.cbegin(); at != m_keywords.cend(); ++at)
        bytes += at.key().size() * qsizetype(sizeof(QChar)) + at->size() * qsizetype(sizeof(int));
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
