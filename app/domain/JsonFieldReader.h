// SPDX-License-Identifier: MIT
#pragma once

#include "Entry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace iisref {

// "a string", "an array": how a message names what it found instead of what it wanted.
QString jsonTypeName(const QJsonValue &value);

// Reads the fields of one catalog object and reports each problem through the reporter, which
// knows the object's file, line and code. A failed field marks the whole object as unusable;
// a warning does not.
class JsonFieldReader final
{
public:
    using Reporter = std::function<void(const QString &field, const QString &message)>;

    JsonFieldReader(const QJsonObject &object, Reporter reporter);

    bool failed() const { return m_failed; }

    QString requiredString(const QString &field);
    QString optionalString(const QString &field);
    QStringList stringList(const QString &field, bool required);
    bool optionalBool(const QString &field);
    QJsonArray objectArray(const QString &field);
    // ["6.0", "7.0-10.0"]; required fields must name at least one version.
    IisVersionSet versions(const QString &field, bool required);
    // Strings, or {"text": …, "iisVersions": […]} for text that applies to some releases only.
    QList<VersionedText> versionedTexts(const QString &field);
    // Reports every key the object has beyond `known`, as a likely misspelling.
    void warnAboutUnknownFields(const QStringList &known);

    void fail(const QString &field, const QString &message);
    void warn(const QString &field, const QString &message);

private:
    QJsonObject m_object;
    Reporter m_report;
    bool m_failed = false;
};

} // namespace iisref
