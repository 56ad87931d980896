// SPDX-License-Identifier: MIT
#include "ToolTipText.h"

using namespace Qt::StringLiterals;

namespace iisref {

QString ToolTipText::fromPlainText(const QString &text)
{
    // An empty rich-text paragraph would still pop up as an empty box.
    if (text.isEmpty())
        return {};
    // pre-wrap keeps runs of spaces and line breaks, which plain <p> would collapse, and still
    // lets the tooltip wrap where a plain-text one would run across the screen.
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace iisref
