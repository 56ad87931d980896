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

    void recentEntries_newestFirst_distinct_capped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"iisref.conf"_s);
        {
            Settings settings(path);
            for (int status = 400; status < 400 + Settings::maxRecentEntries + 3; ++status)
                settings.addRecentEntry(CodeId(CodeKind::Http, status));
            settings.addRecentEntry(CodeId(CodeKind::Http, 405));
        }
        const QList<CodeId> recent = Settings(path).recentEntries();
        QCOMPARE(recent.size(), Settings::maxRecentEntries);
        QCOMPARE(recent.value(0), CodeId(CodeKind::Http, 405));
        QCOMPARE(recent.value(1), CodeId(CodeKind::Http, 412));
        QCOMPARE(recent.count(CodeId(CodeKind::Http, 405)), 1);
        QVERIFY(!recent.contains(CodeId(CodeKind::Http, 400)));
    }

    // A hand edit or another version's idea of the key costs the list its bad items only.
    void recentEntries_garbage_isLeftOut_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("keys");
        QTest::addRow("one key") << QByteArray("http:403.14") << QStringList{u"http:403.14"_s};
        QTest::addRow("unknown kinds and codes")
            << QByteArray("klingon:1, http:403.14, http:999, , ftp:550.1, win32:5")
            << QStringList{u"http:403.14"_s, u"win32:5"_s};
        QTest::addRow("duplicates") << QByteArray("ftp:530, ftp:530") << QStringList{u"ftp:530"_s};
        QTest::addRow("bytes") << QByteArray("@ByteArray(http:403)") << QStringList{};
        QTest::addRow("number") << QByteArray("@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)")
                                << QStringList{};
        QTest::addRow("empty") << QByteArray() << QStringList{};
        QTest::addRow("binary") << QByteArray("\x1\x2\xff") << QStringList{};
    }

    void recentEntries_garbage_isLeftOut()
    {
        QFETCH(QByteArray, value);
        QFETCH(QStringList, keys);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"iisref.conf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[history]\nrecent=" + value + "\n");
        file.close();
        QStringList read;
        for (const CodeId &id : Settings(path).recentEntries())
            read.append(id.key());
        QCOMPARE(read, keys);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
