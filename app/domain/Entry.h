// SPDX-License-Identifier: MIT
#pragma once

#include "CodeId.h"
#include "Language.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace iisref {

struct KbArticle
{
    QString id; // "Q248072"
    QString title;
};

// What one language says about a code. Everything else about the code is shared.
struct EntryText
{
    QString title;
    QString meaning;
    QStringList causes;
    QStringList fixSteps;
    QList<KbArticle> kbArticles;
    QStringList notes;
    QStringList keywords;
};

struct Entry
{
    CodeId id;
    QStringList aliases;     // spellings other than the dotted and dashed forms: "500-100.ASP"
    QStringList iisVersions; // "4.0", "5.0", "6.0"
    QList<CodeId> related;
    bool common = false; // singled out by the source documents' "common codes" sections
    std::array<std::optional<EntryText>, 2> texts;

    bool hasText(Language language) const { return texts[languageIndex(language)].has_value(); }
    // The text in the language asked for, or in the other one when a broken resource left a gap.
    const EntryText &text(Language language) const;
};

// The name and description of a group of codes under their kind, such as HTTP 4xx
// "Client error" or the Winsock errors among the Win32 status values.
struct GroupText
{
    QString title;
    QString description;
};

} // namespace iisref
