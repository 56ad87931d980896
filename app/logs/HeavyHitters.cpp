// SPDX-License-Identifier: MIT
#include "HeavyHitters.h"

#include <algorithm>

namespace iisref {

void HeavyHitters::add(QByteArrayView value, qint64 count)
{
    // A raw-data view for the lookup: no copy unless the value is new.
    const QByteArray key = QByteArray::fromRawData(value.data(), value.size());
    if (auto it = m_counts.find(key); it != m_counts.end()) {
        *it += count;
        return;
    }
    if (m_counts.size() < m_capacity) {
        m_counts.insert(QByteArray(value.data(), value.size()), count);
        return;
    }
    auto rarest = m_counts.begin();
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        if (it.value() < rarest.value())
            rarest = it;
    }
    const qint64 inherited = rarest.value();
    m_counts.erase(rarest);
    m_counts.insert(QByteArray(value.data(), value.size()), inherited + count);
    m_evicted = true;
}

void HeavyHitters::merge(const HeavyHitters &other)
{
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
        add(it.key(), it.value());
    m_evicted = m_evicted || other.m_evicted;
}

QList<HeavyHitters::Item> HeavyHitters::top(int n) const
{
    QList<Item> items;
    items.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        items.append({it.key(), it.value()});
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (items.size() > n)
        items.resize(n);
    return items;
}

} // namespace iisref
