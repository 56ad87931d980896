// SPDX-License-Identifier: MIT
#include "Reference.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace iisref {

QString Reference::typeKey(Type type)
{
    switch (type) {
    case Type::Kb:
        return u"kb"_s;
    case Type::Learn:
        return u"learn"_s;
    case Type::Rfc:
        return u"rfc"_s;
    }
    return {};
}

std::optional<Reference::Type> Reference::typeFromKey(QStringView key)
{
    for (Type type : {Type::Kb, Type::Learn, Type::Rfc}) {
        if (key == typeKey(type))
            return type;
    }
    return std::nullopt;
}

QString Reference::label() const
{
    switch (type) {
    case Type::Kb:
        return u"KB "_s + id;
    case Type::Learn:
        return u"Microsoft Learn"_s;
    case Type::Rfc:
        return u"RFC "_s + id + (section.isEmpty() ? QString() : u" §"_s + section);
    }
    return id;
}

QUrl Reference::link() const
{
    if (!url.isEmpty())
        return QUrl(url);
    if (type == Type::Rfc) {
        // The RFC Editor's addresses have been stable for decades.
        QUrl rfc(u"https://www.rfc-editor.org/rfc/rfc"_s + id);
        if (!section.isEmpty())
            rfc.setFragment(u"section-"_s + section);
        return rfc;
    }
    // Old Q-numbers have no stable address since Microsoft retired support.microsoft.com/kb;
    // archives spell them "KB248072" and old pages "Q248072", so search for both.
    QString terms = label();
    if (type == Type::Kb) {
        const QString number = id.startsWith(u'Q') ? id.mid(1) : id;
        terms = u"Microsoft KB"_s + number + u" OR Q"_s + number;
    }
    QUrl search(u"https://www.bing.com/search"_s);
    QUrlQuery query;
    query.addQueryItem(u"q"_s, terms);
    search.setQuery(query);
    return search;
}

} // namespace iisref
