// SPDX-License-Identifier: MIT
#include "ResourceFileReader.h"

#include "BoundedFileReader.h"
#include "JsonLineIndex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

const QStringList knownEntryFields = {
    u"protocol"_s, u"code"_s,     u"aliases"_s,  u"title"_s,       u"meaning"_s,
    u"causes"_s,   u"fixSteps"_s, u"kbArticles"_s, u"iisVersions"_s, u"notes"_s,
    u"keywords"_s, u"related"_s,  u"common"_s};
const QStringList knownIisVersions = {u"4.0"_s, u"5.0"_s, u"6.0"_s};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"missing"_s;
}

// Reads the fields of one entry object and reports each problem with the entry's line and code.
class FieldReader
{
public:
    using Reporter = std::function<void(const QString &field, const QString &message)>;

    FieldReader(const QJsonObject &object, Reporter reporter)
        : m_object(object), m_report(std::move(reporter))
    {
    }

    bool failed() const { return m_failed; }

    QString requiredString(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(field, value.isString() ? u"must not be empty"_s
                                         : u"must be a string, found "_s + jsonTypeName(value));
            return {};
        }
        return value.toString().trimmed();
    }

    QStringList stringList(const QString &field, bool required)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() && !required)
            return {};
        const QString expectation = required ? u"must be a non-empty array of non-empty strings"_s
                                             : u"must be an array of non-empty strings"_s;
        if (!value.isArray()) {
            fail(field, expectation + u", found "_s + jsonTypeName(value));
            return {};
        }
        QStringList strings;
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString text = array[i].toString().trimmed();
            if (!array[i].isString() || text.isEmpty()) {
                fail(field, expectation + u", item "_s + QString::number(i + 1) + u" is "_s
                                + (array[i].isString() ? u"empty"_s : jsonTypeName(array[i])));
                return {};
            }
            strings.append(text);
        }
        if (required && strings.isEmpty())
            fail(field, expectation + u", found an empty array"_s);
        return strings;
    }

    QJsonArray objectArray(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(field, u"must be an array of objects, found "_s + jsonTypeName(value));
            return {};
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array[i].isObject()) {
                fail(field, u"item "_s + QString::number(i + 1) + u" must be an object, found "_s
                                + jsonTypeName(array[i]));
                return {};
            }
        }
        return array;
    }

    void fail(const QString &field, const QString &message)
    {
        m_failed = true;
        m_report(field, message);
    }

    void warn(const QString &field, const QString &message) { m_report(field, message); }

private:
    QJsonObject m_object;
    Reporter m_report;
    bool m_failed = false;
};

std::optional<CodeId> readCodeReference(const QJsonObject &object)
{
    const auto protocol = protocolFromKey(object.value(u"protocol"_s).toString());
    if (!protocol)
        return std::nullopt;
    return CodeId::fromCanonical(*protocol, object.value(u"code"_s).toString());
}

} // namespace

ResourceFileReader::ResourceFileReader(Language language, const QString &path)
    : m_language(language), m_path(path)
{
}

void ResourceFileReader::report(int line, const QString &code, const QString &field,
                                const QString &message)
{
    m_issues.append({m_path, line, code, field, message});
}

bool ResourceFileReader::read()
{
    // Far above the built-in files (under 300 KiB), far below what would hurt to hold twice.
    BoundedFileReader file(16 * 1024 * 1024);
    if (!file.read(m_path)) {
        report(0, {}, {}, file.errorString());
        return false;
    }
    const QByteArray raw = file.data();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report(JsonLineIndex::lineOfOffset(raw, parseError.offset), {}, {},
               u"invalid JSON: "_s + parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        report(1, {}, {}, u"must hold a JSON object with \"language\" and \"entries\""_s);
        return false;
    }
    const QJsonObject root = document.object();
    const QString declaredLanguage = root.value(u"language"_s).toString();
    if (languageFromKey(declaredLanguage) != m_language) {
        report(1, {}, u"language"_s,
               u"must be \""_s + languageKey(m_language) + u"\", found \""_s + declaredLanguage
                   + u'"');
        return false;
    }
    if (!root.value(u"entries"_s).isArray()) {
        report(1, {}, u"entries"_s,
               u"must be an array, found "_s + jsonTypeName(root.value(u"entries"_s)));
        return false;
    }
    readStatusClasses(root.value(u"classes"_s).toArray());
    readEntries(root.value(u"entries"_s).toArray(), raw);
    return true;
}

void ResourceFileReader::readStatusClasses(const QJsonArray &array)
{
    QSet<QString> seen;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto protocol = protocolFromKey(object.value(u"protocol"_s).toString());
        const int statusClass = object.value(u"class"_s).toInt();
        const QString title = object.value(u"title"_s).toString().trimmed();
        if (!protocol || statusClass < 1 || statusClass > 5 || title.isEmpty()) {
            report(0, {}, u"classes"_s,
                   u"each item needs \"protocol\", \"class\" (1-5) and a \"title\""_s);
            continue;
        }
        seen.insert(protocolKey(*protocol) + QString::number(statusClass));
        m_statusClasses.append(
            {*protocol, statusClass, {title, object.value(u"description"_s).toString().trimmed()}});
    }
    for (Protocol protocol : {Protocol::Http, Protocol::Ftp}) {
        for (int statusClass = 1; statusClass <= 5; ++statusClass) {
            if (!seen.contains(protocolKey(protocol) + QString::number(statusClass)))
                report(0, {}, u"classes"_s,
                       u"no title for "_s + protocolDisplayName(protocol) + u' '
                           + QString::number(statusClass) + u"xx"_s);
        }
    }
}

void ResourceFileReader::readEntries(const QJsonArray &array, const QByteArray &raw)
{
    const JsonLineIndex lines(raw, u"entries"_s);
    QSet<CodeId> seen;
    for (int i = 0; i < array.size(); ++i) {
        const int line = lines.lineOfElement(i);
        if (!array[i].isObject()) {
            report(line, {}, {},
                   u"entry "_s + QString::number(i + 1) + u" must be an object, found "_s
                       + jsonTypeName(array[i]));
            continue;
        }
        auto entry = readEntry(array[i].toObject(), line);
        if (!entry)
            continue;
        if (seen.contains(entry->id)) {
            report(line, entry->id.key(), u"code"_s,
                   u"duplicate code: this entry is ignored, the first one is kept"_s);
            continue;
        }
        seen.insert(entry->id);
        m_entries.append(*entry);
        m_entryLines.append(line);
    }
}

std::optional<Entry> ResourceFileReader::readEntry(const QJsonObject &object, int line)
{
    QString codeLabel = object.value(u"protocol"_s).toString() + u':'
                        + object.value(u"code"_s).toString();
    FieldReader fields(object, [&](const QString &field, const QString &message) {
        report(line, codeLabel, field, message);
    });

    const QString protocolText = fields.requiredString(u"protocol"_s);
    const auto protocol = protocolFromKey(protocolText);
    if (!protocolText.isEmpty() && !protocol)
        fields.fail(u"protocol"_s, u"must be \"http\" or \"ftp\", found \""_s + protocolText + u'"');
    const QString codeText = fields.requiredString(u"code"_s);
    const auto id = protocol ? CodeId::fromCanonical(*protocol, codeText) : std::nullopt;
    if (protocol && !codeText.isEmpty() && !id)
        fields.fail(u"code"_s, u"must be a status from 100 to 599 with an optional \".N\" "
                               u"substatus, such as \"403.14\"; found \""_s
                                   + codeText + u'"');
    if (id)
        codeLabel = id->key();

    Entry entry;
    EntryText text;
    text.title = fields.requiredString(u"title"_s);
    text.meaning = fields.requiredString(u"meaning"_s);
    text.causes = fields.stringList(u"causes"_s, true);
    text.fixSteps = fields.stringList(u"fixSteps"_s, true);
    text.notes = fields.stringList(u"notes"_s, false);
    text.keywords = fields.stringList(u"keywords"_s, false);
    entry.aliases = fields.stringList(u"aliases"_s, false);
    entry.iisVersions = fields.stringList(u"iisVersions"_s, true);
    for (const QString &version : std::as_const(entry.iisVersions)) {
        if (!knownIisVersions.contains(version))
            fields.fail(u"iisVersions"_s, u"unknown IIS version \""_s + version
                                              + u"\"; expected 4.0, 5.0 or 6.0"_s);
    }

    static const QRegularExpression kbId(u"^Q\\d{6}$"_s);
    for (const QJsonValue &value : fields.objectArray(u"kbArticles"_s)) {
        const QJsonObject article = value.toObject();
        const QString articleId = article.value(u"id"_s).toString();
        const QString articleTitle = article.value(u"title"_s).toString().trimmed();
        if (!kbId.match(articleId).hasMatch() || articleTitle.isEmpty()) {
            fields.fail(u"kbArticles"_s, u"each article needs an \"id\" such as \"Q248072\" and a "
                                         u"\"title\"; found id \""_s
                                             + articleId + u'"');
            continue;
        }
        text.kbArticles.append({articleId, articleTitle});
    }
    for (const QJsonValue &value : fields.objectArray(u"related"_s)) {
        const auto target = readCodeReference(value.toObject());
        if (!target) {
            fields.fail(u"related"_s, u"each item needs \"protocol\" (\"http\" or \"ftp\") and a "
                                      u"dotted \"code\""_s);
            continue;
        }
        entry.related.append(*target);
    }
    const QJsonValue common = object.value(u"common"_s);
    if (!common.isUndefined() && !common.isBool())
        fields.fail(u"common"_s, u"must be true or false, found "_s + jsonTypeName(common));
    entry.common = common.toBool();

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownEntryFields.contains(it.key()))
            fields.warn(it.key(), u"unknown field, ignored (a misspelling?)"_s);
    }
    if (fields.failed() || !id)
        return std::nullopt;
    entry.id = *id;
    entry.texts[languageIndex(m_language)] = text;
    return entry;
}

} // namespace iisref
