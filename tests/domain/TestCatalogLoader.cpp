// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace iisref;

// Each broken-resource case starts from the valid mini catalog in tests/data/mini, breaks one
// thing, and checks that the message names the file, the code, the field and the line, and
// that everything else still loads.
class TestCatalogLoader final : public QObject
{
    Q_OBJECT

public:
    // What stands where a catalog file or directory should be.
    enum class Obstacle {
        Missing,
        RegularFile,
        Directory,
        DeviceSymlink,
        Fifo,
        Oversize,
        Unreadable
    };
    Q_ENUM(Obstacle)

private:
    QTemporaryDir m_dir;

    static constexpr qint64 catalogFileLimit = 16 * 1024 * 1024;

    // Puts `obstacle` at `path`; false when the system would not let it be made.
    static bool makeObstacle(Obstacle obstacle, const QString &path)
    {
        switch (obstacle) {
        case Obstacle::Missing:
            return true;
        case Obstacle::RegularFile: {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(readFixture(u"en"_s)) > 0;
        }
        case Obstacle::Directory:
            return QDir().mkdir(path);
        case Obstacle::DeviceSymlink:
            return QFile::link(u"/dev/zero"_s, path);
        case Obstacle::Fifo:
            return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
        case Obstacle::Oversize: {
            // Sparse: one byte over the limit costs no disk space.
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.resize(catalogFileLimit + 1);
        }
        case Obstacle::Unreadable:
            return makeObstacle(Obstacle::RegularFile, path) &&
                   QFile::setPermissions(path, QFileDevice::Permissions());
        }
        return false;
    }

    static bool runsAsRoot() { return ::geteuid() == 0; }

    static QByteArray readFixture(const QString &language)
    {
        QFile file(QStringLiteral(IISREF_TEST_DATA) + u"/mini/"_s + language + u".json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read fixture");
        return file.readAll();
    }

    static QJsonObject fixture(const QString &language)
    {
        return QJsonDocument::fromJson(readFixture(language)).object();
    }

    QString write(const QString &language, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(language + u".json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write fixture");
        file.write(bytes);
        return path;
    }

    QString write(const QString &language, const QJsonObject &root)
    {
        return write(language, QJsonDocument(root).toJson(QJsonDocument::Indented));
    }

    // Applies `change` to entry `index` of the English fixture and loads both languages.
    template<typename Change>
    Catalog loadWithEnglishEntryChanged(int index, Change change)
    {
        QJsonObject english = fixture(u"en"_s);
        QJsonArray entries = english.value(u"entries"_s).toArray();
        QJsonObject entry = entries[index].toObject();
        change(entry);
        entries[index] = entry;
        english.insert(u"entries"_s, entries);
        write(u"en"_s, english);
        write(u"zh_TW"_s, readFixture(u"zh_TW"_s));
        return CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
    }

    static const CatalogIssue *findIssue(const Catalog &catalog, const QString &field)
    {
        for (const CatalogIssue &issue : catalog.issues()) {
            if (issue.field == field)
                return &issue;
        }
        return nullptr;
    }

    static int fixtureEntryCount() { return int(fixture(u"en"_s).value(u"entries"_s).toArray().size()); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadValidFixture_hasEveryEntryInBothLanguagesAndNoIssues()
    {
        const Catalog catalog = CatalogLoader::load(
            CatalogLoader::sourcesInDirectory(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s));
        QVERIFY2(catalog.issues().isEmpty(), qPrintable(catalog.issues().value(0).toString()));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
        for (const Entry &entry : catalog.entries()) {
            QVERIFY(entry.hasText(Language::English));
            QVERIFY(entry.hasText(Language::TraditionalChinese));
        }
        const Entry *asp = catalog.find(CodeId(Protocol::Http, 500, 100));
        QVERIFY(asp);
        QCOMPARE(catalog.findAlias(u"500-100.asp"), asp);
        QCOMPARE(asp->text(Language::TraditionalChinese).title, u"ASP 錯誤"_s);
        QCOMPARE(catalog.classText(Protocol::Ftp, 5, Language::English).title,
                 u"Permanent negative completion reply"_s);
    }

    void loadMissingFile_reportsFileAndKeepsOtherLanguage()
    {
        QFile::remove(m_dir.filePath(u"en.json"_s));
        write(u"zh_TW"_s, readFixture(u"zh_TW"_s));
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        QCOMPARE(catalog.issues().size(), 1);
        QCOMPARE(catalog.issues().first().file, m_dir.filePath(u"en.json"_s));
        QVERIFY(catalog.issues().first().message.contains(u"not found"_s));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
        QVERIFY(catalog.hasLanguage(Language::TraditionalChinese));
        QVERIFY(!catalog.hasLanguage(Language::English));
        // The English UI still shows something rather than nothing.
        QCOMPARE(catalog.entries().first().text(Language::English).title, u"登入失敗"_s);
    }

    void loadEnglishFileThatIsNoCatalog_saysWhyAndKeepsChinese_data()
    {
        QTest::addColumn<Obstacle>("obstacle");
        QTest::addColumn<QString>("message");
        const QString notRegular = u"is not a regular file (a device, pipe or socket)"_s;
        QTest::addRow("symlink to /dev/zero") << Obstacle::DeviceSymlink << notRegular;
        QTest::addRow("fifo") << Obstacle::Fifo << notRegular;
        QTest::addRow("directory") << Obstacle::Directory << u"is a directory"_s;
        QTest::addRow("over 16 MiB") << Obstacle::Oversize
                                     << u"is larger than the 16 MiB limit ("_s +
                                            QString::number(catalogFileLimit + 1) + u" bytes)"_s;
        QTest::addRow("unreadable")
            << Obstacle::Unreadable << u"cannot be read: "_s + qt_error_string(EACCES);
    }

    // Each of these once crashed (bad_alloc reading /dev/zero) or hung (a FIFO) the loader.
    void loadEnglishFileThatIsNoCatalog_saysWhyAndKeepsChinese()
    {
        QFETCH(Obstacle, obstacle);
        QFETCH(QString, message);
        if (obstacle == Obstacle::Unreadable && runsAsRoot())
            QSKIP("root reads any file, so this run cannot make one it cannot read");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString english = dir.filePath(u"en.json"_s);
        QVERIFY(makeObstacle(obstacle, english));
        QFile chinese(dir.filePath(u"zh_TW.json"_s));
        QVERIFY(chinese.open(QIODevice::WriteOnly) && chinese.write(readFixture(u"zh_TW"_s)) > 0);
        chinese.close();

        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(dir.path()));
        QCOMPARE(catalog.issues().size(), 1);
        const CatalogIssue &issue = catalog.issues().first();
        QCOMPARE(issue.file, english);
        QCOMPARE(issue.message, message);
        QVERIFY(!catalog.hasLanguage(Language::English));
        QVERIFY(catalog.hasLanguage(Language::TraditionalChinese));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
    }

    void loadDirectoryThatCannotBeUsed_saysSoOnce_data()
    {
        QTest::addColumn<Obstacle>("obstacle");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << Obstacle::Missing << u"does not exist"_s;
        QTest::addRow("a file") << Obstacle::RegularFile << u"is not a directory"_s;
        QTest::addRow("a device") << Obstacle::DeviceSymlink << u"is not a directory"_s;
        QTest::addRow("unreadable") << Obstacle::Unreadable << u"cannot be read"_s;
    }

    void loadDirectoryThatCannotBeUsed_saysSoOnce()
    {
        QFETCH(Obstacle, obstacle);
        QFETCH(QString, message);
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString directory = parent.filePath(u"catalog"_s);
        if (obstacle == Obstacle::Unreadable) {
            if (runsAsRoot())
                QSKIP("root reads any directory, so this run cannot make one it cannot read");
            QVERIFY(QDir().mkdir(directory));
            QVERIFY(makeObstacle(Obstacle::RegularFile, directory + u"/en.json"_s));
            QVERIFY(QFile::setPermissions(directory, QFileDevice::Permissions()));
        } else {
            QVERIFY(makeObstacle(obstacle, directory));
        }
        const Catalog catalog = CatalogLoader::loadDirectory(directory);
        if (obstacle == Obstacle::Unreadable)
            QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
        QCOMPARE(catalog.issues().size(), 1);
        QCOMPARE(catalog.issues().first().toString(), directory + u": "_s + message);
        QVERIFY(catalog.isEmpty());
    }

    void loadDirectory_fixture_loadsBothLanguages()
    {
        const Catalog catalog =
            CatalogLoader::loadDirectory(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s);
        QVERIFY2(catalog.issues().isEmpty(), qPrintable(catalog.issues().value(0).toString()));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
        QVERIFY(catalog.hasLanguage(Language::English));
        QVERIFY(catalog.hasLanguage(Language::TraditionalChinese));
    }

    void loadInvalidJson_reportsLineOfTheSyntaxError()
    {
        QByteArray broken = readFixture(u"en"_s);
        const int line = 7;
        int offset = 0;
        for (int i = 1; i < line; ++i)
            offset = int(broken.indexOf('\n', offset)) + 1;
        broken.insert(offset, "  }}} oops,\n");
        write(u"en"_s, broken);
        write(u"zh_TW"_s, readFixture(u"zh_TW"_s));
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        QVERIFY(!catalog.issues().isEmpty());
        const CatalogIssue &issue = catalog.issues().first();
        QVERIFY(issue.toString().startsWith(m_dir.filePath(u"en.json"_s) + u':'));
        QVERIFY2(issue.message.startsWith(u"invalid JSON"_s), qPrintable(issue.toString()));
        QCOMPARE(issue.line, line);
        QVERIFY(catalog.hasLanguage(Language::TraditionalChinese));
    }

    void loadWrongLanguage_isRejectedWithItsField()
    {
        QJsonObject english = fixture(u"en"_s);
        english.insert(u"language"_s, u"fr"_s);
        write(u"en"_s, english);
        write(u"zh_TW"_s, readFixture(u"zh_TW"_s));
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        const CatalogIssue *issue = findIssue(catalog, u"language"_s);
        QVERIFY(issue);
        QVERIFY(issue->message.contains(u"\"fr\""_s));
        QVERIFY(!catalog.hasLanguage(Language::English));
    }

    void loadMissingField_namesFileCodeFieldAndLine_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("title") << u"title"_s;
        QTest::addRow("meaning") << u"meaning"_s;
        QTest::addRow("causes") << u"causes"_s;
        QTest::addRow("fixSteps") << u"fixSteps"_s;
        QTest::addRow("iisVersions") << u"iisVersions"_s;
    }

    void loadMissingField_namesFileCodeFieldAndLine()
    {
        QFETCH(QString, field);
        const int index = 2; // http 403.4
        const Catalog catalog = loadWithEnglishEntryChanged(
            index, [&](QJsonObject &entry) { entry.remove(field); });
        const CatalogIssue *issue = findIssue(catalog, field);
        QVERIFY2(issue, "no issue names the field");
        QCOMPARE(issue->file, m_dir.filePath(u"en.json"_s));
        QCOMPARE(issue->code, u"http:403.4"_s);
        QVERIFY(issue->line > 1);
        // The line is where the entry starts in the file as written.
        const QByteArray written = [&] {
            QFile file(issue->file);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        const QList<QByteArray> lines = written.split('\n');
        QVERIFY(lines.value(issue->line - 1).contains('{'));
        bool codeNearLine = false;
        for (int i = issue->line - 1; i < issue->line + 30 && i < lines.size(); ++i)
            codeNearLine = codeNearLine || lines[i].contains("\"403.4\"");
        QVERIFY2(codeNearLine, "the reported line is not where the entry starts");
        // The broken entry keeps its other language; the rest of the file loads.
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
        const Entry *entry = catalog.find(CodeId(Protocol::Http, 403, 4));
        QVERIFY(entry);
        QVERIFY(!entry->hasText(Language::English));
        QVERIFY(entry->hasText(Language::TraditionalChinese));
    }

    void loadMistypedField_saysWhatWasFound_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("causes is a string") << u"causes"_s << QJsonValue(u"one cause"_s) << u"found a string"_s;
        QTest::addRow("fixSteps is empty") << u"fixSteps"_s << QJsonValue(QJsonArray()) << u"empty array"_s;
        QTest::addRow("fixSteps has a number") << u"fixSteps"_s << QJsonValue(QJsonArray{1}) << u"item 1 is a number"_s;
        QTest::addRow("title is a number") << u"title"_s << QJsonValue(42) << u"found a number"_s;
        QTest::addRow("code is not a code") << u"code"_s << QJsonValue(u"40x"_s) << u"\"40x\""_s;
        QTest::addRow("protocol is unknown") << u"protocol"_s << QJsonValue(u"gopher"_s) << u"\"gopher\""_s;
        QTest::addRow("common is a string") << u"common"_s << QJsonValue(u"yes"_s) << u"true or false"_s;
        QTest::addRow("iis version unknown") << u"iisVersions"_s << QJsonValue(QJsonArray{u"7.5"_s}) << u"\"7.5\""_s;
        QTest::addRow("kb id malformed") << u"kbArticles"_s
                                         << QJsonValue(QJsonArray{QJsonObject{{u"id"_s, u"248072"_s}, {u"title"_s, u"t"_s}}})
                                         << u"\"248072\""_s;
    }

    void loadMistypedField_saysWhatWasFound()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const Catalog catalog = loadWithEnglishEntryChanged(
            4, [&](QJsonObject &entry) { entry.insert(field, value); });
        const CatalogIssue *issue = findIssue(catalog, field);
        QVERIFY2(issue, "no issue names the field");
        QVERIFY2(issue->message.contains(expected), qPrintable(issue->toString()));
        QVERIFY(issue->line > 0);
        QCOMPARE(issue->file, m_dir.filePath(u"en.json"_s));
    }

    void loadDuplicateCode_keepsFirstAndReportsSecond()
    {
        QJsonObject english = fixture(u"en"_s);
        QJsonArray entries = english.value(u"entries"_s).toArray();
        QJsonObject copy = entries[1].toObject();
        copy.insert(u"title"_s, u"Second copy"_s);
        entries.append(copy);
        english.insert(u"entries"_s, entries);
        write(u"en"_s, english);
        write(u"zh_TW"_s, readFixture(u"zh_TW"_s));
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        const CatalogIssue *issue = findIssue(catalog, u"code"_s);
        QVERIFY(issue);
        QVERIFY(issue->message.contains(u"duplicate"_s));
        QCOMPARE(issue->code, u"http:403"_s);
        QCOMPARE(catalog.find(CodeId(Protocol::Http, 403))->text(Language::English).title, u"Forbidden"_s);
    }

    void loadDifferentCodeSets_reportsCodeMissingFromOneLanguage()
    {
        QJsonObject chinese = fixture(u"zh_TW"_s);
        QJsonArray entries = chinese.value(u"entries"_s).toArray();
        entries.removeAt(5); // http 404
        chinese.insert(u"entries"_s, entries);
        write(u"en"_s, readFixture(u"en"_s));
        write(u"zh_TW"_s, chinese);
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        QCOMPARE(catalog.issues().size(), 1);
        const CatalogIssue &issue = catalog.issues().first();
        QCOMPARE(issue.file, m_dir.filePath(u"zh_TW.json"_s));
        QCOMPARE(issue.code, u"http:404"_s);
        QVERIFY(issue.message.contains(u"en.json"_s));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
    }

    void loadDifferentKbIds_reportsKbArticles()
    {
        const Catalog catalog = loadWithEnglishEntryChanged(6, [](QJsonObject &entry) {
            entry.insert(u"kbArticles"_s,
                         QJsonArray{QJsonObject{{u"id"_s, u"Q999999"_s}, {u"title"_s, u"Other"_s}}});
        });
        const CatalogIssue *issue = findIssue(catalog, u"kbArticles"_s);
        QVERIFY(issue);
        QCOMPARE(issue->code, u"http:500"_s);
        QVERIFY2(issue->message.contains(u"Q999999"_s) && issue->message.contains(u"Q294807"_s),
                 qPrintable(issue->toString()));
    }

    void loadDifferentRelated_reportsRelated()
    {
        const Catalog catalog = loadWithEnglishEntryChanged(0, [](QJsonObject &entry) {
            entry.insert(u"related"_s, QJsonArray{QJsonObject{{u"protocol"_s, u"ftp"_s}, {u"code"_s, u"550"_s}}});
        });
        const CatalogIssue *issue = findIssue(catalog, u"related"_s);
        QVERIFY(issue);
        QVERIFY(issue->message.contains(u"differs"_s));
    }

    void loadDanglingRelated_dropsLinkAndReportsTarget()
    {
        const QJsonArray dangling{QJsonObject{{u"protocol"_s, u"http"_s}, {u"code"_s, u"418"_s}}};
        QJsonObject english = fixture(u"en"_s);
        QJsonObject chinese = fixture(u"zh_TW"_s);
        for (QJsonObject *root : {&english, &chinese}) {
            QJsonArray entries = root->value(u"entries"_s).toArray();
            QJsonObject entry = entries[1].toObject();
            entry.insert(u"related"_s, dangling);
            entries[1] = entry;
            root->insert(u"entries"_s, entries);
        }
        write(u"en"_s, english);
        write(u"zh_TW"_s, chinese);
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        const CatalogIssue *issue = findIssue(catalog, u"related"_s);
        QVERIFY(issue);
        QVERIFY(issue->message.contains(u"http:418"_s));
        QVERIFY(catalog.find(CodeId(Protocol::Http, 403))->related.isEmpty());
    }

    void loadUnknownField_warnsButKeepsEntry()
    {
        const Catalog catalog = loadWithEnglishEntryChanged(
            3, [](QJsonObject &entry) { entry.insert(u"fixsteps"_s, QJsonArray{u"typo"_s}); });
        const CatalogIssue *issue = findIssue(catalog, u"fixsteps"_s);
        QVERIFY(issue);
        QVERIFY(issue->message.contains(u"unknown field"_s));
        QVERIFY(catalog.find(CodeId(Protocol::Http, 403, 5))->hasText(Language::English));
    }

    void loadEntryThatIsNotAnObject_reportsItsPosition()
    {
        QJsonObject english = fixture(u"en"_s);
        QJsonArray entries = english.value(u"entries"_s).toArray();
        entries.insert(0, u"not an entry"_s);
        english.insert(u"entries"_s, entries);
        write(u"en"_s, english);
        write(u"zh_TW"_s, readFixture(u"zh_TW"_s));
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        QVERIFY(!catalog.issues().isEmpty());
        QVERIFY(catalog.issues().first().message.contains(u"entry 1 must be an object"_s));
        QVERIFY(catalog.issues().first().line > 0);
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
    }

    void loadBinaryGarbage_neverCrashes()
    {
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 256);
        write(u"en"_s, garbage);
        write(u"zh_TW"_s, QByteArray("[1, 2, 3]"));
        const Catalog catalog = CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
        QCOMPARE(catalog.issues().size(), 2);
        QVERIFY(catalog.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "TestCatalogLoader.moc"
