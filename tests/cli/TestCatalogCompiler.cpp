// SPDX-License-Identifier: MIT
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The build step that validates and compiles resources/codes: a broken catalog must stop the
// build with a message that names the file, line, code and field.
class TestCatalogCompiler final : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString err;
    };

    static Run compile(const QString &source, const QString &output)
    {
        QProcess process;
        process.start(QStringLiteral(IISREF_CATALOGC), {source, output});
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardError())};
    }

    static bool copyMini(const QString &directory)
    {
        for (const QString &name : {u"facts.json"_s, u"en.json"_s, u"zh_TW.json"_s}) {
            if (!QFile::copy(QStringLiteral(IISREF_TEST_DATA) + u"/mini/"_s + name,
                             directory + u'/' + name))
                return false;
        }
        return true;
    }

private slots:
    void validCatalog_writesFactsAndBothLanguages()
    {
        QTemporaryDir source;
        QTemporaryDir output;
        QVERIFY(copyMini(source.path()));
        const Run run = compile(source.path(), output.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString &name : {u"facts.bin"_s, u"en.bin"_s, u"zh_TW.bin"_s})
            QVERIFY2(QFile(output.filePath(name)).size() > 0, qPrintable(name));
    }

    void brokenCatalog_failsNamingFileLineCodeAndField()
    {
        QTemporaryDir source;
        QTemporaryDir output;
        QVERIFY(copyMini(source.path()));
        QFile english(source.filePath(u"en.json"_s));
        QVERIFY(english.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(english.readAll()).object();
        english.close();
        QJsonArray entries = root.value(u"entries"_s).toArray();
        QJsonObject entry = entries[2].toObject(); // http:403.4
        entry.remove(u"title"_s);
        entries[2] = entry;
        root.insert(u"entries"_s, entries);
        QVERIFY(english.open(QIODevice::WriteOnly | QIODevice::Truncate));
        english.write(QJsonDocument(root).toJson());
        english.close();

        const Run run = compile(source.path(), output.path());
        QCOMPARE(run.exitCode, 1);
        const QRegularExpression located(QRegularExpression::escape(english.fileName()) +
                                         u":\\d+: error: http:403.4: field 'title'"_s);
        QVERIFY2(located.match(run.err).hasMatch(), qPrintable(run.err));
        QVERIFY(!QFile::exists(output.filePath(u"facts.bin"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCompiler)
#include "TestCatalogCompiler.moc"
