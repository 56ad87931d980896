// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "EntryFormatter.h"
#include "EntryPrinter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// The PDF a ticket gets, written without the save dialog that picks its name in the window.
class TestEntryPrinter final : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    QString entryHtml(const QString &key) const
    {
        return EntryFormatter::entryHtml(*m_catalog.find(*CodeId::fromKey(key)), Language::English);
    }

private slots:
    void initTestCase() { m_catalog = CatalogLoader::loadBuiltIn(); }

    void writePdf_writesAPdfFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"HTTP-403.14.pdf"_s);
        QCOMPARE(EntryPrinter::writePdf(entryHtml(u"http:403.14"_s), path, u"HTTP 403.14"_s),
                 QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(16).constData());
        QVERIFY(pdf.contains("%%EOF"));
        // A page with the entry's text on it, not an empty document.
        QVERIFY2(pdf.size() > 4000, QByteArray::number(pdf.size()).constData());
    }

    void writePdf_overAnExistingFile_replacesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"entry.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
        old.close();
        QCOMPARE(EntryPrinter::writePdf(entryHtml(u"ftp:550"_s), path), QString());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().startsWith("%PDF-"));
    }

    // A folder that is a file cannot hold the PDF, not even for root.
    void writePdf_unwritablePath_namesTheFile()
    {
        QTemporaryDir dir;
        QFile notAFolder(dir.filePath(u"tickets"_s));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        const QString path = notAFolder.fileName() + u"/HTTP-403.14.pdf"_s;
        const QString error = EntryPrinter::writePdf(entryHtml(u"http:403.14"_s), path);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.startsWith(u"Could not write "_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void pdfFileName_isTheCodeWithoutSpaces_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("fileName");
        QTest::addRow("http substatus") << u"http:403.14"_s << u"HTTP-403.14.pdf"_s;
        QTest::addRow("ftp substatus") << u"ftp-substatus:41"_s << u"FTP-substatus-41.pdf"_s;
        QTest::addRow("win32") << u"win32:2148074254"_s << u"Win32-2148074254.pdf"_s;
        QTest::addRow("httperr") << u"httperr:Timer_ConnectionIdle"_s
                                 << u"HTTP.sys-Timer_ConnectionIdle.pdf"_s;
        QTest::addRow("httperr with slash")
            << u"httperr:Invalid_CR/LF"_s << u"HTTP.sys-Invalid_CR-LF.pdf"_s;
    }

    void pdfFileName_isTheCodeWithoutSpaces()
    {
        QFETCH(QString, key);
        QFETCH(QString, fileName);
        QCOMPARE(EntryPrinter::pdfFileName(*CodeId::fromKey(key)), fileName);
    }
};

QTEST_MAIN(TestEntryPrinter)
#include "TestEntryPrinter.moc"
