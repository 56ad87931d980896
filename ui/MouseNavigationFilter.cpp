// SPDX-License-Identifier: MIT
#include "MouseNavigationFilter.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QWidget>

namespace iisref {

MouseNavigationFilter::MouseNavigationFilter(QWidget *window) : QObject(window), m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool MouseNavigationFilter::eventFilter(QObject *watched, QEvent *event)
{
    // A quick second click arrives as a double click; it is a second step back all the same.
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::BackButton && mouse->button() != Qt::ForwardButton)
        return false;
    // Dialogs and menus are windows of their own: the button means nothing there.
    if (!watched->isWidgetType() || static_cast<QWidget *>(watched)->window() != m_window)
        return false;
    if (mouse->button() == Qt::BackButton)
        emit backRequested();
    else
        emit forwardRequested();
    return true;
}

} // namespace iisref
