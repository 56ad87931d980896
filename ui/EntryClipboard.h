// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QString>

class QMimeData;

namespace iisref {

// Puts entry text on the clipboard in the formats chats, mail and ticket systems accept, and on
// the X11 selection too so a middle click pastes it. `iis` is the window's version filter, so
// what is pasted is what was read; empty copies every cause and step.
class EntryClipboard final
{
public:
    static void copyFixSteps(const Entry &entry, Language language, const IisVersionSet &iis);
    static void copyEntry(const Entry &entry, Language language, const IisVersionSet &iis);
    static void copyText(const QString &text);

private:
    static QMimeData *mimeData(const QString &plain, const QString &html, const QString &markdown);
    static void publish(const QString &plain, const QString &html, const QString &markdown);
};

} // namespace iisref
