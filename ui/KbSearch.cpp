// SPDX-License-Identifier: MIT
#include "KbSearch.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace iisref {

QString KbSearch::articleNumber(const QString &articleId)
{
    QString digits;
    for (const QChar c : articleId) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QUrl KbSearch::searchUrl(const QString &articleId)
{
    const QString number = articleNumber(articleId);
    // Both spellings, because archives use "KB248072" and old pages "Q248072".
    const QString terms = number.isEmpty()
                              ? articleId
                              : QString(u"Microsoft KB"_s + number + u" OR Q"_s + number);
    QUrl url(u"https://www.bing.com/search"_s);
    QUrlQuery query;
    query.addQueryItem(u"q"_s, terms);
    url.setQuery(query);
    return url;
}

} // namespace iisref
