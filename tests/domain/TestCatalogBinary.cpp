// SPDX-License-Identifier: MIT
#include "CatalogBinary.h"
#include "CatalogLoader.h"
#include "EntryFormatter.h"
#include "SearchEngine.h"

#include <QDataStream>
#include <QResource>
#include <QTest>
#include <QtEndian>

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

    static std::optional<Catalog> readFactsOf(const Catalog &catalog)
    {
        return CatalogBinary::readFacts(CatalogBinary::writeFacts(catalog), nullptr);
    }

    static QByteArrayView bytesOf(const QString &text)
    {
        return {reinterpret_cast<const char *>(text.constData()), text.size() * 2};
    }

    static bool isInside(const QString &text, QByteArrayView blob)
    {
        const QByteArrayView bytes = bytesOf(text);
        return !text.isEmpty() && std::less_equal<>()(blob.begin(), bytes.begin()) &&
               std::less_equal<>()(bytes.end(), blob.end());
    }

    // Where layout 2 keeps what the damage below changes: header fields are u32s at these
    // offsets, and the index starts with the group count, then 16 bytes per group.
    static constexpr qsizetype languageAt = 8;
    static constexpr qsizetype indexOffsetAt = 12;
    static constexpr qsizetype firstFrameOffsetAt = 20;
    static constexpr qsizetype firstFrameSizeAt = 24;
    static constexpr qsizetype bodySizeAt = 32;

    static quint32 u32At(const QByteArray &blob, qsizetype at)
    {
        return qFromLittleEndian<quint32>(blob.constData() + at);
    }

    static QByteArray withU32At(QByteArray blob, qsizetype at, quint32 value)
    {
        qToLittleEndian(value, blob.data() + at);
        return blob;
    }

    // What the layout before this one, QDataStream's big-endian, began with.
    static QByteArray layout1Language()
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x4949534C) << quint32(1) << qint32(0) << quint32(0) << quint32(0);
        return bytes;
    }

    // A blob at an odd address, as an unaligned resource would be.
    static QByteArray atOddAddress(const QByteArray &blob, QByteArray &storage)
    {
        storage = '\0' + blob;
        return QByteArray::fromRawData(storage.constData() + 1, blob.size());
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

    void roundTrip_keepsVersionsReferencesAndEveryKind_data()
    {
        QTest::addColumn<BlobLifetime>("lifetime");
        QTest::addRow("copied") << BlobLifetime::Temporary;
        QTest::addRow("borrowed") << BlobLifetime::OutlivesStrings;
    }

    void roundTrip_keepsVersionsReferencesAndEveryKind()
    {
        QFETCH(BlobLifetime, lifetime);
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        QList<QByteArray> languages; // declared first: borrowed text must outlive `read`
        for (Language language : allLanguages)
            languages.append(CatalogBinary::writeLanguage(json, language));
        QString error;
        std::optional<Catalog> read =
            CatalogBinary::readFacts(CatalogBinary::writeFacts(json), &error);
        QVERIFY2(read, qPrintable(error));
        for (const QByteArray &language : std::as_const(languages))
            QVERIFY2(CatalogBinary::readLanguage(*read, language, &error, lifetime),
                     qPrintable(error));
        compareCatalogs(*read, json);
    }

    // What makes reading the built-in language cheap: its strings are the blob's bytes.
    void borrowed_textPointsIntoTheBlob_copiedDoesNot()
    {
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        const QByteArray blob = CatalogBinary::writeLanguage(json, Language::English);
        for (BlobLifetime lifetime : {BlobLifetime::Temporary, BlobLifetime::OutlivesStrings}) {
            std::optional<Catalog> read = readFactsOf(json);
            QString error;
            QVERIFY2(CatalogBinary::readLanguage(*read, blob, &error, lifetime), qPrintable(error));
            const bool borrowed = lifetime == BlobLifetime::OutlivesStrings;
            qsizetype keywords = 0;
            for (const Entry &entry : read->entries()) {
                const EntryText &text = entry.text(Language::English);
                QCOMPARE(isInside(text.title, blob), borrowed);
                QCOMPARE(isInside(text.meaning, blob), borrowed);
                for (const QString &keyword : text.keywords)
                    QCOMPARE(isInside(keyword, blob), borrowed);
                keywords += text.keywords.size();
            }
            QVERIFY(keywords > 0);
            QCOMPARE(isInside(read->groupText(CodeKind::Http, 4, Language::English).title, blob),
                     borrowed);
        }
    }

    // The first frame shows group names and titles; the bodies after them stay untouched.
    void borrowed_titlesComeBeforeEveryBody()
    {
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        const QByteArray blob = CatalogBinary::writeLanguage(json, Language::English);
        std::optional<Catalog> read = readFactsOf(json);
        QVERIFY(CatalogBinary::readLanguage(*read, blob, nullptr, BlobLifetime::OutlivesStrings));
        const char *titlesEnd = blob.constData();
        const char *firstBody = blob.constData() + blob.size();
        for (const Entry &entry : read->entries()) {
            const EntryText &text = entry.text(Language::English);
            titlesEnd = std::max(titlesEnd, bytesOf(text.title).end());
            firstBody = std::min(firstBody, bytesOf(text.meaning).begin());
        }
        QVERIFY(titlesEnd <= firstBody);
    }

    void builtIn_borrowsTheResourceText()
    {
        const Catalog catalog = CatalogLoader::loadBuiltIn();
        for (Language language : allLanguages) {
            const QResource resource(u":/codes/"_s + languageKey(language) + u".bin"_s);
            const QByteArray blob = QByteArray::fromRawData(
                reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
            const EntryText &text = catalog.entries().first().text(language);
            QVERIFY2(isInside(text.title, blob),
                     "the resource was copied: is it still 2-byte aligned?");
            QVERIFY(isInside(text.meaning, blob));
        }
    }

    void damagedFacts_isRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("facts");
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        const QByteArray facts = CatalogBinary::writeFacts(json);
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("truncated") << facts.left(facts.size() / 2);
        QTest::addRow("trailing bytes") << facts + QByteArray("xx");
        QTest::addRow("wrong magic") << QByteArray("IISL").append(facts.mid(4));
        // Found by tests/fuzz: Qt's own list reader reserved what the count claimed (~100 GB),
        // which only the ASan build (allocator_may_return_null=0) turns into an abort.
        QTest::addRow("huge alias count") << factsClaimingAliases(0xFFFFFFF0u);
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

    void damagedFacts_isRefusedWithAReason()
    {
        QFETCH(QByteArray, facts);
        QString error;
        QVERIFY(!CatalogBinary::readFacts(facts, &error));
        QVERIFY(!error.isEmpty());
    }

    void damagedLanguage_isRefusedWholeWithAReason_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<BlobLifetime>("lifetime");
        QTest::addColumn<bool>("atOddAddress");
        QTest::addColumn<QString>("reason");
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        const QByteArray blob = CatalogBinary::writeLanguage(json, Language::English);
        const quint32 index = u32At(blob, indexOffsetAt);
        const quint32 entryCountAt = index + 4 + 16 * u32At(blob, index);
        const quint32 firstFrame = u32At(blob, firstFrameOffsetAt);
        const QString version = u"not a compiled catalog of this version"_s;
        const QString header = u"the compiled language's header is damaged"_s;
        const QString damaged = u"the compiled catalog is truncated or damaged"_s;
        const QString mismatch = u"the compiled language does not match the compiled facts"_s;
        const auto copied = BlobLifetime::Temporary;
        const auto borrowed = BlobLifetime::OutlivesStrings;

        QTest::addRow("empty") << QByteArray() << copied << false << version;
        QTest::addRow("layout 1") << layout1Language() << copied << false << version;
        QTest::addRow("truncated") << blob.left(blob.size() - 2) << borrowed << false << header;
        QTest::addRow("odd length") << blob + '\0' << borrowed << false << header;
        QTest::addRow("first-frame text at an odd offset")
            << withU32At(withU32At(blob, firstFrameOffsetAt, firstFrame + 1), firstFrameSizeAt,
                         u32At(blob, firstFrameSizeAt) - 2)
            << copied << false << header;
        QTest::addRow("odd-sized body text")
            << withU32At(blob, bodySizeAt, u32At(blob, bodySizeAt) - 1) << copied << false
            << header;
        QTest::addRow("no such language")
            << withU32At(blob, languageAt, 2) << copied << false << header;
        QTest::addRow("group count too large")
            << withU32At(blob, index, 0xFFFFFFF0u) << borrowed << false << damaged;
        QTest::addRow("group of no kind")
            << withU32At(blob, index + 4, 99) << copied << false << damaged;
        QTest::addRow("title longer than its section")
            << withU32At(blob, index + 12, 0x7FFFFFFFu) << borrowed << false << damaged;
        // The index still reads well after the last group's title failed, so the entry count
        // after it is the blob's word: it must not size anything.
        QTest::addRow("entry count after a damaged title")
            << withU32At(withU32At(blob, entryCountAt - 8, 0x7FFFFFFFu), entryCountAt, 0xFFFFFFFFu)
            << copied << false << damaged;
        QTest::addRow("entry count too large")
            << withU32At(blob, entryCountAt, 0xFFFFFFF0u) << copied << false << mismatch;
        QTest::addRow("another catalog's language")
            << CatalogBinary::writeLanguage(Catalog(json.entries().mid(1), {}), Language::English)
            << copied << false << mismatch;
        QTest::addRow("borrowed at an odd address")
            << blob << borrowed << true
            << u"the compiled language is not 2-byte aligned in memory, so its text cannot be "
               u"borrowed"_s;
    }

    void damagedLanguage_isRefusedWholeWithAReason()
    {
        QFETCH(QByteArray, blob);
        QFETCH(BlobLifetime, lifetime);
        QFETCH(bool, atOddAddress);
        QFETCH(QString, reason);
        QByteArray storage;
        const QByteArray bytes = atOddAddress ? this->atOddAddress(blob, storage) : blob;
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        std::optional<Catalog> read = readFactsOf(json);
        QVERIFY(read);
        const int revision = read->revision();
        QString error;
        QVERIFY(!CatalogBinary::readLanguage(*read, bytes, &error, lifetime));
        QCOMPARE(error, reason);
        // Nothing of a damaged language is applied, not even what read well before the damage.
        QVERIFY(!read->hasLanguage(Language::English));
        QVERIFY(read->groupText(CodeKind::Http, 4, Language::English).title.isEmpty());
        QCOMPARE(read->revision(), revision);
    }

    // Copying reads each unit on its own, so it needs no alignment.
    void copied_readsABlobAtAnOddAddress()
    {
        const Catalog json = fromJson(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        QByteArray storage;
        const QByteArray blob =
            atOddAddress(CatalogBinary::writeLanguage(json, Language::English), storage);
        std::optional<Catalog> read = readFactsOf(json);
        QString error;
        QVERIFY2(CatalogBinary::readLanguage(*read, blob, &error, BlobLifetime::Temporary),
                 qPrintable(error));
        QCOMPARE(read->entries().first().text(Language::English).title,
                 json.entries().first().text(Language::English).title);
    }
};

QTEST_GUILESS_MAIN(TestCatalogBinary)
#include "TestCatalogBinary.moc"
