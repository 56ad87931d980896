// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// tests/data/seed-v1 holds the 117 entries of the two source documents (KB Q318380 and its
// Traditional Chinese revision) exactly as they stood before the catalog was split into facts
// and prose. It is the manifest of the seed: whatever the catalog grows into, every seed code
// keeps its text, KB articles, versions, aliases and links. The old format is read here with
// QJsonDocument alone, so the check does not depend on the loader it checks. Seed text may
// grow (a meaning gains its IIS 7+ sentences, a code gains causes and steps) but not change,
// except for the corrections listed in corrections(), each with its reason.
class TestSeedMigration final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static QJsonArray seedEntries(const QString &language)
    {
        QFile file(QStringLiteral(IISREF_TEST_DATA) + u"/seed-v1/"_s + language + u".json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the seed manifest");
        return QJsonDocument::fromJson(file.readAll()).object().value(u"entries"_s).toArray();
    }

    static QStringList strings(const QJsonValue &value)
    {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
        return list;
    }

    static QStringList texts(const QList<VersionedText> &items)
    {
        QStringList list;
        for (const VersionedText &item : items)
            list.append(item.text);
        return list;
    }

    // Whether `part` appears in `whole` in the same order, other items allowed in between.
    static bool isSubsequence(const QStringList &part, const QStringList &whole)
    {
        qsizetype at = 0;
        for (const QString &item : part) {
            at = whole.indexOf(item, at);
            if (at < 0)
                return false;
            ++at;
        }
        return true;
    }

    // Seed sentences that became wrong when the entry grew, and what replaced them.
    struct Correction
    {
        QString key;
        QString oldText;
        QString newText;
    };
    static const QList<Correction> &corrections()
    {
        // 404.3 now covers IIS 7.0-10.0 as well, so "IIS 6.0 only" no longer holds.
        static const QList<Correction> list = {
            {u"http:404.3"_s,
             u"IIS 6.0 only. The browser shows a plain 404; look for sc-substatus 3 in the log."_s,
             u"On IIS 6.0 the browser shows a plain 404; look for sc-substatus 3 in the log."_s},
            {u"http:404.3"_s, u"僅限 IIS 6.0。瀏覽器只會顯示一般的 404，請在記錄檔中找 sc-substatus 3。"_s,
             u"在 IIS 6.0 中，瀏覽器只會顯示一般的 404，請在記錄檔中找 sc-substatus 3。"_s}};
        return list;
    }

    static QStringList corrected(const QString &key, QStringList texts)
    {
        for (const Correction &correction : corrections()) {
            if (correction.key == key)
                texts.replaceInStrings(correction.oldText, correction.newText);
        }
        return texts;
    }

    static bool isSubset(const QStringList &part, const QStringList &whole)
    {
        return std::all_of(part.cbegin(), part.cend(),
                           [&](const QString &item) { return whole.contains(item); });
    }

private slots:
    void initTestCase() { m_catalog = CatalogLoader::loadBuiltIn(); }

    void manifest_listsTheDocumentsCodes()
    {
        QCOMPARE(seedEntries(u"en"_s).size(), 117);
        QCOMPARE(seedEntries(u"zh_TW"_s).size(), 117);
    }

    void seedEntries_comeThroughUnchanged_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("zh_TW") << u"zh_TW"_s;
    }

    void seedEntries_comeThroughUnchanged()
    {
        QFETCH(QString, language);
        const Language lang = *languageFromKey(language);
        int checked = 0;
        for (const QJsonValue &value : seedEntries(language)) {
            const QJsonObject seed = value.toObject();
            const QString key =
                seed.value(u"protocol"_s).toString() + u':' + seed.value(u"code"_s).toString();
            const Entry *entry = m_catalog.find(*CodeId::fromKey(key));
            QVERIFY2(entry, qPrintable(key + u" is gone"_s));
            QVERIFY2(entry->hasText(lang), qPrintable(key));
            const EntryText &text = entry->text(lang);
            const auto where = [&](const QString &field) -> QString {
                return key + u' ' + language + u' ' + field;
            };
            QVERIFY2(text.title == seed.value(u"title"_s).toString(),
                     qPrintable(where(u"title"_s)));
            QVERIFY2(text.meaning.startsWith(seed.value(u"meaning"_s).toString()),
                     qPrintable(where(u"meaning"_s)));
            QVERIFY2(isSubsequence(strings(seed.value(u"causes"_s)), texts(text.causes)),
                     qPrintable(where(u"causes"_s)));
            QVERIFY2(isSubsequence(strings(seed.value(u"fixSteps"_s)), texts(text.fixSteps)),
                     qPrintable(where(u"fixSteps"_s)));
            QVERIFY2(isSubset(corrected(key, strings(seed.value(u"notes"_s))), text.notes),
                     qPrintable(where(u"notes"_s)));
            QVERIFY2(isSubset(strings(seed.value(u"keywords"_s)), text.keywords),
                     qPrintable(where(u"keywords"_s)));
            QVERIFY2(isSubset(strings(seed.value(u"aliases"_s)), entry->aliases),
                     qPrintable(where(u"aliases"_s)));
            QVERIFY2(entry->common == seed.value(u"common"_s).toBool(),
                     qPrintable(where(u"common"_s)));

            const QStringList seedVersions = strings(seed.value(u"iisVersions"_s));
            QVERIFY2(isSubset(seedVersions, entry->iisVersions.versions()),
                     qPrintable(where(u"iisVersions"_s)));

            QStringList related;
            for (const CodeId &id : entry->related)
                related.append(id.key());
            for (const QJsonValue &link : seed.value(u"related"_s).toArray()) {
                const QJsonObject target = link.toObject();
                const QString targetKey = target.value(u"protocol"_s).toString() + u':' +
                                          target.value(u"code"_s).toString();
                QVERIFY2(related.contains(targetKey), qPrintable(where(u"related "_s + targetKey)));
            }

            for (const QJsonValue &article : seed.value(u"kbArticles"_s).toArray()) {
                const QString id = article.toObject().value(u"id"_s).toString();
                const qsizetype index =
                    std::find_if(entry->references.cbegin(), entry->references.cend(),
                                 [&](const Reference &reference) {
                                     return reference.type == Reference::Type::Kb &&
                                            reference.id == id;
                                 }) -
                    entry->references.cbegin();
                QVERIFY2(index < entry->references.size(),
                         qPrintable(where(u"kbArticles "_s + id)));
                QVERIFY2(text.referenceTitles.value(index) ==
                             article.toObject().value(u"title"_s).toString(),
                         qPrintable(where(u"kbArticles title"_s)));
            }
            ++checked;
        }
        QCOMPARE(checked, 117);
    }
};

QTEST_GUILESS_MAIN(TestSeedMigration)
#include "TestSeedMigration.moc"
