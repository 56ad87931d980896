// SPDX-License-Identifier: MIT
#include "EntryFormatter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

QJsonArray toJsonArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QString numbered(const QStringList &items)
{
    QStringList lines;
    for (int i = 0; i < items.size(); ++i)
        lines.append(QString::number(i + 1) + u". "_s + items[i]);
    return lines.join(u'\n');
}

QString bulleted(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines.append(u"- "_s + item);
    return lines.join(u'\n');
}

QString htmlList(const QString &tag, const QStringList &items)
{
    QString html = u'<' + tag + u'>';
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</"_s + tag + u'>';
}

// `kind` and the code as displayed; `protocol` too on HTTP and FTP entries, which scripts
// written before the other kinds existed still read.
QJsonObject codeIdentity(const CodeId &id)
{
    QJsonObject object{{u"kind"_s, codeKindKey(id.kind())}, {u"code"_s, id.code()}};
    if (id.kind() == CodeKind::Http || id.kind() == CodeKind::Ftp)
        object.insert(u"protocol"_s, codeKindKey(id.kind()));
    return object;
}

QJsonArray referencesJson(const Entry &entry, const EntryText &text, bool kbOnly)
{
    QJsonArray array;
    for (qsizetype i = 0; i < entry.references.size(); ++i) {
        const Reference &reference = entry.references[i];
        const QString title = text.referenceTitles.value(i);
        if (kbOnly) {
            // The shape scripts knew as "kbArticles" before references had types.
            if (reference.type == Reference::Type::Kb)
                array.append(QJsonObject{{u"id"_s, reference.id}, {u"title"_s, title}});
            continue;
        }
        QJsonObject object{{u"type"_s, Reference::typeKey(reference.type)},
                           {u"id"_s, reference.id},
                           {u"label"_s, reference.label()},
                           {u"title"_s, title},
                           {u"url"_s, reference.link().toString()}};
        if (!reference.section.isEmpty())
            object.insert(u"section"_s, reference.section);
        array.append(object);
    }
    return array;
}

QString section(const QString &heading, const QString &body)
{
    return heading + u'\n' + body + u'\n';
}

} // namespace

QJsonObject EntryFormatter::toJson(const Entry &entry, Language language, const IisVersionSet &iis)
{
    const EntryText &text = entry.text(language);
    QJsonArray related;
    for (const CodeId &id : entry.related)
        related.append(codeIdentity(id));
    QJsonObject object = codeIdentity(entry.id);
    if (entry.id.traits().groupsByClassDigit) {
        object.insert(u"status"_s, entry.id.status());
        object.insert(u"substatus"_s,
                      entry.id.hasSubstatus() ? QJsonValue(entry.id.substatus()) : QJsonValue());
        object.insert(u"class"_s, QString(QString::number(entry.id.group()) + u"xx"_s));
    }
    if (entry.id.kind() == CodeKind::Win32) {
        object.insert(u"hex"_s, entry.id.hex());
        object.insert(u"symbol"_s, entry.symbol);
    }
    object.insert(u"aliases"_s, toJsonArray(entry.aliases));
    object.insert(u"language"_s,
                  languageKey(entry.hasText(language) ? language : otherLanguage(language)));
    object.insert(u"title"_s, text.title);
    object.insert(u"meaning"_s, text.meaning);
    object.insert(u"causes"_s, toJsonArray(itemTexts(entry, text.causes, iis)));
    object.insert(u"fixSteps"_s, toJsonArray(itemTexts(entry, text.fixSteps, iis)));
    object.insert(u"references"_s, referencesJson(entry, text, false));
    object.insert(u"kbArticles"_s, referencesJson(entry, text, true));
    object.insert(u"iisVersions"_s, toJsonArray(entry.iisVersions.versions()));
    object.insert(u"notes"_s, toJsonArray(text.notes));
    object.insert(u"keywords"_s, toJsonArray(text.keywords));
    object.insert(u"related"_s, related);
    object.insert(u"common"_s, entry.common);
    return object;
}

QString EntryFormatter::headerLine(const Entry &entry, Language language)
{
    return entry.id.displayName() + u" — "_s + entry.text(language).title;
}

QString EntryFormatter::iisVersionsText(const Entry &entry)
{
    return entry.iisVersions.displayText();
}

QString EntryFormatter::factsLine(const Entry &entry)
{
    QStringList parts;
    if (!entry.symbol.isEmpty())
        parts.append(entry.symbol);
    if (entry.id.kind() == CodeKind::Win32)
        parts.append(entry.id.hex());
    if (!entry.iisVersions.isEmpty())
        parts.append(iisVersionsText(entry));
    return parts.join(u" · "_s);
}

QStringList EntryFormatter::itemTexts(const Entry &entry, const QList<VersionedText> &items,
                                      const IisVersionSet &iis)
{
    QStringList texts;
    for (const VersionedText &item : items) {
        if (!item.appliesTo(iis))
            continue;
        const bool narrower = !item.versions.isEmpty() && item.versions != entry.iisVersions;
        texts.append(narrower ? item.versions.displayText() + u": "_s + item.text : item.text);
    }
    return texts;
}

QStringList EntryFormatter::referenceLines(const Entry &entry, Language language)
{
    const EntryText &text = entry.text(language);
    QStringList lines;
    for (qsizetype i = 0; i < entry.references.size(); ++i)
        lines.append(entry.references[i].label() + u" — "_s + text.referenceTitles.value(i));
    return lines;
}

QString EntryFormatter::fixStepsPlainText(const Entry &entry, Language language,
                                          const IisVersionSet &iis)
{
    return headerLine(entry, language) + u'\n' +
           numbered(itemTexts(entry, entry.text(language).fixSteps, iis)) + u'\n';
}

QString EntryFormatter::fixStepsHtml(const Entry &entry, Language language,
                                     const IisVersionSet &iis)
{
    return u"<p><b>"_s + headerLine(entry, language).toHtmlEscaped() + u"</b></p>"_s +
           fixStepsListHtml(entry, language, iis);
}

QString EntryFormatter::fixStepsMarkdown(const Entry &entry, Language language,
                                         const IisVersionSet &iis)
{
    return u"**"_s + headerLine(entry, language) + u"**\n\n"_s +
           numbered(itemTexts(entry, entry.text(language).fixSteps, iis)) + u'\n';
}

QString EntryFormatter::entryPlainText(const Entry &entry, Language language,
                                       const IisVersionSet &iis)
{
    const EntryText &text = entry.text(language);
    QString out = headerLine(entry, language) + u'\n' + factsLine(entry) + u"\n\n"_s;
    if (!text.notes.isEmpty())
        out += section(notesHeading(), bulleted(text.notes)) + u'\n';
    out += section(meaningHeading(), text.meaning) + u'\n';
    out += section(causesHeading(), bulleted(itemTexts(entry, text.causes, iis))) + u'\n';
    if (!entry.references.isEmpty())
        out += section(referencesHeading(), bulleted(referenceLines(entry, language))) + u'\n';
    out += section(fixStepsHeading(), numbered(itemTexts(entry, text.fixSteps, iis)));
    if (!entry.related.isEmpty()) {
        QStringList related;
        for (const CodeId &id : entry.related)
            related.append(id.displayName());
        out += u'\n' + section(relatedHeading(), related.join(u", "_s));
    }
    return out;
}

QString EntryFormatter::meaningHtml(const Entry &entry, Language language)
{
    return u"<p>"_s + entry.text(language).meaning.toHtmlEscaped() + u"</p>"_s;
}

QString EntryFormatter::causesHtml(const Entry &entry, Language language, const IisVersionSet &iis)
{
    return htmlList(u"ul"_s, itemTexts(entry, entry.text(language).causes, iis));
}

QString EntryFormatter::fixStepsListHtml(const Entry &entry, Language language,
                                         const IisVersionSet &iis)
{
    return htmlList(u"ol"_s, itemTexts(entry, entry.text(language).fixSteps, iis));
}

QString EntryFormatter::entryHtml(const Entry &entry, Language language, const IisVersionSet &iis)
{
    const EntryText &text = entry.text(language);
    // An explicit QString: with QT_USE_QSTRINGBUILDER an `auto` return would be a builder that
    // points into temporaries already gone when the caller reads it.
    auto heading = [](const QString &title) -> QString {
        return u"<h3>"_s + title.toHtmlEscaped() + u"</h3>"_s;
    };
    QString html = u"<h2>"_s + headerLine(entry, language).toHtmlEscaped() + u"</h2><p>"_s +
                   factsLine(entry).toHtmlEscaped() + u"</p>"_s;
    if (!text.notes.isEmpty())
        html += heading(notesHeading()) + htmlList(u"ul"_s, text.notes);
    html += heading(meaningHeading()) + meaningHtml(entry, language);
    html += heading(causesHeading()) + causesHtml(entry, language, iis);
    if (!entry.references.isEmpty())
        html += heading(referencesHeading()) + htmlList(u"ul"_s, referenceLines(entry, language));
    html += heading(fixStepsHeading()) + fixStepsListHtml(entry, language, iis);
    return html;
}

} // namespace iisref
