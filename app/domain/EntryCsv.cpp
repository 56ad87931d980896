// SPDX-License-Identifier: MIT
#include "EntryCsv.h"

#include "EntryFormatter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

// A number, or empty where the JSON has none (an FTP reply's substatus) or null.
QString numberOrEmpty(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

} // namespace

const QStringList &EntryCsv::columns()
{
    static const QStringList names = {u"kind"_s,      u"code"_s,        u"protocol"_s, u"status"_s,
                                      u"substatus"_s, u"hex"_s,         u"symbol"_s,   u"title"_s,
                                      u"meaning"_s,   u"iisVersions"_s, u"common"_s,   u"related"_s,
                                      u"references"_s};
    return names;
}

QStringList EntryCsv::values(const Entry &entry, Language language)
{
    // Which kinds carry a protocol, a status, a hex value or a symbol is toJson()'s rule;
    // reading it back keeps one rule, where a second copy here could drift from it.
    const QJsonObject json = EntryFormatter::toJson(entry, language);
    QStringList related;
    for (const CodeId &id : entry.related)
        related.append(id.key());
    QStringList references;
    // A Learn page is named by its address: every one has the same label.
    for (const Reference &reference : entry.references)
        references.append(reference.type == Reference::Type::Learn ? reference.link().toString()
                                                                   : reference.label());
    return {json.value(u"kind"_s).toString(),
            json.value(u"code"_s).toString(),
            json.value(u"protocol"_s).toString(),
            numberOrEmpty(json.value(u"status"_s)),
            numberOrEmpty(json.value(u"substatus"_s)),
            json.value(u"hex"_s).toString(),
            json.value(u"symbol"_s).toString(),
            json.value(u"title"_s).toString(),
            json.value(u"meaning"_s).toString(),
            entry.iisVersions.ranges().join(u';'),
            entry.common ? u"true"_s : u"false"_s,
            related.join(u';'),
            references.join(u';')};
}

QString EntryCsv::field(const QString &value)
{
    static constexpr QStringView special = u",\"\r\n";
    if (std::none_of(value.begin(), value.end(), [](QChar c) { return special.contains(c); }))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString EntryCsv::table(const QList<const Entry *> &entries, Language language)
{
    // The last row ends with CR LF too, which RFC 4180 allows: a text file's last line ends.
    QString csv = columns().join(u',') + u"\r\n"_s;
    for (const Entry *entry : entries) {
        QStringList fields;
        for (const QString &value : values(*entry, language))
            fields.append(field(value));
        csv += fields.join(u',') + u"\r\n"_s;
    }
    return csv;
}

} // namespace iisref
