// SPDX-License-Identifier: MIT
#pragma once

#include "CatalogIssue.h"
#include "Entry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace iisref {

// Reads and validates facts.json: what is true of a code in every language (its kind and code,
// aliases, IIS versions, related codes, references, the Win32 symbol). An entry with a broken
// field is dropped and reported; the rest of the file still loads.
class FactsFileReader final
{
public:
    static constexpr int formatVersion = 2;

    explicit FactsFileReader(const QString &path);

    // False when nothing in the file can be used.
    bool read();

    const QString &path() const { return m_path; }
    // Entries without texts, in file order.
    const QList<Entry> &entries() const { return m_entries; }
    const QList<int> &entryLines() const { return m_entryLines; }
    const QList<CatalogIssue> &issues() const { return m_issues; }

private:
    std::optional<Entry> readEntry(const QJsonObject &object, int line);
    QList<Reference> readReferences(class JsonFieldReader &fields);
    void report(int line, const QString &code, const QString &field, const QString &message);

    QString m_path;
    QList<Entry> m_entries;
    QList<int> m_entryLines;
    QList<CatalogIssue> m_issues;
};

} // namespace iisref
