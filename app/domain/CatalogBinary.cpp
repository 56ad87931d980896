// SPDX-License-Identifier: MIT
#include "CatalogBinary.h"

#include "BlobReader.h"

#include <QDataStream>
#include <QIODevice>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// Bumped whenever the layout changes; the build always writes what this code reads, so a
// mismatch means a stale file, never a user's.
constexpr quint32 factsMagic = 0x49495346;    // "IISF"
constexpr quint32 languageMagic = 0x4949534C; // "IISL"
constexpr quint32 layoutVersion = 1;

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

void writeTexts(QDataStream &out, const QList<VersionedText> &items)
{
    out << quint32(items.size());
    for (const VersionedText &item : items)
        out << item.text << quint32(item.versions.bits());
}

QList<VersionedText> readTexts(BlobReader &in)
{
    const quint32 count = in.u32();
    QList<VersionedText> items;
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        VersionedText item;
        item.text = in.string();
        item.versions = IisVersionSet::fromBits(in.u32());
        items.append(std::move(item));
    }
    return items;
}

bool readHeader(BlobReader &in, quint32 magic, QString *error)
{
    const quint32 foundMagic = in.u32();
    const quint32 foundVersion = in.u32();
    if (in.ok() && foundMagic == magic && foundVersion == layoutVersion)
        return true;
    if (error)
        *error = u"not a compiled catalog of this version"_s;
    return false;
}

bool finish(const BlobReader &in, QString *error)
{
    if (in.atEnd())
        return true;
    if (error)
        *error = u"the compiled catalog is truncated or damaged"_s;
    return false;
}

} // namespace

QByteArray CatalogBinary::writeFacts(const Catalog &catalog)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << factsMagic << layoutVersion << quint32(catalog.entries().size());
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
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << languageMagic << layoutVersion << qint32(language);
    QList<std::pair<std::pair<CodeKind, int>, GroupText>> groups;
    for (CodeKind kind : allCodeKinds) {
        for (int group = 1; group <= traitsOf(kind).groupCount; ++group)
            groups.append({{kind, group}, catalog.groupText(kind, group, language)});
    }
    out << quint32(groups.size());
    for (const auto &[where, text] : groups)
        out << qint32(where.first) << qint32(where.second) << text.title << text.description;
    out << quint32(catalog.entries().size());
    for (const Entry &entry : catalog.entries()) {
        const bool has = entry.hasText(language);
        out << has;
        if (!has)
            continue;
        const EntryText &text = entry.text(language);
        out << text.title << text.meaning;
        writeTexts(out, text.causes);
        writeTexts(out, text.fixSteps);
        out << text.notes << text.keywords << text.referenceTitles;
    }
    return bytes;
}

std::optional<Catalog> CatalogBinary::readFacts(const QByteArray &bytes, QString *error)
{
    BlobReader in(bytes);
    if (!readHeader(in, factsMagic, error))
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

bool CatalogBinary::readLanguage(Catalog &catalog, const QByteArray &bytes, QString *error)
{
    BlobReader in(bytes);
    if (!readHeader(in, languageMagic, error))
        return false;
    const qint32 languageValue = in.i32();
    const quint32 groups = in.u32();
    const Language language = languageValue == qint32(Language::TraditionalChinese)
                                  ? Language::TraditionalChinese
                                  : Language::English;
    QList<std::pair<std::pair<qint32, qint32>, GroupText>> groupTexts;
    for (quint32 i = 0; i < groups && in.ok(); ++i) {
        const qint32 kind = in.i32();
        const qint32 group = in.i32();
        GroupText text;
        text.title = in.string();
        text.description = in.string();
        groupTexts.append({{kind, group}, text});
    }
    const quint32 count = in.u32();
    if (in.ok() && count != quint32(catalog.entries().size())) {
        if (error)
            *error = u"the compiled language does not match the compiled facts"_s;
        return false;
    }
    QList<std::optional<EntryText>> texts;
    for (quint32 i = 0; i < count && in.ok(); ++i) {
        if (!in.boolean()) {
            texts.append(std::nullopt);
            continue;
        }
        EntryText text;
        text.title = in.string();
        text.meaning = in.string();
        text.causes = readTexts(in);
        text.fixSteps = readTexts(in);
        text.notes = in.stringList();
        text.keywords = in.stringList();
        text.referenceTitles = in.stringList();
        texts.append(std::move(text));
    }
    // Nothing is applied from a damaged blob, so a catalog is never half one language.
    if (!finish(in, error))
        return false;
    for (const auto &[where, text] : groupTexts) {
        if (where.first >= 0 && where.first < qint32(allCodeKinds.size()))
            catalog.setGroupText(CodeKind(where.first), where.second, language, text);
    }
    for (int i = 0; i < texts.size(); ++i) {
        if (texts[i])
            catalog.setText(i, language, *texts[i]);
    }
    return true;
}

} // namespace iisref
