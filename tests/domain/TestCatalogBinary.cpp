// SPDX-License-Identifier: MIT
#include "CatalogBinary.h"
#include "CatalogLoader.h"
#include "EntryFormatter.h"
#include "SearchEngine.h"

#include <QDataStream>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// The build compiles resources/codes/*.json into the binary form the program embeds. These
// tests hold the compiled catalog to the JSON it came from, entry by entry.
class TestCatalogBinary final : public QObject
{
    Q_OBJECT

    static Catalog fromJson(const QString &directory)
    {
        return CatalogLoader::load(CatalogLoader::sourcesInDirectory(directory));
    }

    static void compareCatalogs(const Catalog &actual, const Catalog &expected)
    {
        QCOMPARE(actual.entries().size(), expected.entries().size());
        for (qsizetype i = 0; i < expected.entries().size(); ++i) {
            for (Language language : allLanguages) {
                const QJsonObject want = EntryFormatter::toJson(expected.entries()[i], language);
                const QJsonObject got = EntryFormatter::toJson(actual.entries()[i], language);
                QVERIFY2(got == want, qPrintable(expected.entries()[i].id.key()));
            }
        }
        for (CodeKind kind : allCodeKinds) {
            for (int group = 1; group <= traitsOf(kind).groupCount; ++group) {
                for (Language language : allLanguages) {
                    QCOMPARE(actual.groupText(kind, group, language).title,
                             expected.groupText(kind, group, language).title);
                }
            }
        }
    }

private slots:
    void builtIn_equalsTheJsonItWasCompiledFrom()
    {
        const Catalog json = fromJson(QStringLiteral(IISREF_SOURCE_DIR) + u"/resources/codes"_s);
        QVERIFY(json.issues().isEmpty());
        const Catalog builtIn = CatalogLoader::loadBuiltIn();
        QVERIFY2(builtIn.issues().isEmpty(), qPrintable(builtIn.issues().value(0).toString()));
        compareCatalogs(builtIn, json);
    }

    void builtIn_oneLanguageFirst_theOtherAfter()
    {
        Catalog catalog = CatalogLoader::loadBuiltIn(Language::TraditionalChinese);
        QVERIFY(catalog.hasLanguage(Language::TraditionalChinese));
        QVERIFY(!catalog.hasLanguage(Language::English));
        const Entry *first = &catalog.entries().first();
        const int revision = catalog.revision();
        CatalogLoader::loadBuiltInLanguage(catalog, Language::English);
        QVERIFY(catalog.hasLanguage(Language::English));
        QVERIFY(catalog.revision() != revision);
        // Views hold pointers to entries; adding a language must not move them.
        QCOMPARE(&catalog.entries().first(), first);
        QVERIFY(catalog.issues().isEmpty());
    }

    // The window searches before the second language has arrived; once it has, its words
    // must be found without a new engine.
    void search_languageAddedLater_isSearchedToo()
    {
        Catalog catalog = CatalogLoader::loadBuiltIn(Language::English);
        const SearchEngine engine(catalog);
        QVERIFY(engine.search(u"拒絕列出目錄"_s).isEmpty());
        QVERIFY(!engine.search(u"forbidden"_s).isEmpty());
        CatalogLoader::loadBuiltInLanguage(catalog, Language::TraditionalChinese);
        const QList<SearchResult> results = engine.search(u"拒絕列出目錄"_s);
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().entry->id.key(), u"http:403.14"_s);
    }

    void roundTrip_keepsVersionsReferencesAndEveryKind()
    {
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        QString error;
        std::optional<Catalog> read =
            CatalogBinary::readFacts(CatalogBinary::writeFacts(json), &error);
        QVERIFY2(read, qPrintable(error));
        for (Language language : allLanguages)
            QVERIFY2(CatalogBinary::readLanguage(
                         *read, CatalogBinary::writeLanguage(json, language), &error),
                     qPrintable(error));
        compareCatalogs(*read, json);
    }

    void damagedBlob_isRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("facts");
        QTest::addColumn<bool>("damageLanguage");
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        const QByteArray facts = CatalogBinary::writeFacts(json);
        QTest::addRow("empty facts") << QByteArray() << false;
        QTest::addRow("truncated facts") << facts.left(facts.size() / 2) << false;
        QTest::addRow("trailing bytes") << facts + QByteArray("xx") << false;
        QTest::addRow("wrong magic") << QByteArray("IISL").append(facts.mid(4)) << false;
        QTest::addRow("truncated language") << facts << true;
        // Found by tests/fuzz: Qt's own list reader reserved what the count claimed (~100 GB),
        // which only the ASan build (allocator_may_return_null=0) turns into an abort.
        QTest::addRow("huge alias count") << factsClaimingAliases(0xFFFFFFF0u) << false;
    }

    static QByteArray factsClaimingAliases(quint32 count)
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x49495346) << quint32(1) << quint32(1);    // "IISF", layout 1, one entry
        out << qint32(0) << qint64(403) << qint32(0) << QString(); // HTTP 403
        out << count;
        return bytes;
    }

    void damagedBlob_isRefusedWithAReason()
    {
        QFETCH(QByteArray, facts);
        QFETCH(bool, damageLanguage);
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        QString error;
        std::optional<Catalog> read = CatalogBinary::readFacts(facts, &error);
        if (!damageLanguage) {
            QVERIFY(!read);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY(read);
        const QByteArray language = CatalogBinary::writeLanguage(json, Language::English);
        QVERIFY(!CatalogBinary::readLanguage(*read, language.left(language.size() - 3), &error));
        QVERIFY(!error.isEmpty());
        // Nothing of a damaged language is applied.
        QVERIFY(!read->hasLanguage(Language::English));
    }
};

QTEST_GUILESS_MAIN(TestCatalogBinary)
#include "TestCatalogBinary.moc"
