// SPDX-License-Identifier: MIT
#include "SingleLineItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace iisref {

namespace {

QPalette::ColorGroup colorGroupOf(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

} // namespace

void SingleLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // Anything but one line of text is left to the style: its rectangles depend on the rest.
    const bool plainLine =
        item.icon.isNull() &&
        !(item.features & (QStyleOptionViewItem::HasCheckIndicator |
                           QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText)) &&
        !(item.state & QStyle::State_Editing);
    if (!plainLine) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The background and selection without the text; the focus frame goes over the text, as
    // the style draws it (Fusion's tints what is under it).
    QStyleOptionViewItem background = item;
    background.text.clear();
    background.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const QString &text = item.text;

    // What QCommonStyle does for an item's text, with the one text layout.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = item.rect.adjusted(margin, 0, -margin, 0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(item.direction);
    textOption.setAlignment(QStyle::visualAlignment(item.direction, item.displayAlignment));
    QTextLayout layout(text, item.font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(textRect.width());
    layout.endLayout();
    if (!line.isValid())
        return;
    const QRect lineRect =
        QStyle::alignedRect(item.direction, item.displayAlignment,
                            QSize(int(line.width()), int(line.height())), textRect);

    painter->save();
    painter->setPen(item.palette.color(colorGroupOf(item), item.state & QStyle::State_Selected
                                                               ? QPalette::HighlightedText
                                                               : QPalette::Text));
    if (line.naturalTextWidth() <= textRect.width()) {
        line.draw(painter, lineRect.topLeft());
    } else {
        // Only the longest titles in a narrow tree.
        painter->setFont(item.font);
        painter->drawText(QPointF(lineRect.x() + line.x(), lineRect.y() + line.ascent()),
                          item.fontMetrics.elidedText(text, item.textElideMode, textRect.width()));
    }
    painter->restore();
    if (item.state & QStyle::State_HasFocus)
        drawFocusFrame(painter, item, style);
}

void SingleLineItemDelegate::drawFocusFrame(QPainter *painter, const QStyleOptionViewItem &item,
                                            const QStyle *style)
{
    QStyleOptionFocusRect frame;
    frame.QStyleOption::operator=(item);
    frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &item, item.widget);
    frame.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    const QPalette::ColorGroup group =
        item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    frame.backgroundColor = item.palette.color(
        group, item.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, item.widget);
}

} // namespace iisref
