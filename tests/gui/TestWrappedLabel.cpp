// SPDX-License-Identifier: MIT
// WrappedLabel remembers heights it has answered; it must always answer what QLabel would for
// its current text, interaction mode, font and margins, however often it is asked.
#include "WrappedLabel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestWrappedLabel final : public QObject
{
    Q_OBJECT

private:
    const QString m_notes = u"<b>Notes:</b> Two further Error Code values are about paths rather "
                            u"than content: 0x80070003 (\"Cannot read configuration file\") when "
                            u"the physical path or its web.config cannot be reached."_s;

    static void configure(QLabel &label, const QString &text)
    {
        label.setWordWrap(true);
        label.setTextFormat(Qt::RichText);
        label.setText(text);
    }

    // Asks both labels the same widths twice, so remembered answers are compared too.
    static void compareHeights(const WrappedLabel &wrapped, const QLabel &plain)
    {
        for (int round = 0; round < 2; ++round) {
            for (int width : {120, 300, 640, 300, 120}) {
                QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
            }
        }
    }

private slots:
    void heights_matchQLabels()
    {
        WrappedLabel wrapped;
        QLabel plain;
        configure(wrapped, m_notes);
        configure(plain, m_notes);
        compareHeights(wrapped, plain);
    }

    void newText_isMeasuredAgain()
    {
        WrappedLabel wrapped;
        QLabel plain;
        configure(wrapped, m_notes);
        configure(plain, m_notes);
        compareHeights(wrapped, plain);
        wrapped.setText(u"One line."_s);
        plain.setText(u"One line."_s);
        compareHeights(wrapped, plain);
    }

    void newFont_isMeasuredAgain()
    {
        WrappedLabel wrapped;
        QLabel plain;
        configure(wrapped, m_notes);
        configure(plain, m_notes);
        compareHeights(wrapped, plain);
        QFont big = wrapped.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        wrapped.setFont(big);
        plain.setFont(big);
        compareHeights(wrapped, plain);
    }

    void newMargins_andInteraction_areMeasuredAgain()
    {
        WrappedLabel wrapped;
        QLabel plain;
        configure(wrapped, m_notes);
        configure(plain, m_notes);
        compareHeights(wrapped, plain);
        wrapped.setContentsMargins(0, 20, 0, 20);
        plain.setContentsMargins(0, 20, 0, 20);
        compareHeights(wrapped, plain);
        wrapped.setTextInteractionFlags(Qt::TextSelectableByMouse);
        plain.setTextInteractionFlags(Qt::TextSelectableByMouse);
        compareHeights(wrapped, plain);
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "TestWrappedLabel.moc"
