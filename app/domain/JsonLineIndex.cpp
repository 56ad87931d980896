// SPDX-License-Identifier: MIT
#include "JsonLineIndex.h"

namespace iisref {

JsonLineIndex::JsonLineIndex(const QByteArray &json, const QString &topLevelArrayKey)
{
    const QByteArray wantedKey = topLevelArrayKey.toUtf8();
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    bool inWantedArray = false;
    bool expectElement = false;
    qsizetype stringStart = 0;
    QByteArray lastTopLevelString;

    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastTopLevelString = json.mid(stringStart, i - stringStart);
            }
            continue;
        }
        const bool whitespace = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (inWantedArray && depth == 2 && expectElement && !whitespace && c != ']') {
            m_elementLines.append(line);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case '{':
        case '[':
            if (c == '[' && depth == 1 && lastTopLevelString == wantedKey) {
                inWantedArray = true;
                expectElement = true;
            }
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1)
                inWantedArray = false;
            break;
        case ',':
            if (inWantedArray && depth == 2)
                expectElement = true;
            break;
        default:
            break;
        }
    }
}

int JsonLineIndex::lineOfElement(int index) const
{
    return index >= 0 && index < m_elementLines.size() ? m_elementLines[index] : 0;
}

int JsonLineIndex::lineOfOffset(const QByteArray &json, int offset)
{
    const qsizetype end = qBound(qsizetype(0), qsizetype(offset), json.size());
    return 1 + static_cast<int>(json.left(end).count('\n'));
}

} // namespace iisref
