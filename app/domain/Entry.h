// SPDX-License-Identifier: MIT
#pragma once

#include "CodeId.h"
#include "IisVersionSet.h"
#include "Language.h"
#include "Reference.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace iisref {

// A cause or fix step. Most apply to every IIS version of their entry; some name the releases
// they are written for, so 403.14 can say what to click in IIS 6.0 and in IIS 10 apart.
struct VersionedText {
    QString text;
    IisVersionSet versions; // empty: every version the entry applies to

    bool appliesTo(const IisVersionSet &wanted) const
    {
        return versions.isEmpty() || wanted.isEmpty() || versions.intersects(wanted);
    }
    friend bool operator==(const VersionedText &a, const VersionedText &b)
    {
        return a.text == b.text && a.versions == b.versions;
    }
};

// What one language says about a code. Everything else about the code is shared.
// The built-in catalog's texts (and GroupText's) point into the program's resources
// (QString::fromRawData): they end without a NUL, and utf16() copies one even through a const
// reference - a write, racy if two threads share the string. Read them with constData(),
// data() or a QStringView; nothing in app/ or ui/ calls utf16() on them.
struct EntryText {
    QString title;
    QString meaning;
    QList<VersionedText> causes;
    QList<VersionedText> fixSteps;
    QStringList notes;
    QStringList keywords;
    QStringList referenceTitles; // one for each of Entry::references, in the same order
};

// The language-neutral facts about a code, with its text in each language.
struct Entry {
    CodeId id;
    QStringList aliases; // spellings other than the ones the parser derives: "500-100.ASP"
    IisVersionSet iisVersions;
    QList<CodeId> related;
    bool common = false; // an everyday code, listed in the tree's Common group
    QString symbol;      // win32 only: "ERROR_ACCESS_DENIED"
    QList<Reference> references;
    std::array<std::optional<EntryText>, 2> texts;

    bool hasText(Language language) const { return texts[languageIndex(language)].has_value(); }
    // The text in the language asked for, or in the other one when a broken resource left a gap.
    const EntryText &text(Language language) const;
};

// The name and description of a group of codes under their kind, such as HTTP 4xx
// "Client error" or the Winsock errors among the Win32 status values.
struct GroupText {
    QString title;
    QString description;
};

} // namespace iisref
