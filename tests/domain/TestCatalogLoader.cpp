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
#include <functional>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace iisref;

// Each broken-resource case starts from the valid mini catalog in tests/data/mini (facts.json,
// en.json, zh_TW.json), breaks one thing, and checks that the message names the file, the
// code, the field and the line, and that everything else still loads.
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
    using Change = std::function<void(QJsonObject &)>;

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

    static QByteArray readFixture(const QString &name)
    {
        QFile file(QStringLiteral(IISREF_TEST_DATA) + u"/mini/"_s + name + u".json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read fixture");
        return file.readAll();
    }

    static QJsonObject fixture(const QString &name)
    {
        return QJsonDocument::fromJson(readFixture(name)).object();
    }

    QString path(const QString &name) const { return m_dir.filePath(name + u".json"_s); }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write fixture");
        file.write(bytes);
    }

    void write(const QString &name, const QJsonObject &root)
    {
        write(name, QJsonDocument(root).toJson(QJsonDocument::Indented));
    }

    void writeFixture()
    {
        for (const QString &name : {u"facts"_s, u"en"_s, u"zh_TW"_s})
            write(name, readFixture(name));
    }

    Catalog load() const
    {
        return CatalogLoader::load(CatalogLoader::sourcesInDirectory(m_dir.path()));
    }

    static void changeEntry(QJsonObject &root, int index, const Change &change)
    {
        QJsonArray entries = root.value(u"entries"_s).toArray();
        QJsonObject entry = entries[index].toObject();
        change(entry);
        entries[index] = entry;
        root.insert(u"entries"_s, entries);
    }

    static void appendEntry(QJsonObject &root, const QJsonObject &entry)
    {
        QJsonArray entries = root.value(u"entries"_s).toArray();
        entries.append(entry);
        root.insert(u"entries"_s, entries);
    }

    // Applies `change` to entry `index` of one file (facts, en or zh_TW) and loads all three.
    Catalog loadWithEntryChanged(const QString &name, int index, const Change &change)
    {
        writeFixture();
        QJsonObject root = fixture(name);
        changeEntry(root, index, change);
        write(name, root);
        return load();
    }

    static const CatalogIssue *findIssue(const Catalog &catalog, const QString &field)
    {
        for (const CatalogIssue &issue : catalog.issues()) {
            if (issue.field == field)
                return &issue;
        }
        return nullptr;
    }

    static QString allIssues(const Catalog &catalog)
    {
        QStringList lines;
        for (const CatalogIssue &issue : catalog.issues())
            lines.append(issue.toString());
        return lines.join(u'\n');
    }

    // Whether the issue's line is where the entry with `code` starts in the file as written.
    static bool pointsAtEntry(const CatalogIssue &issue, const QByteArray &code)
    {
        QFile file(issue.file);
        if (issue.line < 2 || !file.open(QIODevice::ReadOnly))
            return false;
        const QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.value(issue.line - 1).contains('{'))
            return false;
        for (int i = issue.line - 1; i < issue.line + 30 && i < lines.size(); ++i) {
            if (lines[i].contains(code))
                return true;
        }
        return false;
    }

    static int fixtureEntryCount()
    {
        return int(fixture(u"facts"_s).value(u"entries"_s).toArray().size());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadValidFixture_hasEveryEntryInBothLanguagesAndNoIssues()
    {
        const Catalog catalog = CatalogLoader::load(
            CatalogLoader::sourcesInDirectory(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s));
        QVERIFY2(catalog.issues().isEmpty(), qPrintable(allIssues(catalog)));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
        for (const Entry &entry : catalog.entries()) {
            QVERIFY(entry.hasText(Language::English));
            QVERIFY(entry.hasText(Language::TraditionalChinese));
        }
        const Entry *asp = catalog.find(CodeId(CodeKind::Http, 500, 100));
        QVERIFY(asp);
        QCOMPARE(catalog.findAlias(u"500-100.asp"), asp);
        QCOMPARE(asp->text(Language::TraditionalChinese).title, u"ASP 錯誤"_s);
        QCOMPARE(asp->references.first().id, u"Q261200"_s);
        QCOMPARE(asp->text(Language::English).referenceTitles.size(), 1);
        QCOMPARE(catalog.groupText(CodeKind::Ftp, 5, Language::English).title,
                 u"Permanent negative completion reply"_s);
    }

    void loadEveryKindAndReferenceType_keepsVersionsSymbolAndTitles()
    {
        writeFixture();
        QJsonObject facts = fixture(u"facts"_s);
        appendEntry(
            facts,
            QJsonObject{
                {u"kind"_s, u"win32"_s},
                {u"code"_s, u"2148074254"_s},
                {u"symbol"_s, u"SEC_E_NO_CREDENTIALS"_s},
                {u"iisVersions"_s, QJsonArray{u"6.0"_s, u"7.0-10.0"_s}},
                {u"related"_s, QJsonArray{u"http:401.1"_s}},
                {u"references"_s,
                 QJsonArray{
                     QJsonObject{
                         {u"type"_s, u"kb"_s},
                         {u"id"_s, u"943891"_s},
                         {u"url"_s,
                          u"https://learn.microsoft.com/troubleshoot/iis/http-status-code"_s}},
                     QJsonObject{
                         {u"type"_s, u"rfc"_s}, {u"id"_s, u"4559"_s}, {u"section"_s, u"4"_s}},
                     QJsonObject{
                         {u"type"_s, u"learn"_s},
                         {u"id"_s, u"sspi-status"_s},
                         {u"url"_s,
                          u"https://learn.microsoft.com/windows/win32/secauthn/sspi-status-codes"_s}}}}});
        appendEntry(facts, QJsonObject{{u"kind"_s, u"httperr"_s},
                                       {u"code"_s, u"Timer_ConnectionIdle"_s},
                                       {u"iisVersions"_s, QJsonArray{u"6.0-10.0"_s}}});
        appendEntry(facts, QJsonObject{{u"kind"_s, u"ftp-substatus"_s},
                                       {u"code"_s, u"41"_s},
                                       {u"iisVersions"_s, QJsonArray{u"7.5-10.0"_s}}});
        write(u"facts"_s, facts);
        for (const QString &language : {u"en"_s, u"zh_TW"_s}) {
            QJsonObject prose = fixture(language);
            appendEntry(
                prose,
                QJsonObject{
                    {u"key"_s, u"win32:2148074254"_s},
                    {u"title"_s, u"No credentials"_s},
                    {u"meaning"_s, u"Meaning."_s},
                    {u"causes"_s,
                     QJsonArray{u"Any version."_s,
                                QJsonObject{{u"text"_s, u"Only IIS 7 and later."_s},
                                            {u"iisVersions"_s, QJsonArray{u"7.0-10.0"_s}}}}},
                    {u"fixSteps"_s, QJsonArray{u"A step."_s}},
                    {u"references"_s, QJsonObject{{u"943891"_s, u"Status codes"_s},
                                                  {u"4559#4"_s, u"Negotiate"_s},
                                                  {u"sspi-status"_s, u"SSPI status codes"_s}}}});
            for (const QString &key : {u"httperr:Timer_ConnectionIdle"_s, u"ftp-substatus:41"_s})
                appendEntry(prose, QJsonObject{{u"key"_s, key},
                                               {u"title"_s, u"Title"_s},
                                               {u"meaning"_s, u"Meaning."_s},
                                               {u"causes"_s, QJsonArray{u"A cause."_s}},
                                               {u"fixSteps"_s, QJsonArray{u"A step."_s}}});
            write(language, prose);
        }
        const Catalog catalog = load();
        QVERIFY2(catalog.issues().isEmpty(), qPrintable(allIssues(catalog)));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount() + 3);

        const Entry *win32 = catalog.find(CodeId(CodeKind::Win32, 2148074254LL));
        QVERIFY(win32);
        QCOMPARE(win32->symbol, u"SEC_E_NO_CREDENTIALS"_s);
        QCOMPARE(win32->iisVersions.ranges(), QStringList{u"6.0-10.0"_s});
        QCOMPARE(win32->references.size(), 3);
        QCOMPARE(win32->references[1].label(), u"RFC 4559 §4"_s);
        QCOMPARE(win32->references[1].link().toString(),
                 u"https://www.rfc-editor.org/rfc/rfc4559#section-4"_s);
        QCOMPARE(win32->text(Language::English).referenceTitles,
                 (QStringList{u"Status codes"_s, u"Negotiate"_s, u"SSPI status codes"_s}));
        const QList<VersionedText> &causes = win32->text(Language::English).causes;
        QCOMPARE(causes.size(), 2);
        QVERIFY(causes[0].versions.isEmpty());
        QCOMPARE(causes[1].versions.ranges(), QStringList{u"7.0-10.0"_s});
        QVERIFY(catalog.find(CodeId::reason(u"timer_connectionidle"_s)));
        QVERIFY(catalog.find(CodeId(CodeKind::FtpSubstatus, 41)));
    }

    void loadMissingProseFile_reportsFileAndKeepsOtherLanguage()
    {
        writeFixture();
        QFile::remove(path(u"en"_s));
        const Catalog catalog = load();
        QCOMPARE(catalog.issues().size(), 1);
        QCOMPARE(catalog.issues().first().file, path(u"en"_s));
        QVERIFY(catalog.issues().first().message.contains(u"not found"_s));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
        QVERIFY(catalog.hasLanguage(Language::TraditionalChinese));
        QVERIFY(!catalog.hasLanguage(Language::English));
        // The English UI still shows something rather than nothing.
        QCOMPARE(catalog.entries().first().text(Language::English).title, u"登入失敗"_s);
    }

    void loadMissingFactsFile_reportsItOnceAndLoadsNothing()
    {
        writeFixture();
        QFile::remove(path(u"facts"_s));
        const Catalog catalog = load();
        QCOMPARE(catalog.issues().size(), 1);
        QCOMPARE(catalog.issues().first().file, path(u"facts"_s));
        QVERIFY(catalog.isEmpty());
    }

    void loadInvalidJson_reportsLineOfTheSyntaxError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("prose") << u"en"_s;
        QTest::addRow("facts") << u"facts"_s;
    }

    void loadInvalidJson_reportsLineOfTheSyntaxError()
    {
        QFETCH(QString, name);
        writeFixture();
        QByteArray broken = readFixture(name);
        const int line = 7;
        int offset = 0;
        for (int i = 1; i < line; ++i)
            offset = int(broken.indexOf('\n', offset)) + 1;
        broken.insert(offset, "  }}} oops,\n");
        write(name, broken);
        const Catalog catalog = load();
        QVERIFY(!catalog.issues().isEmpty());
        const CatalogIssue &issue = catalog.issues().first();
        QVERIFY(issue.toString().startsWith(path(name) + u':'));
        QVERIFY2(issue.message.startsWith(u"invalid JSON"_s), qPrintable(issue.toString()));
        QCOMPARE(issue.line, line);
    }

    void loadWrongLanguage_isRejectedWithItsField()
    {
        writeFixture();
        QJsonObject english = fixture(u"en"_s);
        english.insert(u"language"_s, u"fr"_s);
        write(u"en"_s, english);
        const Catalog catalog = load();
        const CatalogIssue *issue = findIssue(catalog, u"language"_s);
        QVERIFY(issue);
        QVERIFY(issue->message.contains(u"\"fr\""_s));
        QVERIFY(!catalog.hasLanguage(Language::English));
    }

    void loadWrongFormat_isRejectedWithItsField()
    {
        writeFixture();
        QJsonObject facts = fixture(u"facts"_s);
        facts.insert(u"format"_s, 1);
        write(u"facts"_s, facts);
        const Catalog catalog = load();
        const CatalogIssue *issue = findIssue(catalog, u"format"_s);
        QVERIFY(issue);
        QVERIFY2(issue->message.contains(u"must be 2, found 1"_s), qPrintable(issue->toString()));
        QVERIFY(catalog.isEmpty());
    }

    void loadMissingProseField_namesFileCodeFieldAndLine_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("title") << u"title"_s;
        QTest::addRow("meaning") << u"meaning"_s;
        QTest::addRow("causes") << u"causes"_s;
        QTest::addRow("fixSteps") << u"fixSteps"_s;
    }

    void loadMissingProseField_namesFileCodeFieldAndLine()
    {
        QFETCH(QString, field);
        const int index = 2; // http 403.4
        const Catalog catalog =
            loadWithEntryChanged(u"en"_s, index, [&](QJsonObject &entry) { entry.remove(field); });
        const CatalogIssue *issue = findIssue(catalog, field);
        QVERIFY2(issue, "no issue names the field");
        QCOMPARE(issue->file, path(u"en"_s));
        QCOMPARE(issue->code, u"http:403.4"_s);
        QVERIFY2(pointsAtEntry(*issue, "\"http:403.4\""), qPrintable(issue->toString()));
        // The broken entry keeps its other language; the rest of the file loads.
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
        const Entry *entry = catalog.find(CodeId(CodeKind::Http, 403, 4));
        QVERIFY(entry);
        QVERIFY(!entry->hasText(Language::English));
        QVERIFY(entry->hasText(Language::TraditionalChinese));
    }

    void loadMissingFactsField_dropsEntryAndNamesLine()
    {
        const Catalog catalog = loadWithEntryChanged(
            u"facts"_s, 2, [](QJsonObject &entry) { entry.remove(u"iisVersions"_s); });
        const CatalogIssue *issue = findIssue(catalog, u"iisVersions"_s);
        QVERIFY(issue);
        QCOMPARE(issue->file, path(u"facts"_s));
        QCOMPARE(issue->code, u"http:403.4"_s);
        QVERIFY2(pointsAtEntry(*issue, "\"403.4\""), qPrintable(issue->toString()));
        QCOMPARE(catalog.entries().size(), fixtureEntryCount() - 1);
        // Both languages' text for the dropped code is reported, not silently lost.
        int orphans = 0;
        for (const CatalogIssue &other : catalog.issues())
            orphans += other.code == u"http:403.4"_s && other.field == u"key"_s ? 1 : 0;
        QCOMPARE(orphans, 2);
    }

    void loadMistypedField_saysWhatWasFound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QString en = u"en"_s;
        const QString facts = u"facts"_s;
        auto reference = [](const QString &type, const QString &id, const QString &url = {}) {
            QJsonObject object{{u"type"_s, type}, {u"id"_s, id}};
            if (!url.isEmpty())
                object.insert(u"url"_s, url);
            return QJsonValue(QJsonArray{object});
        };
        QTest::addRow("causes is a string")
            << en << u"causes"_s << QJsonValue(u"one cause"_s) << u"found a string"_s;
        QTest::addRow("fixSteps is empty")
            << en << u"fixSteps"_s << QJsonValue(QJsonArray()) << u"empty array"_s;
        QTest::addRow("fixSteps has a number")
            << en << u"fixSteps"_s << QJsonValue(QJsonArray{1}) << u"item 1 is a number"_s;
        QTest::addRow("title is a number")
            << en << u"title"_s << QJsonValue(42) << u"found a number"_s;
        QTest::addRow("versioned step without text")
            << en << u"fixSteps"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"iisVersions"_s, QJsonArray{u"7.0"_s}}}})
            << u"item 1"_s;
        QTest::addRow("versioned step with bad range")
            << en << u"causes"_s
            << QJsonValue(QJsonArray{
                   QJsonObject{{u"text"_s, u"x"_s}, {u"iisVersions"_s, QJsonArray{u"10.0-7.0"_s}}}})
            << u"\"10.0-7.0\""_s;
        QTest::addRow("key is not a key")
            << en << u"key"_s << QJsonValue(u"http 403"_s) << u"\"http 403\""_s;
        QTest::addRow("code is not a code")
            << facts << u"code"_s << QJsonValue(u"40x"_s) << u"\"40x\""_s;
        QTest::addRow("kind is unknown")
            << facts << u"kind"_s << QJsonValue(u"gopher"_s) << u"\"gopher\""_s;
        QTest::addRow("common is a string")
            << facts << u"common"_s << QJsonValue(u"yes"_s) << u"true or false"_s;
        QTest::addRow("iis version unknown")
            << facts << u"iisVersions"_s << QJsonValue(QJsonArray{u"7.6"_s}) << u"\"7.6\""_s;
        QTest::addRow("related is not a key")
            << facts << u"related"_s << QJsonValue(QJsonArray{u"403.5"_s}) << u"\"403.5\""_s;
        QTest::addRow("symbol on http")
            << facts << u"symbol"_s << QJsonValue(u"ERROR_X"_s) << u"only win32"_s;
        QTest::addRow("kb id malformed")
            << facts << u"references"_s << reference(u"kb"_s, u"Q99"_s) << u"\"Q99\""_s;
        QTest::addRow("rfc id malformed")
            << facts << u"references"_s << reference(u"rfc"_s, u"RFC959"_s) << u"\"RFC959\""_s;
        QTest::addRow("learn without url")
            << facts << u"references"_s << reference(u"learn"_s, u"page"_s) << u"url"_s;
        QTest::addRow("url not https")
            << facts << u"references"_s << reference(u"kb"_s, u"943891"_s, u"http://example.com/"_s)
            << u"https"_s;
        QTest::addRow("reference type unknown")
            << facts << u"references"_s << reference(u"blog"_s, u"x"_s) << u"\"blog\""_s;
    }

    void loadMistypedField_saysWhatWasFound()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const Catalog catalog =
            loadWithEntryChanged(file, 4, [&](QJsonObject &entry) { entry.insert(field, value); });
        const CatalogIssue *issue = findIssue(catalog, field);
        QVERIFY2(issue, qPrintable(allIssues(catalog)));
        QCOMPARE(issue->file, path(file));
        QVERIFY2(issue->message.contains(expected), qPrintable(issue->toString()));
    }

    void loadWin32WithoutSymbol_isRejected()
    {
        const Catalog catalog = loadWithEntryChanged(u"facts"_s, 4, [](QJsonObject &entry) {
            entry.insert(u"kind"_s, u"win32"_s);
            entry.insert(u"code"_s, u"5"_s);
        });
        const CatalogIssue *issue = findIssue(catalog, u"symbol"_s);
        QVERIFY2(issue, qPrintable(allIssues(catalog)));
        QCOMPARE(issue->code, u"win32:5"_s);
    }

    void loadDuplicateCode_keepsFirstAndReportsSecond_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addRow("facts") << u"facts"_s << u"code"_s;
        QTest::addRow("prose") << u"en"_s << u"key"_s;
    }

    void loadDuplicateCode_keepsFirstAndReportsSecond()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        writeFixture();
        QJsonObject root = fixture(file);
        QJsonArray entries = root.value(u"entries"_s).toArray();
        entries.append(entries[1]);
        root.insert(u"entries"_s, entries);
        write(file, root);
        const Catalog catalog = load();
        const CatalogIssue *issue = findIssue(catalog, field);
        QVERIFY2(issue, qPrintable(allIssues(catalog)));
        QVERIFY(issue->message.contains(u"duplicate"_s));
        QCOMPARE(issue->code, u"http:403"_s);
        QCOMPARE(catalog.find(CodeId(CodeKind::Http, 403))->text(Language::English).title,
                 u"Forbidden"_s);
    }

    void loadCodeMissingFromOneLanguage_reportsItAgainstThatFile()
    {
        writeFixture();
        QJsonObject chinese = fixture(u"zh_TW"_s);
        QJsonArray entries = chinese.value(u"entries"_s).toArray();
        entries.removeAt(1);
        chinese.insert(u"entries"_s, entries);
        write(u"zh_TW"_s, chinese);
        const Catalog catalog = load();
        QCOMPARE(catalog.issues().size(), 1);
        const CatalogIssue &issue = catalog.issues().first();
        QCOMPARE(issue.file, path(u"zh_TW"_s));
        QCOMPARE(issue.code, u"http:403"_s);
        QVERIFY2(issue.message.contains(path(u"facts"_s) + u':'), qPrintable(issue.toString()));
        QVERIFY(catalog.find(CodeId(CodeKind::Http, 403))->hasText(Language::English));
    }

    void loadProseForUnknownCode_reportsAndIgnoresIt()
    {
        const Catalog catalog = loadWithEntryChanged(
            u"en"_s, 1, [](QJsonObject &entry) { entry.insert(u"key"_s, u"http:418"_s); });
        bool reported = false;
        for (const CatalogIssue &issue : catalog.issues())
            reported =
                reported || (issue.code == u"http:418"_s && issue.message.contains(u"no entry"_s));
        QVERIFY2(reported, qPrintable(allIssues(catalog)));
        QVERIFY(!catalog.find(CodeId(CodeKind::Http, 418)));
    }

    void loadReferenceTitles_reportsMissingAndUncited()
    {
        const Catalog missing = loadWithEntryChanged(
            u"en"_s, 6, [](QJsonObject &entry) { entry.remove(u"references"_s); });
        const CatalogIssue *issue = findIssue(missing, u"references"_s);
        QVERIFY2(issue, qPrintable(allIssues(missing)));
        QVERIFY2(issue->message.contains(u"KB Q294807"_s), qPrintable(issue->toString()));
        // The label stands in, so the pane never shows an empty line.
        QCOMPARE(missing.find(CodeId(CodeKind::Http, 500))->text(Language::English).referenceTitles,
                 QStringList{u"KB Q294807"_s});

        const Catalog extra = loadWithEntryChanged(u"en"_s, 6, [](QJsonObject &entry) {
            QJsonObject titles = entry.value(u"references"_s).toObject();
            titles.insert(u"Q999999"_s, u"Invented"_s);
            entry.insert(u"references"_s, titles);
        });
        issue = findIssue(extra, u"references"_s);
        QVERIFY2(issue && issue->message.contains(u"Q999999"_s), qPrintable(allIssues(extra)));
    }

    void loadStepBeyondEntryVersions_isReported()
    {
        const Catalog catalog = loadWithEntryChanged(u"en"_s, 4, [](QJsonObject &entry) {
            QJsonArray steps = entry.value(u"fixSteps"_s).toArray();
            steps.append(QJsonObject{{u"text"_s, u"In IIS Manager."_s},
                                     {u"iisVersions"_s, QJsonArray{u"10.0"_s}}});
            entry.insert(u"fixSteps"_s, steps);
        });
        const CatalogIssue *issue = findIssue(catalog, u"fixSteps"_s);
        QVERIFY2(issue, qPrintable(allIssues(catalog)));
        QVERIFY2(issue->message.contains(u"10.0"_s), qPrintable(issue->toString()));
    }

    void loadDanglingRelated_dropsLinkAndReportsTarget()
    {
        const Catalog catalog = loadWithEntryChanged(u"facts"_s, 1, [](QJsonObject &entry) {
            entry.insert(u"related"_s, QJsonArray{u"http:418"_s, u"http:403"_s});
        });
        QCOMPARE(catalog.issues().size(), 2);
        for (const CatalogIssue &issue : catalog.issues()) {
            QCOMPARE(issue.file, path(u"facts"_s));
            QCOMPARE(issue.field, u"related"_s);
        }
        QVERIFY(catalog.issues()[0].message.contains(u"http:418"_s));
        QVERIFY(catalog.issues()[1].message.contains(u"itself"_s));
        QVERIFY(catalog.find(CodeId(CodeKind::Http, 403))->related.isEmpty());
    }

    void loadUnknownField_warnsButKeepsEntry()
    {
        const Catalog catalog = loadWithEntryChanged(u"en"_s, 3, [](QJsonObject &entry) {
            entry.insert(u"fixsteps"_s, QJsonArray{u"typo"_s});
        });
        const CatalogIssue *issue = findIssue(catalog, u"fixsteps"_s);
        QVERIFY(issue);
        QVERIFY(issue->message.contains(u"unknown field"_s));
        QVERIFY(catalog.find(CodeId(CodeKind::Http, 403, 5))->hasText(Language::English));
    }

    void loadEntryThatIsNotAnObject_reportsItsPosition()
    {
        writeFixture();
        QJsonObject english = fixture(u"en"_s);
        QJsonArray entries = english.value(u"entries"_s).toArray();
        entries.insert(0, u"not an entry"_s);
        english.insert(u"entries"_s, entries);
        write(u"en"_s, english);
        const Catalog catalog = load();
        QVERIFY(!catalog.issues().isEmpty());
        QVERIFY(catalog.issues().first().message.contains(u"entry 1 must be an object"_s));
        QVERIFY(catalog.issues().first().line > 0);
        QCOMPARE(catalog.entries().size(), fixtureEntryCount());
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

    void loadBinaryGarbage_neverCrashes()
    {
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 256);
        write(u"facts"_s, garbage);
        write(u"en"_s, garbage);
        write(u"zh_TW"_s, QByteArray("[1, 2, 3]"));
        const Catalog catalog = load();
        QCOMPARE(catalog.issues().size(), 3);
        QVERIFY(catalog.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "TestCatalogLoader.moc"
