// SPDX-License-Identifier: MIT
#include "TerminalText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

bool isC1OrDelete(char16_t c)
{
    return c >= 0x7f && c <= 0x9f;
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || isC1OrDelete(c);
}

// A CR right before LF ends a line as RFC 4180's CSV writes it, and a terminal just moves to
// the next one. A CR on its own returns to the start of the line, so that what follows
// overwrites what was shown: that one stays escaped.
bool isLineEndCr(const QString &text, qsizetype i)
{
    return text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
}

QString hex(char16_t c, int digits)
{
    return QString::number(c, 16).rightJustified(digits, u'0');
}

} // namespace

QString TerminalText::plain(const QString &text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString shown;
    shown.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (!isControl(u) || isLineEndCr(text, i))
            shown += c;
        else if (u < 0x80)
            shown += u"\\x"_s + hex(u, 2);
        else
            shown += u"\\u"_s + hex(u, 4);
    }
    return shown;
}

QString TerminalText::json(const QJsonDocument &document)
{
    const QString text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    // Outside strings JSON text is plain ASCII punctuation, so these can only be inside
    // strings, where a \u escape stands for the very same character.
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (isC1OrDelete(c.unicode()))
            escaped += u"\\u"_s + hex(c.unicode(), 4);
        else
            escaped += c;
    }
    return escaped;
}

} // namespace iisref
