// SPDX-License-Identifier: MIT
#include "JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace iisref {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, Reporter reporter)
    : m_object(object), m_report(std::move(reporter))
{
}

QString JsonFieldReader::requiredString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(field, value.isString() ? u"must not be empty"_s
                                     : u"must be a string, found "_s + jsonTypeName(value));
        return {};
    }
    return value.toString().trimmed();
}

QString JsonFieldReader::optionalString(const QString &field)
{
    if (!m_object.contains(field))
        return {};
    return requiredString(field);
}

QStringList JsonFieldReader::stringList(const QString &field, bool required)
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
            fail(field, expectation + u", item "_s + QString::number(i + 1) + u" is "_s +
                            (array[i].isString() ? u"empty"_s : jsonTypeName(array[i])));
            return {};
        }
        strings.append(text);
    }
    if (required && strings.isEmpty())
        fail(field, expectation + u", found an empty array"_s);
    return strings;
}

bool JsonFieldReader::optionalBool(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (!value.isUndefined() && !value.isBool())
        fail(field, u"must be true or false, found "_s + jsonTypeName(value));
    return value.toBool();
}

QJsonArray JsonFieldReader::objectArray(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(field, u"must be an array of objects, found "_s + jsonTypeName(value));
        return {};
    }
    QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(field, u"item "_s + QString::number(i + 1) + u" must be an object, found "_s +
                            jsonTypeName(array.at(i)));
            return {};
        }
    }
    return array;
}

IisVersionSet JsonFieldReader::versions(const QString &field, bool required)
{
    const QStringList ranges = stringList(field, required);
    QString error;
    const auto set = IisVersionSet::fromRanges(ranges, &error);
    if (!set) {
        fail(field, error);
        return {};
    }
    return *set;
}

QList<VersionedText> JsonFieldReader::versionedTexts(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    const QString expectation =
        u"must be a non-empty array of strings or {\"text\", \"iisVersions\"} objects"_s;
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(field, expectation + u", found "_s +
                        (value.isArray() ? u"an empty array"_s : jsonTypeName(value)));
        return {};
    }
    QList<VersionedText> texts;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString item = u"item "_s + QString::number(i + 1);
        if (array[i].isObject()) {
            JsonFieldReader inner(array[i].toObject(),
                                  [&](const QString &, const QString &message) {
                                      fail(field, item + u": "_s + message);
                                  });
            VersionedText text{inner.requiredString(u"text"_s),
                               inner.versions(u"iisVersions"_s, true)};
            inner.warnAboutUnknownFields({u"text"_s, u"iisVersions"_s});
            if (!inner.failed())
                texts.append(text);
            continue;
        }
        const QString text = array[i].toString().trimmed();
        if (!array[i].isString() || text.isEmpty()) {
            fail(field, expectation + u", "_s + item + u" is "_s +
                            (array[i].isString() ? u"empty"_s : jsonTypeName(array[i])));
            return {};
        }
        texts.append({text, {}});
    }
    return texts;
}

void JsonFieldReader::warnAboutUnknownFields(const QStringList &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            warn(it.key(), u"unknown field, ignored (a misspelling?)"_s);
    }
}

void JsonFieldReader::fail(const QString &field, const QString &message)
{
    m_failed = true;
    m_report(field, message);
}

void JsonFieldReader::warn(const QString &field, const QString &message)
{
    m_report(field, message);
}

} // namespace iisref
