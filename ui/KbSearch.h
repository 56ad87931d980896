// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace iisref {

// Microsoft retired the old Q-numbered KB pages and their addresses changed more than once, so a
// fixed link would rot; a web search for the number finds the current copy or an archive.
class KbSearch final
{
public:
    // "248072" from "Q248072", "KB248072" or "248072"; empty when there is no number.
    static QString articleNumber(const QString &articleId);
    static QUrl searchUrl(const QString &articleId);
};

} // namespace iisref
