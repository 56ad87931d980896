// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace iisref {

// Which entries' case-folded texts contain a word as a substring, found without scanning every
// text. Substrings rather than words, because Chinese has no spaces ("憑證" inside
// "用戶端憑證不受信任") and a word being typed is a prefix ("certif").
//
// Each field keeps, per n-gram of UTF-16 code units, the ascending list of entries whose text
// in either language has it: every unit, every three consecutive units, and the last two units
// of each text. A word of one to three units is answered by its own postings; a two-unit word
// by the trigrams that start with it plus the texts that end with it; a longer word by
// intersecting the postings of its trigrams, then checking each candidate with
// QString::contains, so every answer is exactly what scanning the texts would give.
class WordIndex final
{
public:
    // Where a word was found, weakest first: a field's value is its tier in the ranking.
    enum class Field : quint8 { None, Body, Keywords, Title };

    // One language's searchable text of an entry, case-folded, its parts joined by '\n'.
    struct Texts {
        QString title;
        QString keywords; // keywords, then the entry's aliases
        QString body;     // meaning, causes, steps, notes, references and the Win32 symbol

        const QString &of(Field field) const;
    };

    WordIndex() = default;
    explicit WordIndex(const Catalog &catalog);

    qsizetype entryCount() const { return m_texts.size(); }
    // In Language order; empty texts for a language the entry lacks.
    const QList<Texts> &texts(int entry) const { return m_texts[entry]; }

    // For every entry in catalog order, the best field whose text in either language contains
    // `word`, or Field::None. The empty word is in every text, as QString::contains says.
    QList<Field> bestFields(QStringView word) const;
    // The same for only the entries `among` has found; the others stay None. A query's later
    // words need looking for only where its earlier words are.
    QList<Field> bestFields(QStringView word, const QList<Field> &among) const;
    // The entries, ascending, whose `field` contains `word` in either language.
    QList<int> entriesContaining(Field field, QStringView word) const;
    // The entries, ascending, with a keyword or alias in either language that is `keyword`.
    QList<int> entriesWithKeyword(const QString &keyword) const;

    // What the postings take next to the texts they index, for the benchmark's memory figure.
    qsizetype postingBytes() const;
    qsizetype textBytes() const;

private:
    // One field's n-grams in key order; key i's entries are entries[offsets[i], offsets[i + 1]).
    struct Postings {
        QList<quint64> keys;
        QList<quint32> offsets;
        QList<quint32> entries;
    };
    class PostingsBuilder;

    const Postings &postingsOf(Field field) const { return m_postings[int(field) - 1]; }
    // Entries that may contain `word`; `exact` says whether each one certainly does.
    QList<quint32> candidates(const Postings &postings, QStringView word, bool &exact) const;
    bool contains(int entry, Field field, QStringView word) const;
    QList<Field> bestFieldsAmong(QStringView word, const Field *among) const;

    QList<QList<Texts>> m_texts;           // per entry, per language
    QHash<QString, QList<int>> m_keywords; // entries by line of Texts::keywords
    std::array<Postings, 3> m_postings;    // Body, Keywords, Title
};

} // namespace iisref
