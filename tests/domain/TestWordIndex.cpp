// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "WordIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

using Field = WordIndex::Field;

// The index must answer exactly what scanning the folded texts would: the tables pin the cases
// an n-gram index gets wrong first (short words, text ends, Chinese, trigrams present without
// the word), and a property test compares it with a scan for words drawn from the shipped
// catalog. SearchEngine splits a query into folded words before it asks, so words here are
// folded, and the index answers any substring, spaces included, all the same.
class TestWordIndex final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    struct Text {
        QString title;
        QStringList keywords;
        QString body;
    };

    static Entry makeEntry(const CodeId &id, const Text &english,
                           const std::optional<Text> &chinese = std::nullopt)
    {
        Entry entry;
        entry.id = id;
        auto textOf = [](const Text &text) {
            EntryText entryText;
            entryText.title = text.title;
            entryText.keywords = text.keywords;
            entryText.meaning = text.body;
            return entryText;
        };
        entry.texts[languageIndex(Language::English)] = textOf(english);
        if (chinese)
            entry.texts[languageIndex(Language::TraditionalChinese)] = textOf(*chinese);
        return entry;
    }

    static QString fieldName(Field field)
    {
        switch (field) {
        case Field::Title:
            return u"title"_s;
        case Field::Keywords:
            return u"keywords"_s;
        case Field::Body:
            return u"body"_s;
        case Field::None:
            break;
        }
        return u"none"_s;
    }

    // "http:403.4=title" for every entry the word is in, in catalog order.
    QStringList found(const WordIndex &index, const QString &word) const
    {
        const QList<Field> fields = index.bestFields(word);
        QStringList found;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields[i] != Field::None)
                found.append(m_catalog.entries()[i].id.key() + u'=' + fieldName(fields[i]));
        }
        return found;
    }

    static QList<int> scan(const WordIndex &index, Field field, const QString &word)
    {
        QList<int> entries;
        for (int i = 0; i < index.entryCount(); ++i) {
            const QList<WordIndex::Texts> &texts = index.texts(i);
            if (std::any_of(texts.cbegin(), texts.cend(), [&](const WordIndex::Texts &text) {
                    return text.of(field).contains(word);
                }))
                entries.append(i);
        }
        return entries;
    }

    // Compares every field and the best field with a scan; empty when they agree.
    static QString disagreement(const WordIndex &index, const QString &word)
    {
        QList<Field> best(index.entryCount(), Field::None);
        for (Field field : {Field::Body, Field::Keywords, Field::Title}) {
            const QList<int> expected = scan(index, field, word);
            if (index.entriesContaining(field, word) != expected)
                return fieldName(field) + u" differs for \""_s + word + u'"';
            for (int entry : expected)
                best[entry] = field;
        }
        if (index.bestFields(word) != best)
            return u"best field differs for \""_s + word + u'"';
        QList<int> withKeyword;
        for (int i = 0; i < index.entryCount(); ++i) {
            const QList<WordIndex::Texts> &texts = index.texts(i);
            if (std::any_of(texts.cbegin(), texts.cend(), [&](const WordIndex::Texts &text) {
                    return text.keywords.split(u'\n').contains(word);
                }))
                withKeyword.append(i);
        }
        if (!word.isEmpty() && index.entriesWithKeyword(word) != withKeyword)
            return u"whole keyword differs for \""_s + word + u'"';
        return {};
    }

private slots:
    void initTestCase()
    {
        QList<Entry> entries = {
            makeEntry(CodeId(CodeKind::Http, 403), {u"Forbidden"_s, {}, u"Access is denied."_s},
                      Text{u"禁止訪問"_s, {u"禁止存取"_s}, u"拒絕存取。"_s}),
            makeEntry(
                CodeId(CodeKind::Http, 403, 4),
                {u"SSL required"_s, {u"secure channel"_s}, u"Install a server certificate."_s},
                Text{u"需要 SSL"_s, {}, u"請安裝伺服器憑證。"_s}),
            makeEntry(CodeId(CodeKind::Http, 403, 16),
                      {u"Client certificate untrusted"_s, {}, u"Check the CA."_s},
                      Text{u"用戶端憑證不受信任"_s, {}, u"檢查 CA。"_s}),
            // Only English: the missing language must neither match nor break the index.
            makeEntry(CodeId(CodeKind::Http, 500, 19),
                      {u"Configuration data is invalid"_s, {u"ok"_s}, u"Stop, tops and λόγος"_s}),
            makeEntry(CodeId(CodeKind::Win32, 1326),
                      {u"Logon failure"_s, {}, u"Unknown user name or bad password."_s},
                      Text{u"登入失敗"_s, {u"𠮷"_s}, u"使用者名稱或密碼不正確"_s}),
        };
        entries.last().symbol = u"ERROR_LOGON_FAILURE"_s;
        entries.last().aliases = {u"0x8007052E"_s};
        m_catalog = Catalog(entries, {});
    }

    void bestFields_findsWordWhereItIs_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("found");
        QTest::addRow("chinese substring of a title")
            << u"憑證"_s << QStringList{u"http:403.4=body"_s, u"http:403.16=title"_s};
        QTest::addRow("chinese word of five characters")
            << u"用戶端憑證"_s << QStringList{u"http:403.16=title"_s};
        QTest::addRow("chinese word of three characters")
            << u"證不受"_s << QStringList{u"http:403.16=title"_s};
        QTest::addRow("one chinese character")
            << u"憑"_s << QStringList{u"http:403.4=body"_s, u"http:403.16=title"_s};
        QTest::addRow("title beats keywords of the same entry")
            << u"禁止"_s << QStringList{u"http:403=title"_s};
        QTest::addRow("chinese keyword only") << u"存取"_s << QStringList{u"http:403=keywords"_s};
        QTest::addRow("english word being typed")
            << u"certif"_s << QStringList{u"http:403.4=body"_s, u"http:403.16=title"_s};
        QTest::addRow("title in either language") << u"ssl"_s << QStringList{u"http:403.4=title"_s};
        QTest::addRow("substring across a space")
            << u"sl req"_s << QStringList{u"http:403.4=title"_s};
        QTest::addRow("texts are case-folded")
            << u"forbidden"_s << QStringList{u"http:403=title"_s};
        // Folded, not lowered: the final sigma is the sigma a folded query word has.
        QTest::addRow("folding maps final sigma")
            << u"λόγοσ"_s << QStringList{u"http:500.19=body"_s};
        QTest::addRow("words are not folded for you") << u"SSL"_s << QStringList{};
        QTest::addRow("symbol is body text")
            << u"error_logon"_s << QStringList{u"win32:1326=body"_s};
        QTest::addRow("alias is a keyword")
            << u"0x8007052e"_s << QStringList{u"win32:1326=keywords"_s};
        QTest::addRow("one letter")
            << u"k"_s
            << QStringList{u"http:403.16=body"_s, u"http:500.19=keywords"_s, u"win32:1326=body"_s};
        QTest::addRow("two letters that are a whole text")
            << u"ok"_s << QStringList{u"http:500.19=keywords"_s};
        QTest::addRow("two characters in a body") << u"正確"_s << QStringList{u"win32:1326=body"_s};
        QTest::addRow("two letters ending a text") << u"οσ"_s << QStringList{u"http:500.19=body"_s};
        QTest::addRow("two letters inside words")
            << u"ur"_s
            << QStringList{u"http:403.4=keywords"_s, u"http:500.19=title"_s, u"win32:1326=title"_s};
        QTest::addRow("character outside the BMP")
            << u"𠮷"_s << QStringList{u"win32:1326=keywords"_s};
        QTest::addRow("word only in chinese") << u"登入"_s << QStringList{u"win32:1326=title"_s};
        QTest::addRow("word only in english") << u"logon"_s << QStringList{u"win32:1326=title"_s};
        QTest::addRow("every trigram there, the word not") << u"stops"_s << QStringList{};
        QTest::addRow("absent word") << u"zebra"_s << QStringList{};
        QTest::addRow("absent two letters") << u"zz"_s << QStringList{};
        QTest::addRow("absent letter") << u"j"_s << QStringList{};
    }

    void bestFields_findsWordWhereItIs()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, found);
        const WordIndex index(m_catalog);
        QCOMPARE(this->found(index, word), found);
        QCOMPARE(disagreement(index, word), QString());
    }

    void entriesWithKeyword_findsWholeKeywordsOnly_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QStringList>("found");
        QTest::addRow("english keyword") << u"secure channel"_s << QStringList{u"http:403.4"_s};
        QTest::addRow("part of a keyword") << u"secure"_s << QStringList{};
        QTest::addRow("chinese keyword") << u"禁止存取"_s << QStringList{u"http:403"_s};
        QTest::addRow("alias, folded") << u"0x8007052e"_s << QStringList{u"win32:1326"_s};
        QTest::addRow("title is no keyword") << u"forbidden"_s << QStringList{};
    }

    void entriesWithKeyword_findsWholeKeywordsOnly()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, found);
        const WordIndex index(m_catalog);
        QStringList keys;
        for (int entry : index.entriesWithKeyword(keyword))
            keys.append(m_catalog.entries()[entry].id.key());
        QCOMPARE(keys, found);
    }

    void bestFields_among_looksOnlyWhereEarlierWordsAre()
    {
        const WordIndex index(m_catalog);
        const QList<Field> ssl = index.bestFields(u"ssl"_s);
        QCOMPARE(found(index, u"certif"_s),
                 (QStringList{u"http:403.4=body"_s, u"http:403.16=title"_s}));
        const QList<Field> both = index.bestFields(u"certif"_s, ssl);
        QStringList keys;
        for (qsizetype i = 0; i < both.size(); ++i) {
            if (both[i] != Field::None)
                keys.append(m_catalog.entries()[i].id.key() + u'=' + fieldName(both[i]));
        }
        QCOMPARE(keys, QStringList{u"http:403.4=body"_s});
    }

    void bestFields_emptyWord_isInEveryTitle()
    {
        const WordIndex index(m_catalog);
        QCOMPARE(index.bestFields(QString()),
                 QList<Field>(m_catalog.entries().size(), Field::Title));
        QCOMPARE(disagreement(index, QString()), QString());
    }

    void bestFields_emptyCatalog_findsNothing()
    {
        const WordIndex index{Catalog()};
        QCOMPARE(index.entryCount(), 0);
        QVERIFY(index.bestFields(u"ssl"_s).isEmpty());
        QVERIFY(index.entriesContaining(Field::Body, u"s"_s).isEmpty());
    }

    void entriesContaining_none_isNowhere()
    {
        const WordIndex index(m_catalog);
        QVERIFY(index.entriesContaining(Field::None, u"ssl"_s).isEmpty());
    }

    // Folding a folded text changes nothing, whichever way the index folded it.
    void builtInCatalog_texts_areCaseFolded()
    {
        const WordIndex index(CatalogLoader::loadBuiltIn());
        QVERIFY(index.entryCount() > 0);
        for (int i = 0; i < index.entryCount(); ++i) {
            for (const WordIndex::Texts &text : index.texts(i)) {
                for (const QString &field : {text.title, text.keywords, text.body})
                    QCOMPARE(field, field.toCaseFolded());
            }
        }
    }

    // Words people could type: pieces of the shipped texts at random offsets and lengths,
    // spaces and line breaks included, whole keywords, and random strings of the same
    // characters and others.
    void builtInCatalog_randomWords_agreeWithScan()
    {
        const Catalog catalog = CatalogLoader::loadBuiltIn();
        QVERIFY(!catalog.isEmpty());
        const WordIndex index(catalog);
        QRandomGenerator random(20240501);
        QString alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789 -._"_s;
        QStringList words;
        for (int i = 0; i < 400; ++i) {
            const QList<WordIndex::Texts> &texts =
                index.texts(random.bounded(int(index.entryCount())));
            const WordIndex::Texts &text = texts[random.bounded(int(texts.size()))];
            const Field field =
                std::array{Field::Title, Field::Keywords, Field::Body}[random.bounded(3)];
            const QString &source = text.of(field);
            if (source.isEmpty())
                continue;
            const int from = random.bounded(int(source.size()));
            const QString word = source.mid(from, 1 + random.bounded(12));
            words.append(word);
            alphabet += word.back();
            // And a whole keyword now and then, as the phrase bonus asks for one.
            const QStringList keywords = text.keywords.split(u'\n', Qt::SkipEmptyParts);
            if (i % 4 == 0 && !keywords.isEmpty())
                words.append(keywords[random.bounded(int(keywords.size()))]);
        }
        for (int i = 0; i < 200; ++i) {
            QString word;
            for (int length = 1 + random.bounded(5); length > 0; --length)
                word += alphabet[random.bounded(int(alphabet.size()))];
            words.append(word);
        }
        QVERIFY(words.size() > 500);
        QList<Field> previous = index.bestFields(words.first());
        for (const QString &word : std::as_const(words)) {
            const QString problem = disagreement(index, word);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // Among the entries the previous word found: the same fields there, None elsewhere.
            QList<Field> expected = index.bestFields(word);
            for (qsizetype i = 0; i < expected.size(); ++i) {
                if (previous[i] == Field::None)
                    expected[i] = Field::None;
            }
            QVERIFY2(index.bestFields(word, previous) == expected, qPrintable(word));
            previous = index.bestFields(word);
        }
    }
};

QTEST_GUILESS_MAIN(TestWordIndex)
#include "TestWordIndex.moc"
