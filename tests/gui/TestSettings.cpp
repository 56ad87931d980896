// SPDX-License-Identifier: MIT
#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

// A settings file is the user's: a damaged one must not cost them what it still holds, and one
// that cannot be written must be said, not silently ignored.
class TestSettings final : public QObject
{
    Q_OBJECT

    static QByteArray garbage()
    {
        QByteArray bytes;
        for (int i = 0; i < 2048; ++i)
            bytes.append(char((i * 7919) % 256));
        return bytes;
    }

private slots:
    // Regression: 2 KB of garbage in the middle of iisref.conf was read past silently, and the
    // next save rewrote the file without it.
    void damagedFile_keepsACopyReadsWhatItCanAndSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"iisref.conf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray written =
            "[ui]\nlanguage=zh_TW\n" + garbage() + "\n[entry]\nlast=http:403.14\n";
        file.write(written);
        file.close();

        Settings settings(path);
        QCOMPARE(settings.language(), Language::TraditionalChinese);
        QCOMPARE(settings.lastEntry(), CodeId::fromKey(u"http:403.14"_s));
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY2(settings.problems().first().contains(path),
                 qPrintable(settings.problems().first()));

        const QStringList copies = QDir(dir.path()).entryList({u"iisref.conf.damaged-*"_s});
        QCOMPARE(copies.size(), 1);
        QVERIFY(settings.problems().first().contains(copies.first()));
        QFile copy(dir.filePath(copies.first()));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), written);
    }

    void healthyFile_hasNoProblems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"iisref.conf"_s);
        Settings(path).setLanguage(Language::English);
        Settings settings(path);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
        QCOMPARE(settings.language(), Language::English);
    }

    // A folder that is a file cannot hold the settings, not even for root.
    void unwritableFile_isSaid()
    {
        QTemporaryDir dir;
        QFile notAFolder(dir.filePath(u"config"_s));
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        const QString path = notAFolder.fileName() + u"/iisref.conf"_s;
        Settings settings(path);
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY2(settings.problems().first().contains(u"cannot be written"_s),
                 qPrintable(settings.problems().first()));
        // Still usable: values read as their defaults.
        QVERIFY(!settings.language());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
