// SPDX-License-Identifier: MIT
#include "TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestTerminalText final : public QObject
{
    Q_OBJECT

private slots:
    void plain_controls_becomeVisibleEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addRow("OSC title") << u"\x1b]0;pwned\a"_s << u"\\x1b]0;pwned\\x07"_s;
        QTest::addRow("NUL") << QString(QChar(0)) << u"\\x00"_s;
        QTest::addRow("carriage return") << u"ok\rfake"_s << u"ok\\x0dfake"_s;
        QTest::addRow("last C0") << u"\x1f"_s << u"\\x1f"_s;
        QTest::addRow("DEL") << u"\x7f"_s << u"\\x7f"_s;
        QTest::addRow("first C1") << u"\u0080"_s << u"\\u0080"_s;
        QTest::addRow("CSI") << u"\u009b2J"_s << u"\\u009b2J"_s;
        QTest::addRow("last C1") << u"\u009f"_s << u"\\u009f"_s;
        QTest::addRow("newline and tab stay") << u"a\tb\nc"_s << u"a\tb\nc"_s;
        QTest::addRow("CR LF line end stays") << u"a,b\r\nc\r\n"_s << u"a,b\r\nc\r\n"_s;
        QTest::addRow("CR before a CR LF") << u"ok\r\r\nfake"_s << u"ok\\x0d\r\nfake"_s;
        QTest::addRow("CR at the end") << u"ok\r"_s << u"ok\\x0d"_s;
        QTest::addRow("LF CR") << u"ok\n\rfake"_s << u"ok\n\\x0dfake"_s;
        QTest::addRow("space, tilde, NBSP stay") << u" ~\u00a0"_s << u" ~\u00a0"_s;
        QTest::addRow("Chinese stays") << u"拒絕列出目錄"_s << u"拒絕列出目錄"_s;
    }

    void plain_controls_becomeVisibleEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(TerminalText::plain(text), shown);
    }

    void json_everyControl_isEscapedAndParsesBackToItself()
    {
        QString all;
        for (char16_t c = 0; c <= 0xa0; ++c)
            all += QChar(c);
        const QString json = TerminalText::json(QJsonDocument(QJsonArray{all}));
        for (const QChar c : json) {
            const char16_t u = c.unicode();
            QVERIFY2((u >= 0x20 && u < 0x7f) || u == u'\n' || u > 0x9f,
                     qPrintable(QString::number(u, 16)));
        }
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().first().toString(), all);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "TestTerminalText.moc"
