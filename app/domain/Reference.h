// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace iisref {

// Where a fact can be read at its source. Titles are prose and live with each language.
struct Reference {
    enum class Type { Kb, Learn, Rfc };

    Type type = Type::Kb;
    QString id;      // "Q248072", "943891", "9110", a Learn page's slug
    QString section; // an RFC section such as "15.5.4"; empty otherwise
    // Where a stable address is known, encoded ("https://learn.microsoft.com/…"); empty
    // otherwise. Text rather than a QUrl: parsing a thousand addresses cost the first frame
    // more than a millisecond, and only the one a user opens needs it.
    QString url;

    static QString typeKey(Type type);
    static std::optional<Type> typeFromKey(QStringView key);

    // "KB Q248072", "KB 943891", "RFC 9110 §15.5.4", "Microsoft Learn": what a person cites.
    QString label() const;
    // The page itself when its address is known, else a web search for the label.
    QUrl link() const;
    // How each language's file names this reference to give its title: "Q248072", "9110#15.5.4".
    QString titleKey() const { return section.isEmpty() ? id : id + u'#' + section; }
};

} // namespace iisref
