// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

namespace iisref {

// A scroll area over a column of word-wrapped labels, its height fixed by its owner. When the
// labels do not all fit, the view ends below the last line that fits whole, so what is cut off
// starts on a line of its own instead of showing as the top half of one; the rest scrolls.
class WholeLineScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    using QScrollArea::QScrollArea;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void endOnWholeLine();
    int wholeLinesEnd(int available) const;
};

} // namespace iisref
