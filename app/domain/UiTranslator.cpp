// SPDX-License-Identifier: MIT
#include "UiTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace iisref {

UiTranslator::UiTranslator(QObject *parent) : QObject(parent) {}

UiTranslator::~UiTranslator()
{
    removeInstalled();
}

void UiTranslator::removeInstalled()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_installed = false;
}

bool UiTranslator::setLanguage(Language language)
{
    removeInstalled();
    m_language = language;
    if (language == Language::English) {
        // English is the source text; its translation holds only the plural forms.
        const bool loaded = m_appTranslator.load(u":/i18n/iisref_en.qm"_s);
        if (loaded)
            QCoreApplication::installTranslator(&m_appTranslator);
        m_installed = loaded;
        return true;
    }
    const QLocale locale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const bool appLoaded = m_appTranslator.load(locale, u"iisref"_s, u"_"_s, u":/i18n"_s);
    // Qt's own strings (standard dialog buttons, context menus) come from the system's Qt
    // translations when they are installed; their absence is not an error.
    const bool qtLoaded = m_qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (appLoaded)
        QCoreApplication::installTranslator(&m_appTranslator);
    m_installed = appLoaded || qtLoaded;
    return appLoaded;
}

} // namespace iisref
