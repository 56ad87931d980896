// SPDX-License-Identifier: MIT
#include "EntryClipboard.h"

#include "EntryFormatter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace iisref {

QMimeData *EntryClipboard::mimeData(const QString &plain, const QString &html,
                                    const QString &markdown)
{
    auto *data = new QMimeData;
    data->setText(plain);
    if (!html.isEmpty())
        data->setHtml(html);
    if (!markdown.isEmpty())
        data->setData(u"text/markdown"_s, markdown.toUtf8());
    return data;
}

void EntryClipboard::publish(const QString &plain, const QString &html, const QString &markdown)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // The clipboard takes ownership, so each mode needs its own QMimeData.
    clipboard->setMimeData(mimeData(plain, html, markdown), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setMimeData(mimeData(plain, html, markdown), QClipboard::Selection);
}

void EntryClipboard::copyFixSteps(const Entry &entry, Language language, const IisVersionSet &iis)
{
    publish(EntryFormatter::fixStepsPlainText(entry, language, iis),
            EntryFormatter::fixStepsHtml(entry, language, iis),
            EntryFormatter::fixStepsMarkdown(entry, language, iis));
}

void EntryClipboard::copyEntry(const Entry &entry, Language language, const IisVersionSet &iis)
{
    publish(EntryFormatter::entryPlainText(entry, language, iis),
            EntryFormatter::entryHtml(entry, language, iis), {});
}

void EntryClipboard::copyText(const QString &text)
{
    publish(text, {}, {});
}

} // namespace iisref
