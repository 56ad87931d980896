// SPDX-License-Identifier: MIT
#include "WholeLineScrollArea.h"

#include <QEvent>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace iisref {

bool WholeLineScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    const bool handled = QScrollArea::eventFilter(watched, event);
    // QScrollArea watches its widget already; by the time a filter sees these events the
    // widget's layout has placed the labels.
    if (watched == widget() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        endOnWholeLine();
    return handled;
}

void WholeLineScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    endOnWholeLine();
}

void WholeLineScrollArea::endOnWholeLine()
{
    const int available = contentsRect().height();
    const int hidden = available - wholeLinesEnd(available);
    const QMargins margins(0, 0, 0, hidden);
    if (viewportMargins() != margins)
        setViewportMargins(margins);
}

// Where the view should end, in the widget's coordinates: `available` when every label fits,
// else the bottom of the last whole line above it.
int WholeLineScrollArea::wholeLinesEnd(int available) const
{
    const QWidget *content = widget();
    if (!content)
        return available;
    QList<const QLabel *> labels;
    for (const QLabel *label : content->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (label->isVisibleTo(content) && label->height() > 0)
            labels.append(label);
    }
    std::sort(labels.begin(), labels.end(),
              [](const QLabel *a, const QLabel *b) { return a->y() < b->y(); });
    int end = 0;
    for (const QLabel *label : labels) {
        const int top = label->y();
        if (top >= available)
            break;
        if (top + label->height() <= available) {
            end = top + label->height();
            continue;
        }
        // A wrapped label's lines are alike, so its height over its line count is each one's.
        const int lineCount =
            std::max(1, int(std::lround(double(label->height()) /
                                        std::max(1, label->fontMetrics().lineSpacing()))));
        const double lineHeight = double(label->height()) / lineCount;
        const int wholeLines = int((available - top) / lineHeight);
        if (wholeLines > 0)
            end = top + int(std::ceil(wholeLines * lineHeight));
        return std::max(end, 1);
    }
    return available;
}

} // namespace iisref
