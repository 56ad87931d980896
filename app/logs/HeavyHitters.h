// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

namespace iisref {

// The most frequent values of a stream in bounded memory (Metwally et al.'s Space-Saving): at
// most `capacity` values are kept; a value that arrives when all slots are taken replaces the
// rarest and inherits its count. Any value seen more than total/capacity times is kept, and
// counts are exact while fewer than `capacity` distinct values have been seen.
class HeavyHitters final
{
public:
    struct Item {
        QByteArray value;
        qint64 count = 0;
    };

    explicit HeavyHitters(int capacity = 32) : m_capacity(capacity) {}

    void add(QByteArrayView value, qint64 count = 1);
    void merge(const HeavyHitters &other);
    // Most frequent first; ties by value, so the order does not depend on arrival.
    QList<Item> top(int n) const;
    bool isExact() const { return !m_evicted; }

private:
    int m_capacity;
    bool m_evicted = false;
    QHash<QByteArray, qint64> m_counts;
};

} // namespace iisref
