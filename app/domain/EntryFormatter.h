// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace iisref {

// Turns an entry into the text people paste into tickets and chats, and into the JSON the
// command line prints. Headings are UI strings and follow the installed translator.
class EntryFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(iisref::EntryFormatter)

public:
    static QJsonObject toJson(const Entry &entry, Language language);

    // "HTTP 403.14 — Directory listing denied" then "1. …" per step.
    static QString fixStepsPlainText(const Entry &entry, Language language);
    // The same as an HTML heading and ordered list.
    static QString fixStepsHtml(const Entry &entry, Language language);
    static QString fixStepsMarkdown(const Entry &entry, Language language);

    // All four panes and the header, for "copy entry" and `iisref show`.
    static QString entryPlainText(const Entry &entry, Language language);
    static QString entryHtml(const Entry &entry, Language language);

    static QString headerLine(const Entry &entry, Language language);
    static QString iisVersionsText(const Entry &entry);

    static QString meaningHeading() { return tr("Meaning"); }
    static QString causesHeading() { return tr("Causes"); }
    static QString kbArticlesHeading() { return tr("KB articles"); }
    static QString fixStepsHeading() { return tr("Fix steps"); }
    static QString notesHeading() { return tr("Notes"); }
    static QString relatedHeading() { return tr("Related codes"); }
};

} // namespace iisref
