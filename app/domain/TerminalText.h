// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QString>

namespace iisref {

// Text bound for a terminal. Queries, option values, paths and catalog text can hold control
// characters, and a terminal acts on them rather than showing them: ESC ] 0 ; … BEL retitles
// the window, ESC [ 2 J clears it, U+009B is a one-character ESC [. Everything the program
// writes to stdout or stderr goes through here.
class TerminalText final
{
public:
    // `text` with every C0 control except newline, tab and the CR of a CR LF, DEL and every C1
    // control written as a visible escape: "\x1b", "\x7f", "\u009b".
    static QString plain(const QString &text);
    // `document` as indented JSON with DEL and C1 controls as \u007f … \u009f escapes: the same
    // JSON value, and no control a terminal would act on. QJsonDocument escapes C0 itself.
    static QString json(const QJsonDocument &document);
};

} // namespace iisref
