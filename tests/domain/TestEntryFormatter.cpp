// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "EntryFormatter.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

class TestEntryFormatter final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    const Entry &entry(CodeKind kind, int status, int substatus = CodeId::NoSubstatus) const
    {
        return *m_catalog.find(CodeId(kind, status, substatus));
    }

private slots:
    void initTestCase()
    {
        m_catalog = CatalogLoader::load(
            CatalogLoader::sourcesInDirectory(QStringLiteral(IISREF_TEST_DATA) + u"/mini"_s));
        QVERIFY(m_catalog.issues().isEmpty());
    }

    void toJson_hasTheDocumentedShape()
    {
        const QJsonObject json =
            EntryFormatter::toJson(entry(CodeKind::Http, 403, 4), Language::English);
        QCOMPARE(json.value(u"kind"_s).toString(), u"http"_s);
        QCOMPARE(json.value(u"protocol"_s).toString(), u"http"_s);
        QCOMPARE(json.value(u"code"_s).toString(), u"403.4"_s);
        QCOMPARE(json.value(u"class"_s).toString(), u"4xx"_s);
        QCOMPARE(json.value(u"title"_s).toString(), u"SSL required"_s);
        QVERIFY(!json.value(u"meaning"_s).toString().isEmpty());
        QCOMPARE(json.value(u"causes"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"fixSteps"_s).toArray().size(), 2);
        const QJsonObject kb = json.value(u"kbArticles"_s).toArray().first().toObject();
        QCOMPARE(kb.value(u"id"_s).toString(), u"Q224389"_s);
        QVERIFY(!kb.value(u"title"_s).toString().isEmpty());
        QCOMPARE(json.value(u"iisVersions"_s).toArray().first().toString(), u"5.0"_s);
        const QJsonObject related = json.value(u"related"_s).toArray().first().toObject();
        QCOMPARE(related.value(u"kind"_s).toString(), u"http"_s);
        QCOMPARE(related.value(u"code"_s).toString(), u"403.5"_s);
    }

    void toJson_followsLanguage()
    {
        const QJsonObject json =
            EntryFormatter::toJson(entry(CodeKind::Ftp, 550), Language::TraditionalChinese);
        QCOMPARE(json.value(u"title"_s).toString(), u"檔案無法使用"_s);
        QCOMPARE(json.value(u"language"_s).toString(), u"zh_TW"_s);
    }

    void fixStepsPlainText_isHeaderThenNumberedSteps()
    {
        const QString text =
            EntryFormatter::fixStepsPlainText(entry(CodeKind::Http, 404), Language::English);
        const QStringList lines = text.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"HTTP 404 — Not found"_s);
        QCOMPARE(lines[1], u"1. First step for 404."_s);
        QCOMPARE(lines[2], u"2. Second step."_s);
    }

    void fixStepsHtml_isOrderedListWithEscapedText()
    {
        Entry tricky = entry(CodeKind::Http, 404);
        tricky.texts[0]->fixSteps = {{u"Open <Properties> & check"_s, {}}};
        const QString html = EntryFormatter::fixStepsHtml(tricky, Language::English);
        QVERIFY(html.contains(u"<ol><li>Open &lt;Properties&gt; &amp; check</li></ol>"_s));
    }

    void entryPlainText_holdsAllFourPanes()
    {
        const QString text =
            EntryFormatter::entryPlainText(entry(CodeKind::Http, 403, 4), Language::English);
        for (const QString &needle :
             {u"Meaning"_s, u"Causes"_s, u"References"_s, u"Fix steps"_s, u"KB Q224389"_s,
              u"1. First step for 403.4."_s, u"HTTP 403.5"_s})
            QVERIFY2(text.contains(needle), qPrintable(needle));
    }

    // Regression: the section headings came from a lambda returning a QStringBuilder over
    // temporaries, and copying a whole entry crashed the window.
    void entryHtml_holdsEveryHeadingAndPane()
    {
        const Entry &shown = entry(CodeKind::Http, 403, 4);
        const QString html = EntryFormatter::entryHtml(shown, Language::English);
        for (const QString &needle :
             {u"<h3>Meaning</h3>"_s, u"<h3>Causes</h3>"_s, u"<h3>References</h3>"_s,
              u"<h3>Fix steps</h3>"_s, u"<ol><li>First step for 403.4.</li>"_s, u"Q224389"_s,
              shown.text(Language::English).meaning.toHtmlEscaped()})
            QVERIFY2(html.contains(needle), qPrintable(needle));
    }

    void versionedSteps_areMarkedAndFilteredByIisVersion()
    {
        Entry entry = this->entry(CodeKind::Http, 404);
        entry.iisVersions = *IisVersionSet::fromRanges({u"6.0-10.0"_s}, nullptr);
        const IisVersionSet iis6 = *IisVersionSet::fromVersion(u"6.0"_s);
        const IisVersionSet iis10 = *IisVersionSet::fromVersion(u"10.0"_s);
        entry.texts[0]->fixSteps = {
            {u"Every version."_s, {}},
            {u"Properties dialog."_s, iis6},
            {u"IIS Manager."_s, *IisVersionSet::fromRanges({u"7.0-10.0"_s}, nullptr)}};

        QCOMPARE(EntryFormatter::itemTexts(entry, entry.texts[0]->fixSteps, {}),
                 (QStringList{u"Every version."_s, u"IIS 6.0: Properties dialog."_s,
                              u"IIS 7.0–10.0: IIS Manager."_s}));
        QCOMPARE(EntryFormatter::itemTexts(entry, entry.texts[0]->fixSteps, iis10),
                 (QStringList{u"Every version."_s, u"IIS 7.0–10.0: IIS Manager."_s}));
        const QJsonObject json = EntryFormatter::toJson(entry, Language::English, iis6);
        QCOMPARE(json.value(u"fixSteps"_s).toArray().size(), 2);
        QVERIFY(EntryFormatter::fixStepsPlainText(entry, Language::English, iis6)
                    .contains(u"2. IIS 6.0: Properties dialog."_s));
    }

    void win32Entry_showsSymbolAndHex()
    {
        Entry entry = this->entry(CodeKind::Http, 404);
        entry.id = CodeId(CodeKind::Win32, 2148074254LL);
        entry.symbol = u"SEC_E_NO_CREDENTIALS"_s;
        QCOMPARE(EntryFormatter::factsLine(entry),
                 u"SEC_E_NO_CREDENTIALS · 0x8009030E · "_s + entry.iisVersions.displayText());
        const QJsonObject json = EntryFormatter::toJson(entry, Language::English);
        QCOMPARE(json.value(u"kind"_s).toString(), u"win32"_s);
        QCOMPARE(json.value(u"code"_s).toString(), u"2148074254"_s);
        QCOMPARE(json.value(u"hex"_s).toString(), u"0x8009030E"_s);
        QCOMPARE(json.value(u"symbol"_s).toString(), u"SEC_E_NO_CREDENTIALS"_s);
        QVERIFY(!json.contains(u"protocol"_s));
        QVERIFY(!json.contains(u"status"_s));
    }
};

QTEST_GUILESS_MAIN(TestEntryFormatter)
#include "TestEntryFormatter.moc"
