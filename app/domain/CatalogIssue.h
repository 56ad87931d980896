// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iisref {

// One problem found in a code resource, precise enough to go and fix it.
struct CatalogIssue {
    QString file;
    int line = 0; // 1-based; 0 when the problem has no single line (a code missing from a file)
    QString code; // "http:403.14", empty for problems with the file itself
    QString field;
    QString message;

    // "zh_TW.json:120: http:403.14: field 'causes': must be a non-empty array of strings"
    QString toString() const;
};

} // namespace iisref
