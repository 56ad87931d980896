// SPDX-License-Identifier: MIT
#include "CatalogBinary.h"

#include <QDataStream>
#include <QIODevice>

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

CodeId readCodeId(QDataStream &in)
{
    qint32 kind = 0;
    qint64 value = 0;
    qint32 substatus = 0;
    QString name;
    in >> kind >> value >> substatus >> name;
    if (kind < 0 || kind >= qint32(allCodeKinds.size())) {
        in.setStatus(QDataStream::ReadCorruptData);
        return {};
    }
    if (CodeKind(kind) == CodeKind::HttpErr)
        return CodeId::reason(name);
    return CodeId(CodeKind(kind), value, substatus);
}

// Qt's own `in >> QStringList` reserves whatever count the stream claims, so four damaged
// bytes ask for tens of gigabytes. Every string takes at least its 4-byte length, which bounds
// how many the rest of the stream can hold.
QStringList readStringList(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    const qint64 left = in.device() ? in.device()->bytesAvailable() : 0;
    if (qint64(count) > left / qint64(sizeof(quint32))) {
        in.setStatus(QDataStream::ReadCorruptData);
        return {};
    }
    QStringList strings;
    strings.reserve(count);
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString string;
        in >> string;
        strings.append(string);
    }
    return strings;
}

void writeTexts(QDataStream &out, const QList<VersionedText> &items)
{
    out << quint32(items.size());
    for (const VersionedText &item : items)
        out << item.text << quint32(item.versions.bits());
}

QList<VersionedText> readTexts(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    QList<VersionedText> items;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        VersionedText item;
        quint32 bits = 0;
        in >> item.text >> bits;
        item.versions = IisVersionSet::fromBits(bits);
        items.append(item);
    }
    return items;
}

bool readHeader(QDataStream &in, quint32 magic, QString *error)
{
    quint32 foundMagic = 0;
    quint32 foundVersion = 0;
    in >> foundMagic >> foundVersion;
    if (foundMagic == magic && foundVersion == layoutVersion)
        return true;
    if (error)
        *error = u"not a compiled catalog of this version"_s;
    return false;
}

bool finish(const QDataStream &in, QString *error)
{
    if (in.status() == QDataStream::Ok && in.atEnd())
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
            out << qint32(reference.type) << reference.id << reference.section << reference.url;
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
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    if (!readHeader(in, factsMagic, error))
        return std::nullopt;
    quint32 count = 0;
    in >> count;
    QList<Entry> entries;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Entry entry;
        entry.id = readCodeId(in);
        quint32 versions = 0;
        quint32 related = 0;
        entry.aliases = readStringList(in);
        in >> versions >> entry.common >> entry.symbol >> related;
        entry.iisVersions = IisVersionSet::fromBits(versions);
        for (quint32 r = 0; r < related && in.status() == QDataStream::Ok; ++r)
            entry.related.append(readCodeId(in));
        quint32 references = 0;
        in >> references;
        for (quint32 r = 0; r < references && in.status() == QDataStream::Ok; ++r) {
            Reference reference;
            qint32 type = 0;
            in >> type >> reference.id >> reference.section >> reference.url;
            reference.type = Reference::Type(std::clamp(type, 0, 2));
            entry.references.append(reference);
        }
        entries.append(entry);
    }
    if (!finish(in, error))
        return std::nullopt;
    return Catalog(entries, {});
}

bool CatalogBinary::readLanguage(Catalog &catalog, const QByteArray &bytes, QString *error)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    if (!readHeader(in, languageMagic, error))
        return false;
    qint32 languageValue = 0;
    quint32 groups = 0;
    in >> languageValue >> groups;
    const Language language = languageValue == qint32(Language::TraditionalChinese)
                                  ? Language::TraditionalChinese
                                  : Language::English;
    QList<std::pair<std::pair<qint32, qint32>, GroupText>> groupTexts;
    for (quint32 i = 0; i < groups && in.status() == QDataStream::Ok; ++i) {
        qint32 kind = 0;
        qint32 group = 0;
        GroupText text;
        in >> kind >> group >> text.title >> text.description;
        groupTexts.append({{kind, group}, text});
    }
    quint32 count = 0;
    in >> count;
    if (count != quint32(catalog.entries().size())) {
        if (error)
            *error = u"the compiled language does not match the compiled facts"_s;
        return false;
    }
    QList<std::optional<EntryText>> texts;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        bool has = false;
        in >> has;
        if (!has) {
            texts.append(std::nullopt);
            continue;
        }
        EntryText text;
        in >> text.title >> text.meaning;
        text.causes = readTexts(in);
        text.fixSteps = readTexts(in);
        text.notes = readStringList(in);
        text.keywords = readStringList(in);
        text.referenceTitles = readStringList(in);
        texts.append(text);
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
