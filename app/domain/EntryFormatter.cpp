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

QStringList kbLines(const EntryText &text)
{
    QStringList lines;
    for (const KbArticle &article : text.kbArticles)
        lines.append(article.id + u' ' + article.title);
    return lines;
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

QString section(const QString &heading, const QString &body)
{
    return heading + u'\n' + body + u'\n';
}

} // namespace

QJsonObject EntryFormatter::toJson(const Entry &entry, Language language)
{
    const EntryText &text = entry.text(language);
    QJsonArray kbArticles;
    for (const KbArticle &article : text.kbArticles)
        kbArticles.append(QJsonObject{{u"id"_s, article.id}, {u"title"_s, article.title}});
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
    if (entry.id.kind() == CodeKind::Win32)
        object.insert(u"hex"_s, entry.id.hex());
    object.insert(u"aliases"_s, toJsonArray(entry.aliases));
    object.insert(u"language"_s,
                  languageKey(entry.hasText(language) ? language : otherLanguage(language)));
    object.insert(u"title"_s, text.title);
    object.insert(u"meaning"_s, text.meaning);
    object.insert(u"causes"_s, toJsonArray(text.causes));
    object.insert(u"fixSteps"_s, toJsonArray(text.fixSteps));
    object.insert(u"kbArticles"_s, kbArticles);
    object.insert(u"iisVersions"_s, toJsonArray(entry.iisVersions));
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
    QStringList versions;
    for (const QString &version : entry.iisVersions)
        versions.append(u"IIS "_s + version);
    return versions.join(u", "_s);
}

QString EntryFormatter::fixStepsPlainText(const Entry &entry, Language language)
{
    return headerLine(entry, language) + u'\n' + numbered(entry.text(language).fixSteps) + u'\n';
}

QString EntryFormatter::fixStepsHtml(const Entry &entry, Language language)
{
    return u"<p><b>"_s + headerLine(entry, language).toHtmlEscaped() + u"</b></p>"_s
           + htmlList(u"ol"_s, entry.text(language).fixSteps);
}

QString EntryFormatter::fixStepsMarkdown(const Entry &entry, Language language)
{
    return u"**"_s + headerLine(entry, language) + u"**\n\n"_s
           + numbered(entry.text(language).fixSteps) + u'\n';
}

QString EntryFormatter::entryPlainText(const Entry &entry, Language language)
{
    const EntryText &text = entry.text(language);
    QString out = headerLine(entry, language) + u'\n' + iisVersionsText(entry) + u"\n\n"_s;
    if (!text.notes.isEmpty())
        out += section(notesHeading(), bulleted(text.notes)) + u'\n';
    out += section(meaningHeading(), text.meaning) + u'\n';
    out += section(causesHeading(), bulleted(text.causes)) + u'\n';
    if (!text.kbArticles.isEmpty())
        out += section(kbArticlesHeading(), bulleted(kbLines(text))) + u'\n';
    out += section(fixStepsHeading(), numbered(text.fixSteps));
    if (!entry.related.isEmpty()) {
        QStringList related;
        for (const CodeId &id : entry.related)
            related.append(id.displayName());
        out += u'\n' + section(relatedHeading(), related.join(u", "_s));
    }
    return out;
}

QString EntryFormatter::entryHtml(const Entry &entry, Language language)
{
    const EntryText &text = entry.text(language);
    // An explicit QString: with QT_USE_QSTRINGBUILDER an `auto` return would be a builder that
    // points into temporaries already gone when the caller reads it.
    auto heading = [](const QString &title) -> QString {
        return u"<h3>"_s + title.toHtmlEscaped() + u"</h3>"_s;
    };
    QString html = u"<h2>"_s + headerLine(entry, language).toHtmlEscaped() + u"</h2><p>"_s
                   + iisVersionsText(entry).toHtmlEscaped() + u"</p>"_s;
    if (!text.notes.isEmpty())
        html += heading(notesHeading()) + htmlList(u"ul"_s, text.notes);
    html += heading(meaningHeading()) + u"<p>"_s + text.meaning.toHtmlEscaped() + u"</p>"_s;
    html += heading(causesHeading()) + htmlList(u"ul"_s, text.causes);
    if (!text.kbArticles.isEmpty())
        html += heading(kbArticlesHeading()) + htmlList(u"ul"_s, kbLines(text));
    html += heading(fixStepsHeading()) + htmlList(u"ol"_s, text.fixSteps);
    return html;
}

} // namespace iisref
