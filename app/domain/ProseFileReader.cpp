// SPDX-License-Identifier: MIT
#include "ProseFileReader.h"

#include "CatalogJsonFile.h"
#include "JsonFieldReader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

const QStringList knownEntryFields = {u"key"_s,      u"title"_s, u"meaning"_s,  u"causes"_s,
                                      u"fixSteps"_s, u"notes"_s, u"keywords"_s, u"references"_s};

} // namespace

ProseFileReader::ProseFileReader(Language language, const QString &path)
    : m_language(language), m_path(path)
{
}

void ProseFileReader::report(int line, const QString &code, const QString &field,
                             const QString &message)
{
    m_issues.append({m_path, line, code, field, message});
}

bool ProseFileReader::read()
{
    const auto file = CatalogJsonFile::read(m_path, m_issues);
    if (!file)
        return false;
    const QJsonObject &root = file->root;
    const QString declaredLanguage = root.value(u"language"_s).toString();
    if (languageFromKey(declaredLanguage) != m_language) {
        report(1, {}, u"language"_s,
               u"must be \""_s + languageKey(m_language) + u"\", found \""_s + declaredLanguage +
                   u'"');
        return false;
    }
    if (!root.value(u"entries"_s).isArray()) {
        report(1, {}, u"entries"_s,
               u"must be an array, found "_s + jsonTypeName(root.value(u"entries"_s)));
        return false;
    }
    readGroups(root.value(u"groups"_s).toArray());
    file->forEachEntry(
        root.value(u"entries"_s).toArray(), u"key"_s,
        [this](int line, const QString &code, const QString &field, const QString &message) {
            report(line, code, field, message);
        },
        [this](const QJsonObject &object, int line) { return readEntry(object, line); },
        [this](const ProseRecord &record, int) { m_records.append(record); });
    return true;
}

void ProseFileReader::readGroups(const QJsonArray &array)
{
    QSet<QString> seen;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto kind = codeKindFromKey(object.value(u"kind"_s).toString());
        const int group = object.value(u"group"_s).toInt();
        const QString title = object.value(u"title"_s).toString().trimmed();
        if (!kind || group < 1 || group > traitsOf(*kind).groupCount || title.isEmpty()) {
            report(0, {}, u"groups"_s,
                   u"each item needs a \"kind\" ("_s + codeKindChoices() +
                       u"), a \"group\" number the kind has and a \"title\""_s);
            continue;
        }
        seen.insert(codeKindKey(*kind) + u'/' + QString::number(group));
        m_groups.append(
            {*kind, group, {title, object.value(u"description"_s).toString().trimmed()}});
    }
    for (CodeKind kind : allCodeKinds) {
        for (int group = 1; group <= traitsOf(kind).groupCount; ++group) {
            if (!seen.contains(codeKindKey(kind) + u'/' + QString::number(group)))
                report(0, {}, u"groups"_s,
                       u"no title for group "_s + QString::number(group) + u" of "_s +
                           codeKindDisplayName(kind));
        }
    }
}

std::optional<ProseRecord> ProseFileReader::readEntry(const QJsonObject &object, int line)
{
    QString codeLabel = object.value(u"key"_s).toString();
    JsonFieldReader fields(object, [&](const QString &field, const QString &message) {
        report(line, codeLabel, field, message);
    });

    const QString key = fields.requiredString(u"key"_s);
    const auto id = CodeId::fromKey(key);
    if (!key.isEmpty() && !id)
        fields.fail(u"key"_s, u"must be a code key such as \"http:403.14\" or \"win32:5\"; "
                              u"found \""_s +
                                  key + u'"');
    if (id)
        codeLabel = id->key();

    ProseRecord record;
    record.line = line;
    EntryText &text = record.text;
    text.title = fields.requiredString(u"title"_s);
    text.meaning = fields.requiredString(u"meaning"_s);
    text.causes = fields.versionedTexts(u"causes"_s);
    text.fixSteps = fields.versionedTexts(u"fixSteps"_s);
    text.notes = fields.stringList(u"notes"_s, false);
    text.keywords = fields.stringList(u"keywords"_s, false);
    const QJsonValue references = object.value(u"references"_s);
    if (!references.isUndefined() && !references.isObject())
        fields.fail(u"references"_s, u"must be an object of reference ids and titles, found "_s +
                                         jsonTypeName(references));
    const QJsonObject titles = references.toObject();
    for (auto it = titles.constBegin(); it != titles.constEnd(); ++it) {
        const QString title = it.value().toString().trimmed();
        if (title.isEmpty())
            fields.fail(u"references"_s,
                        u"the title of \""_s + it.key() + u"\" must be a non-empty string"_s);
        record.referenceTitles.insert(it.key(), title);
    }
    fields.warnAboutUnknownFields(knownEntryFields);
    if (fields.failed() || !id)
        return std::nullopt;
    record.id = *id;
    return record;
}

} // namespace iisref
