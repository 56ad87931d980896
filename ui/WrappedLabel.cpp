// SPDX-License-Identifier: MIT
#include "WrappedLabel.h"

#include <QEvent>

namespace iisref {

int WrappedLabel::heightForWidth(int width) const
{
    // Comparing a shared QString with the one it was copied from is a pointer comparison.
    if (text() != m_heightsText || textInteractionFlags() != m_heightsFlags) {
        forgetHeights();
        m_heightsText = text();
        m_heightsFlags = textInteractionFlags();
    }
    for (const Remembered &remembered : m_heights) {
        if (remembered.width == width)
            return remembered.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        forgetHeights();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

void WrappedLabel::forgetHeights() const
{
    m_heights.fill({});
    m_next = 0;
}

} // namespace iisref
