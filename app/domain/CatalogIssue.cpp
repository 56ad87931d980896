// SPDX-License-Identifier: MIT
#include "CatalogIssue.h"

using namespace Qt::StringLiterals;

namespace iisref {

QString CatalogIssue::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    text += u": "_s;
    if (!code.isEmpty())
        text += code + u": "_s;
    if (!field.isEmpty())
        text += u"field '"_s + field + u"': "_s;
    return text + message;
}

} // namespace iisref
