// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace iisref {

// Turns an entry into the text people paste into tickets and chats, and into the JSON the
// command line prints. Headings are UI strings and follow the installed translator.
// `iis` keeps only the causes and fix steps for those IIS releases; empty keeps them all.
class EntryFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(iisref::EntryFormatter)

public:
    static QJsonObject toJson(const Entry &entry, Language language, const IisVersionSet &iis = {});

    // "HTTP 403.14 — Directory listing denied" then "1. …" per step.
    static QString fixStepsPlainText(const Entry &entry, Language language,
                                     const IisVersionSet &iis = {});
    // The same as an HTML heading and ordered list.
    static QString fixStepsHtml(const Entry &entry, Language language,
                                const IisVersionSet &iis = {});
    static QString fixStepsMarkdown(const Entry &entry, Language language,
                                    const IisVersionSet &iis = {});

    // All four panes and the header, for "copy entry" and `iisref show`.
    static QString entryPlainText(const Entry &entry, Language language,
                                  const IisVersionSet &iis = {});
    static QString entryHtml(const Entry &entry, Language language, const IisVersionSet &iis = {});
    // What the panes show, the same markup the clipboard and the PDF carry: one renderer.
    static QString meaningHtml(const Entry &entry, Language language);
    static QString causesHtml(const Entry &entry, Language language, const IisVersionSet &iis = {});
    static QString fixStepsListHtml(const Entry &entry, Language language,
                                    const IisVersionSet &iis = {});

    static QString headerLine(const Entry &entry, Language language);
    // "ERROR_ACCESS_DENIED · 0x00000005 · IIS 5.0–10.0": the facts under the header.
    static QString factsLine(const Entry &entry);
    static QString iisVersionsText(const Entry &entry);
    // The causes or fix steps for `iis`, each marked with its releases when it names some.
    static QStringList itemTexts(const Entry &entry, const QList<VersionedText> &items,
                                 const IisVersionSet &iis);
    // "KB Q248072 — title", one a reference.
    static QStringList referenceLines(const Entry &entry, Language language);

    static QString meaningHeading() { return tr("Meaning"); }
    static QString causesHeading() { return tr("Causes"); }
    static QString referencesHeading() { return tr("References"); }
    static QString fixStepsHeading() { return tr("Fix steps"); }
    static QString notesHeading() { return tr("Notes"); }
    static QString relatedHeading() { return tr("Related codes"); }
};

} // namespace iisref
