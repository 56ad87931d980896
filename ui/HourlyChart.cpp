// SPDX-License-Identifier: MIT
#include "HourlyChart.h"

#include "ToolTipText.h"

#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace iisref {

HourlyChart::HourlyChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Requests per hour"));
}

void HourlyChart::setCounts(const QMap<qint64, qint64> &perHour)
{
    m_counts = perHour;
    QString summary;
    if (!m_counts.isEmpty()) {
        const auto peak = std::max_element(m_counts.cbegin(), m_counts.cend());
        summary = tr("%1 hours, busiest %2 UTC with %3 requests")
                      .arg(m_counts.lastKey() - m_counts.firstKey() + 1)
                      .arg(QDateTime::fromSecsSinceEpoch(peak.key() * 3600, Qt::UTC)
                               .toString(u"yyyy-MM-dd HH:00"_s))
                      .arg(peak.value());
    }
    // The tooltip and the accessible text say what the bars show.
    setToolTip(ToolTipText::fromPlainText(summary));
    setAccessibleDescription(summary);
    update();
}

void HourlyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = rect().adjusted(4, 4, -4, -18);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_counts.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No times in this log format"));
        return;
    }
    const qint64 first = m_counts.firstKey(), last = m_counts.lastKey();
    const qint64 hours = last - first + 1;
    const qint64 peak = *std::max_element(m_counts.cbegin(), m_counts.cend());
    const double width = double(area.width()) / double(hours);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const double height = double(area.height()) * double(it.value()) / double(peak);
        const QRectF bar(area.left() + width * double(it.key() - first), area.bottom() - height,
                         std::max(1.0, width - 1.0), height);
        painter.drawRect(bar);
    }
    painter.setPen(palette().color(QPalette::Text));
    const auto label = [](qint64 hour) {
        return QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC).toString(u"MM-dd HH:00"_s);
    };
    const QRect labels(area.left(), area.bottom() + 2, area.width(), 16);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, label(first));
    if (hours > 1)
        painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, label(last));
}

} // namespace iisref
