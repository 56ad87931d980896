// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace iisref {

enum class Language { English, TraditionalChinese };

inline constexpr std::array<Language, 2> allLanguages = {Language::English,
                                                         Language::TraditionalChinese};

// "en" or "zh_TW": the resource file stem, the --lang value and the settings value.
QString languageKey(Language language);
// Each language named in its own script, as a language picker must show it.
QString languageNativeName(Language language);
// Accepts "en", "zh_TW", and the spellings people type for them ("zh-TW", "zh_tw", "en_US").
std::optional<Language> languageFromKey(QStringView key);
// Traditional Chinese for zh_TW, zh_HK, zh_MO and any zh_Hant locale; English otherwise.
Language languageForLocale(const QLocale &locale);
Language otherLanguage(Language language);
constexpr int languageIndex(Language language)
{
    return language == Language::English ? 0 : 1;
}

} // namespace iisref
