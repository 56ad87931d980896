// SPDX-License-Identifier: MIT
#include "CatalogBinary.h"

#include "BlobReader.h"
#include "BlobWriter.h"

#include <QDataStream>
#include <QIODevice>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// Bumped whenever a layout changes; the build always writes what this code reads, so a
// mismatch means a stale file, never a user's.
constexpr quint32 factsMagic = 0x49495346; // "IISF" as QDataStream writes it, big-endian
constexpr quint32 factsLayoutVersion = 1;
constexpr quint32 languageMagic = 0x4C534949; // "IISL" read little-endian
constexpr quint32 languageLayoutVersion = 2;

// A language blob, every number a little-endian u32:
//   header            "IISL", version, language, then each section's offset and byte count
//   index             the group count, then per group its kind, its number and the lengths of
//                     its title and description; the entry count, then per entry 0 (no text)
//                     or 1 and the length of each string, each list with its count first and
//                     each cause or fix step with its IIS version bits after its length
//   first-frame text  the group texts and every entry's title, in the index's order
//   body text         the rest: meaning, causes, fix steps, notes, keywords, reference titles
// A length counts UTF-16 units; the units follow each other in their text section, which starts
// at an even offset, so a string can point into the blob. The first frame shows titles only:
// with them apart from the bodies, reading a language borrowed leaves the bodies' pages alone.
constexpr int languageSectionCount = 3;
constexpr qsizetype languageHeaderBytes = 4 * (3 + 2 * languageSectionCount);
static_assert(languageHeaderBytes % alignof(QChar) == 0);
using LanguageSections = std::array<QByteArrayView, languageSectionCount>;

QDataStream &operator<<(QDataStream &out, const CodeId &id)
{
    return out << qint32(id.kind()) << qint64(id.value()) << qint32(id.substatus())
               << id.reasonName();
}

CodeId readCodeId(BlobReader &in)
{
    const qint32 kind = in.i32();
    const qint64 value = in.i64();
    const qint32 substatus = in.i32();
    const QString name = in.string();
    if (kind < 0 || kind >= qint32(allCodeKinds.size())) {
        in.fail();
        return {};
    }
    if (CodeKind(kind) == CodeKind::HttpErr)
        return CodeId::reason(name);
    return CodeId(CodeKind(kind), value, substatus);
}

bool refuse(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

bool readHeader(BlobReader &in, quint32 magic, quint32 version, QString *error)
{
    const quint32 foundMagic = in.u32();
    const quint32 foundVersion = in.u32();
    if (in.ok() && foundMagic == magic && foundVersion == version)
        return true;
    return refuse(error, u"not a compiled catalog of this version"_s);
}

bool damaged(QString *error)
{
    return refuse(error, u"the compiled catalog is truncated or damaged"_s);
}

bool finish(const BlobReader &in, QString *error)
{
    return in.atEnd() || damaged(error);
}

// Writes a language's strings where the first frame will look for them: the lengths in the
// index, the units in the section their kind of text belongs to.
class LanguageWriter final
{
public:
    BlobWriter &index() { return m_index; }

    void firstFrameText(const QString &text) { string(m_firstFrameText, text); }
    void bodyText(const QString &text) { string(m_bodyText, text); }
    void bodyTexts(const QStringList &texts)
    {
        m_index.u32(quint32(texts.size()));
        for (const QString &text : texts)
            bodyText(text);
    }
    void bodyTexts(const QList<VersionedText> &items)
    {
        m_index.u32(quint32(items.size()));
        for (const VersionedText &item : items) {
            bodyText(item.text);
            m_index.u32(quint32(item.versions.bits()));
        }
    }

    QByteArray blob(Language language) const
    {
        const std::array<const BlobWriter *, languageSectionCount> sections = {
            &m_index, &m_firstFrameText, &m_bodyText};
        BlobWriter header;
        header.u32(languageMagic);
        header.u32(languageLayoutVersion);
        header.u32(quint32(language));
        BlobWriter body;
        for (const BlobWriter *section : sections) {
            // The header is whole units too, so an even offset in `body` is one in the blob.
            body.alignTo(alignof(QChar));
            header.u32(quint32(languageHeaderBytes + body.size()));
            header.u32(quint32(section->size()));
            body.append(section->bytes());
        }
        header.append(body.bytes());
        return header.bytes();
    }

private:
    void string(BlobWriter &section, const QString &text)
    {
        m_index.u32(quint32(text.size()));
        section.utf16(text);
    }

    BlobWriter m_index;
    BlobWriter m_firstFrameText;
    BlobWriter m_bodyText;
};

// The sections the header names, or nothing when one lies outside the blob, overlaps the one
// before it, or starts or ends at an odd offset, where no UTF-16 unit can begin.
std::optional<LanguageSections> readSections(BlobReader &header, QByteArrayView blob)
{
    LanguageSections sections;
    qint64 used = languageHeaderBytes;
    for (QByteArrayView &section : sections) {
        const qint64 offset = header.u32();
        const qint64 size = header.u32();
        if (!header.ok() || offset < used || offset % 2 != 0 || size % 2 != 0 ||
            offset + size > blob.size())
            return std::nullopt;
        section = blob.sliced(offset, size);
        used = offset + size;
    }
    if (used != blob.size())
        return std::nullopt;
    return sections;
}

// Reads what LanguageWriter wrote, the three sections in step.
class LanguageReader final
{
public:
    LanguageReader(const LanguageSections &sections, BlobLifetime lifetime)
        : m_index(sections[0], BlobReader::ByteOrder::LittleEndian),
          m_firstFrameText(sections[1], BlobReader::ByteOrder::LittleEndian),
          m_bodyText(sections[2], BlobReader::ByteOrder::LittleEndian), m_lifetime(lifetime)
    {
    }

    BlobReader &index() { return m_index; }
    bool ok() const { return m_index.ok() && m_firstFrameText.ok() && m_bodyText.ok(); }
    bool atEnd() const { return m_index.atEnd() && m_firstFrameText.atEnd() && m_bodyText.atEnd(); }

    QString firstFrameText() { return m_firstFrameText.utf16(m_index.u32(), m_lifetime); }
    QString bodyText() { return m_bodyText.utf16(m_index.u32(), m_lifetime); }
    QStringList bodyTexts()
    {
        const quint32 count = m_index.count(4);
        QStringList texts;
        texts.reserve(count);
        for (quint32 i = 0; i < count && ok(); ++i)
            texts.append(bodyText());
        return texts;
    }
    QList<VersionedText> versionedBodyTexts()
    {
        const quint32 count = m_index.count(8);
        QList<VersionedText> items;
        items.reserve(count);
        for (quint32 i = 0; i < count && ok(); ++i) {
            VersionedText item;
            item.text = bodyText();
            item.versions = IisVersionSet::fromBits(m_index.u32());
            items.append(std::move(item));
        }
        return items;
    }

private:
    BlobReader m_index;
    BlobReader m_firstFrameText;
    BlobReader m_bodyText;
    BlobLifetime m_lifetime;
};

struct GroupTextAt {
    CodeKind kind;
    int group;
    GroupText text;
};

QList<GroupTextAt> readGroupTexts(LanguageReader &in)
{
    const quint32 count = in.index().count(16);
    QList<GroupTextAt> groups;
    groups.reserve(count);
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        const quint32 kind = in.index().u32();
        const qint32 group = in.index().i32();
        if (kind >= quint32(allCodeKinds.size())) {
            in.index().fail();
            break;
        }
        GroupTextAt at{CodeKind(kind), group, {}};
        at.text.title = in.firstFrameText();
        at.text.description = in.firstFrameText();
        groups.append(std::move(at));
    }
    return groups;
}

std::optional<EntryText> readEntryText(LanguageReader &in)
{
    const quint32 has = in.index().u32();
    if (has > 1)
        in.index().fail();
    if (has != 1)
        return std::nullopt;
    EntryText text;
    text.title = in.firstFrameText();
    text.meaning = in.bodyText();
    text.causes = in.versionedBodyTexts();
    text.fixSteps = in.versionedBodyTexts();
    text.notes = in.bodyTexts();
    text.keywords = in.bodyTexts();
    text.referenceTitles = in.bodyTexts();
    return text;
}

} // namespace

QByteArray CatalogBinary::writeFacts(const Catalog &catalog)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << factsMagic << factsLayoutVersion << quint32(catalog.entries().size());
    for (const Entry &entry : catalog.entries()) {
        out << entry.id << entry.aliases << quint32(entry.iisVersions.bits()) << entry.common
            << entry.symbol << quint32(entry.related.size());
        for (const CodeId &id : entry.related)
            out << id;
        out << quint32(entry.references.size());
        for (const Reference &reference : entry.references)
            out << qint32(reference.type) << reference.id << reference.section
                << QUrl(reference.url);
    }
    return bytes;
}

QByteArray CatalogBinary::writeLanguage(const Catalog &catalog, Language language)
{
    LanguageWriter out;
    QList<std::pair<CodeKind, int>> groups;
    for (CodeKind kind : allCodeKinds) {
        for (int group = 1; group <= traitsOf(kind).groupCount; ++group)
            groups.append({kind, group});
    }
    out.index().u32(quint32(groups.size()));
    for (const auto &[kind, group] : groups) {
        const GroupText text = catalog.groupText(kind, group, language);
        out.index().u32(quint32(kind));
        out.index().i32(group);
        out.firstFrameText(text.title);
        out.firstFrameText(text.description);
    }
    out.index().u32(quint32(catalog.entries().size()));
    for (const Entry &entry : catalog.entries()) {
        const bool has = entry.hasText(language);
        out.index().u32(has ? 1 : 0);
        if (!has)
            continue;
        const EntryText &text = entry.text(language);
        out.firstFrameText(text.title);
        out.bodyText(text.meaning);
        out.bodyTexts(text.causes);
        out.bodyTexts(text.fixSteps);
        out.bodyTexts(text.notes);
        out.bodyTexts(text.keywords);
        out.bodyTexts(text.referenceTitles);
    }
    return out.blob(language);
}

std::optional<Catalog> CatalogBinary::readFacts(const QByteArray &bytes, QString *error)
{
    BlobReader in(bytes);
    if (!readHeader(in, factsMagic, factsLayoutVersion, error))
        return std::nullopt;
    const quint32 count = in.u32();
    QList<Entry> entries;
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        Entry entry;
        entry.id = readCodeId(in);
        entry.aliases = in.stringList();
        entry.iisVersions = IisVersionSet::fromBits(in.u32());
        entry.common = in.boolean();
        entry.symbol = in.string();
        const quint32 related = in.u32();
        for (quint32 r = 0; r < related && in.ok(); ++r)
            entry.related.append(readCodeId(in));
        const quint32 references = in.u32();
        for (quint32 r = 0; r < references && in.ok(); ++r) {
            Reference reference;
            reference.type = Reference::Type(std::clamp(in.i32(), 0, 2));
            reference.id = in.string();
            reference.section = in.string();
            // As QDataStream reads a QUrl: its encoded form, empty for an invalid one.
            const QByteArray url = in.byteArray();
            reference.url = QString::fromLatin1(url);
            entry.references.append(std::move(reference));
        }
        entries.append(std::move(entry));
    }
    if (!finish(in, error))
        return std::nullopt;
    return Catalog(std::move(entries), {});
}

bool CatalogBinary::readLanguage(Catalog &catalog, const QByteArray &bytes, QString *error,
                                 BlobLifetime lifetime)
{
    if (lifetime == BlobLifetime::OutlivesStrings &&
        quintptr(bytes.constData()) % alignof(QChar) != 0)
        return refuse(error, u"the compiled language is not 2-byte aligned in memory, so its "
                             u"text cannot be borrowed"_s);
    BlobReader header(bytes, BlobReader::ByteOrder::LittleEndian);
    if (!readHeader(header, languageMagic, languageLayoutVersion, error))
        return false;
    const quint32 languageValue = header.u32();
    const std::optional<LanguageSections> sections = readSections(header, bytes);
    if (!sections || languageValue >= quint32(allLanguages.size()))
        return refuse(error, u"the compiled language's header is damaged"_s);
    const Language language = allLanguages[languageValue];

    LanguageReader in(*sections, lifetime);
    const QList<GroupTextAt> groups = readGroupTexts(in);
    // A text section can fail while the index still reads, so the count is trusted only once
    // every section is whole and it names exactly the facts' entries.
    const quint32 count = in.index().u32();
    if (!in.ok())
        return damaged(error);
    if (count != quint32(catalog.entries().size()))
        return refuse(error, u"the compiled language does not match the compiled facts"_s);
    QList<std::optional<EntryText>> texts;
    texts.reserve(count);
    for (quint32 i = 0; i < count && in.ok(); ++i)
        texts.append(readEntryText(in));
    // Nothing is applied from a damaged blob, so a catalog is never half one language.
    if (!in.atEnd())
        return damaged(error);
    for (const GroupTextAt &group : groups)
        catalog.setGroupText(group.kind, group.group, language, group.text);
    for (int i = 0; i < texts.size(); ++i) {
        if (texts[i])
            catalog.setText(i, language, *texts[i]);
    }
    return true;
}

} // namespace iisref
