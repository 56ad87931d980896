// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryPlace.h"

#include <QList>

#include <optional>

namespace iisref {

// Back and Forward as a web browser has them, over the places a user committed to: a new
// place after going back drops the forward steps, and the oldest steps fall off at capacity.
class NavigationHistory final
{
public:
    static constexpr int defaultCapacity = 100;

    explicit NavigationHistory(int capacity = defaultCapacity);

    // Returns false when `place` is where the history already stands: pressing Enter twice on
    // one entry is one step, not two.
    bool commit(const HistoryPlace &place);

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_places.size(); }
    // Each moves one step and returns the place there, or nothing at either end.
    std::optional<HistoryPlace> back();
    std::optional<HistoryPlace> forward();

    std::optional<HistoryPlace> current() const;
    int size() const { return int(m_places.size()); }

private:
    QList<HistoryPlace> m_places;
    qsizetype m_index = -1;
    int m_capacity;
};

} // namespace iisref
