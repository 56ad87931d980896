// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace iisref {

// The mouse's back and forward buttons over any widget of one window. Watches the whole
// application because the widget under the pointer — a list, a text pane — receives the press
// and may accept it before the window would see it.
class MouseNavigationFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MouseNavigationFilter)

public:
    // Installs itself on the application; a child of `window`, so it goes when the window does.
    explicit MouseNavigationFilter(QWidget *window);

signals:
    void backRequested();
    void forwardRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace iisref
