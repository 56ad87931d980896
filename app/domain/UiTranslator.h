// SPDX-License-Identifier: MIT
#pragma once

#include "Language.h"

#include <QObject>
#include <QTranslator>

namespace iisref {

// Owns the translators for the UI's own strings and Qt's, and swaps them at run time so a
// language change needs no restart. Installing sends QEvent::LanguageChange to every widget.
class UiTranslator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiTranslator)

public:
    explicit UiTranslator(QObject *parent = nullptr);
    ~UiTranslator() override;

    Language language() const { return m_language; }
    // Returns false (and stays in English for UI strings) when a translation cannot be loaded.
    bool setLanguage(Language language);

private:
    void removeInstalled();

    Language m_language = Language::English;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_installed = false;
};

} // namespace iisref
