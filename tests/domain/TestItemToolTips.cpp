// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "CategoryModel.h"
#include "ItemDataRole.h"
#include "SearchEngine.h"
#include "SearchResultModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace iisref;

// QToolTip renders a string as rich text as soon as Qt::mightBeRichText() thinks it looks like
// HTML, and loads what an <img> names (an <img src="/dev/zero"> hangs the window). The models'
// tooltips carry catalog text, so each is checked the way QToolTip would read it.
class TestItemToolTips final : public QObject
{
    Q_OBJECT

private:
    enum class Place { CategoryEntry, CategoryClass, SearchResult };

    static QJsonObject fixture(const QString &language)
    {
        QFile file(QStringLiteral(IISREF_TEST_DATA) + u"/mini/"_s + language + u".json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read fixture");
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static bool writeJson(const QString &path, const QJsonObject &root)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
    }

    // The mini catalog with the English meaning of HTTP 403.4 and description of HTTP 4xx given.
    static Catalog catalogWith(const QTemporaryDir &dir, const QString &meaning,
                               const QString &description)
    {
        QJsonObject english = fixture(u"en"_s);
        QJsonArray entries = english.value(u"entries"_s).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries[i].toObject();
            if (entry.value(u"key"_s) == u"http:403.4"_s)
                entry.insert(u"meaning"_s, meaning);
            entries[i] = entry;
        }
        english.insert(u"entries"_s, entries);
        QJsonArray groups = english.value(u"groups"_s).toArray();
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QJsonObject group = groups[i].toObject();
            if (group.value(u"kind"_s) == u"http"_s && group.value(u"group"_s).toInt() == 4)
                group.insert(u"description"_s, description);
            groups[i] = group;
        }
        english.insert(u"groups"_s, groups);
        if (!writeJson(dir.filePath(u"facts.json"_s), fixture(u"facts"_s)) ||
            !writeJson(dir.filePath(u"en.json"_s), english) ||
            !writeJson(dir.filePath(u"zh_TW.json"_s), fixture(u"zh_TW"_s)))
            qFatal("cannot write the catalog");
        return CatalogLoader::load(CatalogLoader::sourcesInDirectory(dir.path()));
    }

    // What a rich-text tooltip shows once QTextDocument has read it.
    static QString shownText(const QString &toolTip)
    {
        QTextDocument document;
        document.setHtml(toolTip);
        return document.toPlainText();
    }

private slots:
    void toolTips_catalogTextWithMarkup_showAsTheTextItself_data()
    {
        QTest::addColumn<Place>("place");
        QTest::addColumn<QString>("text");
        const QList<std::pair<const char *, QString>> texts = {
            {"img and bold tags", u"<img src=\"file:///etc/passwd\"><b>x</b>"_s},
            {"entities and quotes", u"Use &amp; or &lt; and \"quotes\" 'too'"_s},
            {"a tag in mid-sentence", u"The <script> element is not run."_s},
            {"runs of spaces and a line break", u"First  line\n\tsecond line"_s}};
        const QList<std::pair<const char *, Place>> places = {
            {"category entry", Place::CategoryEntry},
            {"category class", Place::CategoryClass},
            {"search result", Place::SearchResult}};
        for (const auto &[placeName, place] : places) {
            for (const auto &[textName, text] : texts)
                QTest::addRow("%s: %s", placeName, textName) << place << text;
        }
    }

    void toolTips_catalogTextWithMarkup_showAsTheTextItself()
    {
        QFETCH(Place, place);
        QFETCH(QString, text);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Catalog catalog = catalogWith(dir, text, text);
        QVERIFY2(catalog.issues().isEmpty(), qPrintable(catalog.issues().value(0).toString()));
        const CodeId code(CodeKind::Http, 403, 4);

        CategoryModel categories(catalog);
        SearchResultModel results;
        results.setResults(SearchEngine(catalog).search(code.displayName()));
        QModelIndex index;
        switch (place) {
        case Place::CategoryEntry:
            index = categories.indexForCode(code);
            break;
        case Place::CategoryClass:
            index = categories.indexForCode(code.withoutSubstatus()).parent();
            QCOMPARE(index.data(NodeKindRole).toInt(), int(NodeKind::Group));
            break;
        case Place::SearchResult:
            index = results.index(results.rowOf(code));
            break;
        }
        QVERIFY(index.isValid());

        const QString toolTip = index.data(Qt::ToolTipRole).toString();
        for (const QString &tag : {u"<img"_s, u"<b>"_s, u"<script"_s})
            QVERIFY2(!toolTip.contains(tag), qPrintable(toolTip));
        QCOMPARE(shownText(toolTip), text);
    }

    void toolTip_classWithoutDescription_isNone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Catalog catalog = catalogWith(dir, u"Some meaning."_s, QString());
        QVERIFY(catalog.issues().isEmpty());
        CategoryModel categories(catalog);
        const QModelIndex statusClass =
            categories.indexForCode(CodeId(CodeKind::Http, 403)).parent();
        QCOMPARE(statusClass.data(Qt::ToolTipRole).toString(), QString());
    }
};

QTEST_MAIN(TestItemToolTips)
#include "TestItemToolTips.moc"
