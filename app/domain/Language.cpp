// SPDX-License-Identifier: MIT
#include "Language.h"

using namespace Qt::StringLiterals;

namespace iisref {

QString languageKey(Language language)
{
    return language == Language::English ? u"en"_s : u"zh_TW"_s;
}

QString languageNativeName(Language language)
{
    return language == Language::English ? u"English"_s : u"繁體中文"_s;
}

std::optional<Language> languageFromKey(QStringView key)
{
    QString normalized = key.trimmed().toString().toLower();
    normalized.replace(u'-', u'_');
    if (normalized == u"en" || normalized.startsWith(u"en_"))
        return Language::English;
    if (normalized == u"zh_tw" || normalized == u"zh_hant" || normalized == u"zh_hant_tw")
        return Language::TraditionalChinese;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return Language::English;
    if (locale.script() == QLocale::TraditionalChineseScript)
        return Language::TraditionalChinese;
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macao:
        return Language::TraditionalChinese;
    default:
        return Language::English;
    }
}

Language otherLanguage(Language language)
{
    return language == Language::English ? Language::TraditionalChinese : Language::English;
}

} // namespace iisref
