// SPDX-License-Identifier: MIT
#include "FactsFileReader.h"

#include "CatalogJsonFile.h"
#include "JsonFieldReader.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

const QStringList knownEntryFields = {u"kind"_s,    u"code"_s,   u"aliases"_s, u"iisVersions"_s,
                                      u"related"_s, u"common"_s, u"symbol"_s,  u"references"_s};
const QStringList knownReferenceFields = {u"type"_s, u"id"_s, u"section"_s, u"url"_s};

// Why a reference is unusable, or empty when it is fine.
QString referenceProblem(const Reference &reference)
{
    // Old support articles are Q + six digits; newer ones are plain numbers (943891, 5005574).
    static const QRegularExpression kbId(u"^(Q\\d{6}|\\d{5,7})$"_s);
    static const QRegularExpression rfcId(u"^\\d{1,5}$"_s);
    static const QRegularExpression learnId(u"^[a-z0-9][a-z0-9-]*$"_s);
    switch (reference.type) {
    case Reference::Type::Kb:
        if (!kbId.match(reference.id).hasMatch())
            return u"a kb id is Q and six digits or a number such as 943891, found \""_s +
                   reference.id + u'"';
        break;
    case Reference::Type::Rfc:
        if (!rfcId.match(reference.id).hasMatch())
            return u"an rfc id is the RFC's number, found \""_s + reference.id + u'"';
        break;
    case Reference::Type::Learn:
        if (!learnId.match(reference.id).hasMatch())
            return u"a learn id is a lower-case slug, found \""_s + reference.id + u'"';
        if (reference.url.isEmpty())
            return u"a learn reference needs its \"url\""_s;
        break;
    }
    if (reference.url.isEmpty())
        return {};
    if (const QUrl url(reference.url, QUrl::StrictMode);
        !url.isValid() || url.scheme() != u"https"_s)
        return u"\"url\" must be an https address, found \""_s + reference.url + u'"';
    return {};
}

} // namespace

FactsFileReader::FactsFileReader(const QString &path) : m_path(path) {}

void FactsFileReader::report(int line, const QString &code, const QString &field,
                             const QString &message)
{
    m_issues.append({m_path, line, code, field, message});
}

bool FactsFileReader::read()
{
    const auto file = CatalogJsonFile::read(m_path, m_issues);
    if (!file)
        return false;
    const QJsonValue format = file->root.value(u"format"_s);
    if (format.toInt() != formatVersion) {
        report(1, {}, u"format"_s,
               u"must be "_s + QString::number(formatVersion) + u", found "_s +
                   (format.isDouble() ? QString::number(format.toDouble()) : jsonTypeName(format)));
        return false;
    }
    const QJsonValue entries = file->root.value(u"entries"_s);
    if (!entries.isArray()) {
        report(1, {}, u"entries"_s, u"must be an array, found "_s + jsonTypeName(entries));
        return false;
    }
    file->forEachEntry(
        entries.toArray(), u"code"_s,
        [this](int line, const QString &code, const QString &field, const QString &message) {
            report(line, code, field, message);
        },
        [this](const QJsonObject &object, int line) { return readEntry(object, line); },
        [this](const Entry &entry, int line) {
            m_entries.append(entry);
            m_entryLines.append(line);
        });
    return true;
}

std::optional<Entry> FactsFileReader::readEntry(const QJsonObject &object, int line)
{
    QString codeLabel =
        object.value(u"kind"_s).toString() + u':' + object.value(u"code"_s).toString();
    JsonFieldReader fields(object, [&](const QString &field, const QString &message) {
        report(line, codeLabel, field, message);
    });

    const QString kindText = fields.requiredString(u"kind"_s);
    const auto kind = codeKindFromKey(kindText);
    if (!kindText.isEmpty() && !kind)
        fields.fail(u"kind"_s,
                    u"must be "_s + codeKindChoices() + u", found \""_s + kindText + u'"');
    const QString codeText = fields.requiredString(u"code"_s);
    const auto id = kind ? CodeId::fromCanonical(*kind, codeText) : std::nullopt;
    if (kind && !codeText.isEmpty() && !id)
        fields.fail(u"code"_s,
                    u"must be "_s + traitsOf(*kind).formHint + u"; found \""_s + codeText + u'"');
    if (id)
        codeLabel = id->key();

    Entry entry;
    entry.aliases = fields.stringList(u"aliases"_s, false);
    entry.iisVersions = fields.versions(u"iisVersions"_s, true);
    entry.common = fields.optionalBool(u"common"_s);
    for (const QString &key : fields.stringList(u"related"_s, false)) {
        const auto target = CodeId::fromKey(key);
        if (!target) {
            fields.fail(u"related"_s, u"each item must be a code key such as \"http:403.14\" or "
                                      u"\"win32:5\", found \""_s +
                                          key + u'"');
            continue;
        }
        entry.related.append(*target);
    }
    entry.symbol = fields.optionalString(u"symbol"_s);
    // The symbol is how `net helpmsg` output and the Windows headers name a Win32 value.
    static const QRegularExpression symbolPattern(u"^[A-Z][A-Z0-9_]*$"_s);
    if (kind == CodeKind::Win32 && entry.symbol.isEmpty() && !object.contains(u"symbol"_s))
        fields.fail(u"symbol"_s,
                    u"a win32 entry needs its symbol, such as \"ERROR_ACCESS_DENIED\""_s);
    else if (kind != CodeKind::Win32 && object.contains(u"symbol"_s))
        fields.fail(u"symbol"_s, u"only win32 entries have a symbol"_s);
    else if (!entry.symbol.isEmpty() && !symbolPattern.match(entry.symbol).hasMatch())
        fields.fail(u"symbol"_s, u"must be an upper-case identifier such as "
                                 u"\"ERROR_ACCESS_DENIED\", found \""_s +
                                     entry.symbol + u'"');
    entry.references = readReferences(fields);
    fields.warnAboutUnknownFields(knownEntryFields);

    if (fields.failed() || !id)
        return std::nullopt;
    entry.id = *id;
    return entry;
}

QList<Reference> FactsFileReader::readReferences(JsonFieldReader &fields)
{
    QList<Reference> references;
    QSet<QString> seen;
    const QJsonArray array = fields.objectArray(u"references"_s);
    for (int i = 0; i < array.size(); ++i) {
        const QString item = u"item "_s + QString::number(i + 1) + u": "_s;
        JsonFieldReader inner(array[i].toObject(),
                              [&](const QString &field, const QString &message) {
                                  fields.fail(u"references"_s, item + field + u' ' + message);
                              });
        Reference reference;
        const QString typeText = inner.requiredString(u"type"_s);
        const auto type = Reference::typeFromKey(typeText);
        if (!typeText.isEmpty() && !type)
            inner.fail(u"type"_s, u"must be kb, learn or rfc, found \""_s + typeText + u'"');
        reference.type = type.value_or(Reference::Type::Kb);
        reference.id = inner.requiredString(u"id"_s);
        reference.section = inner.optionalString(u"section"_s);
        reference.url = inner.optionalString(u"url"_s);
        inner.warnAboutUnknownFields(knownReferenceFields);
        if (inner.failed())
            continue;
        if (const QString problem = referenceProblem(reference); !problem.isEmpty()) {
            fields.fail(u"references"_s, item + problem);
            continue;
        }
        // Encoded, as the compiled catalog keeps it.
        if (!reference.url.isEmpty())
            reference.url = QString::fromLatin1(QUrl(reference.url, QUrl::StrictMode).toEncoded());
        if (seen.contains(reference.titleKey())) {
            fields.fail(u"references"_s, item + u"cites "_s + reference.label() + u" twice"_s);
            continue;
        }
        seen.insert(reference.titleKey());
        references.append(reference);
    }
    return references;
}

} // namespace iisref
