// SPDX-License-Identifier: MIT
#include "NavigationHistory.h"

#include <algorithm>

namespace iisref {

NavigationHistory::NavigationHistory(int capacity) : m_capacity(std::max(capacity, 1)) {}

bool NavigationHistory::commit(const HistoryPlace &place)
{
    if (current() == place)
        return false;
    m_places.resize(m_index + 1);
    m_places.append(place);
    if (m_places.size() > m_capacity)
        m_places.remove(0, m_places.size() - m_capacity);
    m_index = m_places.size() - 1;
    return true;
}

std::optional<HistoryPlace> NavigationHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_places.at(--m_index);
}

std::optional<HistoryPlace> NavigationHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_places.at(++m_index);
}

std::optional<HistoryPlace> NavigationHistory::current() const
{
    if (m_index < 0)
        return std::nullopt;
    return m_places.at(m_index);
}

} // namespace iisref
