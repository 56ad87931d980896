// SPDX-License-Identifier: MIT
#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace iisref {

// What `iisref [--lang L] [--catalog DIR] [--log PATH…] [QUERY… | PATH…]` asks of the window.
struct StartupOptions {
    Q_DECLARE_TR_FUNCTIONS(iisref::StartupOptions)

public:
    std::optional<Language> language; // --lang; overrides the remembered choice for this run
    QString catalogDirectory;         // --catalog; empty for the built-in catalog
    QString query;                    // the deep link: "403.14", "HTTP Error 500-12"
    QStringList logs;                 // --log PATH, or operands naming existing files/folders
    QStringList warnings;             // problems worth a line on stderr; never fatal

    static StartupOptions parse(const QStringList &arguments);
};

} // namespace iisref
