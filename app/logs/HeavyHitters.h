// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <array>
#include <memory>

namespace iisref {

// The most frequent values of a stream (URIs, client addresses) in bounded memory and time.
// Up to `exactLimit` distinct values every count is exact. Past that, a Count-Min sketch
// (Cormode and Muthukrishnan) estimates each value's count, never below the true one, and the
// `capacity` values with the highest estimates are kept: a value seen more than a small
// fraction of the stream is kept, and a line costs a hash and four counter updates however
// many distinct values there are.
class HeavyHitters final
{
public:
    struct Item {
        QByteArray value;
        qint64 count = 0;
    };

    static constexpr int exactLimit = 64;
    static constexpr int capacity = 32;

    void add(QByteArrayView value, qint64 count = 1);
    void merge(const HeavyHitters &other);
    // Most frequent first; ties by value, so the order does not depend on arrival.
    QList<Item> top(int n) const;
    bool isExact() const { return !m_sketch; }

    HeavyHitters() = default;
    HeavyHitters(const HeavyHitters &other); // deep: the sketch is owned
    HeavyHitters &operator=(const HeavyHitters &other);
    HeavyHitters(HeavyHitters &&) noexcept = default;
    HeavyHitters &operator=(HeavyHitters &&) noexcept = default;
    ~HeavyHitters();

private:
    static constexpr int sketchWidth = 2048; // a power of two
    static_assert((sketchWidth & (sketchWidth - 1)) == 0);
    static constexpr int sketchDepth = 4;
    using Sketch = std::array<std::array<quint32, sketchWidth>, sketchDepth>;

    void startSketch();
    // Adds to the sketch and returns the value's estimate after it.
    qint64 addToSketch(size_t hash, qint64 count);
    qint64 estimate(size_t hash) const;
    void offerCandidate(size_t hash, QByteArrayView value, qint64 estimated);

    // By the value's 64-bit hash, so a line hashes its value once: exact counts, or the
    // candidates' estimates once the sketch has started.
    QHash<size_t, Item> m_counts;
    std::unique_ptr<Sketch> m_sketch;
    qint64 m_rarestCount = -1; // of the kept candidates when last looked; -1: look again
};

} // namespace iisref
