// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace iisref {

// The catalog as an RFC 4180 table, one row an entry, to join against sc-status,
// sc-substatus and sc-win32-status as a lookup table in Kusto, Splunk or Elastic. Column names
// are language-neutral so a query keeps working when the text is Chinese; lists inside a
// field are joined with ';', which no code, range or reference label contains.
class EntryCsv final
{
public:
    // kind, code, protocol, status, substatus, hex, symbol, title, meaning, iisVersions,
    // common, related, references
    static const QStringList &columns();
    // The values of `entry`, one for each of columns(), not yet quoted. A column the entry's
    // kind has no value for is empty.
    static QStringList values(const Entry &entry, Language language);
    // `value` as a field: quoted when it holds a comma, quote, CR or LF, its quotes doubled.
    static QString field(const QString &value);
    // The header row, then one row an entry; every row ends with CR LF.
    static QString table(const QList<const Entry *> &entries, Language language);
};

} // namespace iisref
