// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iisref {

// QToolTip shows a string as rich text whenever Qt::mightBeRichText() guesses it is HTML, and
// then loads the images it names (<img src="/dev/zero"> hangs the window). Catalog text is data,
// so every tooltip that carries it is made rich text on purpose, with the text escaped inside.
// Qt::convertFromPlainText() would do the same, but it lives in Qt Gui and the domain has only
// Qt Core.
class ToolTipText final
{
public:
    // Shows exactly `text`, spaces and line breaks included, and wraps long lines; empty for
    // an empty text, so that no tooltip appears.
    static QString fromPlainText(const QString &text);
};

} // namespace iisref
