// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace iisref {

// Draws an item's text as one line laid out once. The style's own item drawing lays the text
// out three times (to size the item, to elide it, to draw it): for the fifty rows of the first
// frame's tree that was a third of its painting. The style still draws everything else: the
// row's background, the selection and the focus frame.
class SingleLineItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static void drawFocusFrame(QPainter *painter, const QStyleOptionViewItem &item,
                               const QStyle *style);
};

} // namespace iisref
