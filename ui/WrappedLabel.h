// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

#include <array>

namespace iisref {

// A word-wrapped QLabel that remembers its height for the last few widths. QLabel lays its
// whole text out again for every heightForWidth() call, even for the width it was just asked,
// and the layouts ask many times while a window settles: the header of a long entry (500.19's
// notes, its dozen related codes) answered 124 such calls before the first frame, ~50 M
// instructions. What is remembered holds for one text, interaction mode, font and style.
class WrappedLabel final : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void forgetHeights() const;

    struct Remembered {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Remembered, 4> m_heights;
    mutable std::size_t m_next = 0;
    mutable QString m_heightsText;
    mutable Qt::TextInteractionFlags m_heightsFlags;
};

} // namespace iisref
