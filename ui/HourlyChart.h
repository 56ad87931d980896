// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QWidget>

namespace iisref {

// Requests per hour of one tally row as bars, painted with QPainter in the palette's colours
// (no chart module: Qt Charts is GPL-only in open-source Qt). Hours with no request are gaps.
class HourlyChart final : public QWidget
{
    Q_OBJECT

public:
    explicit HourlyChart(QWidget *parent = nullptr);

    // Hour (seconds since the epoch / 3600) -> requests.
    void setCounts(const QMap<qint64, qint64> &perHour);
    const QMap<qint64, qint64> &counts() const { return m_counts; }

    QSize sizeHint() const override { return {360, 120}; }
    QSize minimumSizeHint() const override { return {120, 60}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<qint64, qint64> m_counts;
};

} // namespace iisref
