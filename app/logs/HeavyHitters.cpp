// SPDX-License-Identifier: MIT
#include "HeavyHitters.h"

#include <algorithm>

namespace iisref {

namespace {

// Four row indexes from one hash (Kirsch and Mitzenmacher): one pass over the value a line.
size_t rowIndex(size_t hash, int row, int width)
{
    // width is a power of two: a mask, not a division, on every line.
    const size_t low = hash & 0xffffffffU, high = (hash >> 32) | 1U;
    return size_t(low + size_t(row) * high) & size_t(width - 1);
}

size_t hashOf(QByteArrayView value)
{
    return qHash(value, size_t(0x9e3779b97f4a7c15ULL));
}

} // namespace

HeavyHitters::HeavyHitters(const HeavyHitters &other)
    : m_counts(other.m_counts),
      m_sketch(other.m_sketch ? std::make_unique<Sketch>(*other.m_sketch) : nullptr),
      m_rarestCount(other.m_rarestCount)
{
}

HeavyHitters &HeavyHitters::operator=(const HeavyHitters &other)
{
    if (this != &other) {
        m_counts = other.m_counts;
        m_sketch = other.m_sketch ? std::make_unique<Sketch>(*other.m_sketch) : nullptr;
        m_rarestCount = other.m_rarestCount;
    }
    return *this;
}

HeavyHitters::~HeavyHitters() = default;

void HeavyHitters::add(QByteArrayView value, qint64 count)
{
    const size_t hash = hashOf(value);
    if (!m_sketch) {
        if (auto it = m_counts.find(hash); it != m_counts.end()) {
            it->count += count;
            return;
        }
        if (m_counts.size() < exactLimit) {
            m_counts.insert(hash, {QByteArray(value.data(), value.size()), count});
            return;
        }
        startSketch();
    }
    const qint64 estimated = addToSketch(hash, count);
    if (auto it = m_counts.find(hash); it != m_counts.end()) {
        it->count = estimated;
        return;
    }
    offerCandidate(hash, value, estimated);
}

void HeavyHitters::startSketch()
{
    m_sketch = std::make_unique<Sketch>();
    for (auto &row : *m_sketch)
        row.fill(0);
    QList<Item> items;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        addToSketch(it.key(), it->count);
        items.append(it.value());
    }
    // The most frequent of the exact values stay candidates.
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.count > b.count; });
    m_counts.clear();
    m_rarestCount = -1;
    for (qsizetype i = 0; i < std::min<qsizetype>(capacity, items.size()); ++i) {
        const size_t hash = hashOf(items[i].value);
        m_counts.insert(hash, {items[i].value, estimate(hash)});
    }
}

qint64 HeavyHitters::addToSketch(size_t hash, qint64 count)
{
    quint32 least = std::numeric_limits<quint32>::max();
    for (int row = 0; row < sketchDepth; ++row) {
        quint32 &cell = (*m_sketch)[size_t(row)][rowIndex(hash, row, sketchWidth)];
        cell = quint32(std::min<qint64>(qint64(cell) + count, std::numeric_limits<quint32>::max()));
        least = std::min(least, cell);
    }
    return least;
}

qint64 HeavyHitters::estimate(size_t hash) const
{
    quint32 least = std::numeric_limits<quint32>::max();
    for (int row = 0; row < sketchDepth; ++row)
        least = std::min(least, (*m_sketch)[size_t(row)][rowIndex(hash, row, sketchWidth)]);
    return least;
}

void HeavyHitters::offerCandidate(size_t hash, QByteArrayView value, qint64 estimated)
{
    if (m_counts.size() < capacity) {
        m_counts.insert(hash, {QByteArray(value.data(), value.size()), estimated});
        m_rarestCount = -1;
        return;
    }
    // Most values of a long tail stop here: their estimate stays below the rarest kept. The
    // cached count only ever lags behind the true one (kept counts grow), so it never turns
    // away a value that should come in.
    if (estimated <= m_rarestCount + m_rarestCount / 8)
        return;
    auto rarest = m_counts.begin();
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        if (it->count < rarest->count)
            rarest = it;
    }
    m_rarestCount = rarest->count;
    // A newcomer must beat the rarest by an eighth: among values seen about equally often
    // (a uniform spread of URIs) the kept set would otherwise change at nearly every line.
    if (estimated <= m_rarestCount + m_rarestCount / 8)
        return;
    m_counts.erase(rarest);
    m_counts.insert(hash, {QByteArray(value.data(), value.size()), estimated});
    m_rarestCount = -1;
}

void HeavyHitters::merge(const HeavyHitters &other)
{
    if (!m_sketch && !other.m_sketch) {
        for (const Item &item : other.m_counts)
            add(item.value, item.count);
        return;
    }
    if (!m_sketch)
        startSketch();
    if (other.m_sketch) {
        for (int row = 0; row < sketchDepth; ++row) {
            for (int column = 0; column < sketchWidth; ++column) {
                quint32 &cell = (*m_sketch)[size_t(row)][size_t(column)];
                cell = quint32(
                    std::min<qint64>(qint64(cell) + (*other.m_sketch)[size_t(row)][size_t(column)],
                                     std::numeric_limits<quint32>::max()));
            }
        }
    } else {
        for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
            addToSketch(it.key(), it->count);
    }
    // Both sides' candidates, re-estimated against the merged counts.
    QHash<size_t, Item> candidates = std::exchange(m_counts, {});
    m_rarestCount = -1;
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
        candidates.insert(it.key(), it.value());
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        offerCandidate(it.key(), it->value, estimate(it.key()));
}

QList<HeavyHitters::Item> HeavyHitters::top(int n) const
{
    QList<Item> items = m_counts.values();
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (items.size() > n)
        items.resize(n);
    return items;
}

} // namespace iisref
