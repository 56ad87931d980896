// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"

#include <QFile>
#include <QHash>
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

    // Seed sentences that were wrong or became wrong, from seed-v1/corrections.json: whole
    // sentences replaced (each with the review finding it answers) and terms replaced
    // everywhere in one language's reading text.
    struct Correction {
        QString key;
        QString language;
        QString oldText;
        QString newText;
    };
    struct Corrections {
        QList<Correction> sentences;
        QHash<QString, QList<std::pair<QString, QString>>> terms;
    };
    static const Corrections &corrections()
    {
        static const Corrections loaded = [] {
            QFile file(QStringLiteral(IISREF_TEST_DATA) + u"/seed-v1/corrections.json"_s);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read the seed corrections");
            const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            Corrections result;
            for (const QJsonValue &value : root.value(u"corrections"_s).toArray()) {
                const QJsonObject item = value.toObject();
                result.sentences.append(
                    {item.value(u"key"_s).toString(), item.value(u"language"_s).toString(),
                     item.value(u"old"_s).toString(), item.value(u"new"_s).toString()});
            }
            const QJsonObject terms = root.value(u"terms"_s).toObject();
            for (auto it = terms.constBegin(); it != terms.constEnd(); ++it) {
                for (const QJsonValue &pair : it.value().toArray())
                    result.terms[it.key()].append(
                        {pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
            }
            return result;
        }();
        return loaded;
    }

    static QString corrected(const QString &key, const QString &language, QString text)
    {
        for (const Correction &correction : corrections().sentences) {
            if (correction.key == key && correction.language == language &&
                correction.oldText == text)
                text = correction.newText;
        }
        for (const auto &[theirs, ours] : corrections().terms.value(language))
            text.replace(theirs, ours);
        return text;
    }

    static QStringList corrected(const QString &key, const QString &language, QStringList texts)
    {
        for (QString &text : texts)
            text = corrected(key, language, text);
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
            const auto seedText = [&](const QString &field) {
                return corrected(key, language, seed.value(field).toString());
            };
            const auto seedTexts = [&](const QString &field) {
                return corrected(key, language, strings(seed.value(field)));
            };
            QVERIFY2(text.title == seedText(u"title"_s), qPrintable(where(u"title"_s)));
            QVERIFY2(text.meaning.startsWith(seedText(u"meaning"_s)),
                     qPrintable(where(u"meaning"_s)));
            QVERIFY2(isSubsequence(seedTexts(u"causes"_s), texts(text.causes)),
                     qPrintable(where(u"causes"_s)));
            QVERIFY2(isSubsequence(seedTexts(u"fixSteps"_s), texts(text.fixSteps)),
                     qPrintable(where(u"fixSteps"_s)));
            QVERIFY2(isSubset(seedTexts(u"notes"_s), text.notes), qPrintable(where(u"notes"_s)));
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
                QVERIFY2(
                    text.referenceTitles.value(index) ==
                        corrected(key, language, article.toObject().value(u"title"_s).toString()),
                    qPrintable(where(u"kbArticles title"_s)));
            }
            ++checked;
        }
        QCOMPARE(checked, 117);
    }

    // A correction whose old sentence is not in the seed would hide nothing and prove nothing;
    // one whose old sentence is still in the catalog was never applied.
    void corrections_replaceSeedSentencesThatAreGone()
    {
        QVERIFY(!corrections().sentences.isEmpty());
        for (const Correction &correction : corrections().sentences) {
            const QString where = correction.key + u' ' + correction.language;
            QJsonObject seed;
            for (const QJsonValue &value : seedEntries(correction.language)) {
                const QJsonObject candidate = value.toObject();
                if (candidate.value(u"protocol"_s).toString() + u':' +
                        candidate.value(u"code"_s).toString() ==
                    correction.key)
                    seed = candidate;
            }
            QStringList seedStrings;
            for (const QString &field : {u"title"_s, u"meaning"_s})
                seedStrings.append(seed.value(field).toString());
            for (const QString &field : {u"causes"_s, u"fixSteps"_s, u"notes"_s})
                seedStrings.append(strings(seed.value(field)));
            for (const QJsonValue &article : seed.value(u"kbArticles"_s).toArray())
                seedStrings.append(article.toObject().value(u"title"_s).toString());
            QVERIFY2(seedStrings.contains(correction.oldText), qPrintable(where));

            const Entry *entry = m_catalog.find(*CodeId::fromKey(correction.key));
            QVERIFY2(entry, qPrintable(where));
            const EntryText &text = entry->text(*languageFromKey(correction.language));
            const QStringList now = QStringList{text.title, text.meaning} + texts(text.causes) +
                                    texts(text.fixSteps) + text.notes + text.referenceTitles;
            QVERIFY2(!now.contains(correction.oldText), qPrintable(where + u" still says it"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestSeedMigration)
#include "TestSeedMigration.moc"
