// SPDX-License-Identifier: MIT
#include "NavigationHistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iisref;

namespace {

HistoryPlace entry(const QString &key)
{
    return HistoryPlace::entry(*CodeId::fromKey(key));
}

} // namespace

// The rules a browser's Back and Forward taught people, which the window's history keeps.
class TestNavigationHistory final : public QObject
{
    Q_OBJECT

private slots:
    void empty_hasNowhereToGo()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.current());
        QVERIFY(!history.back());
        QVERIFY(!history.forward());
    }

    void backAndForward_walkTheCommittedPlaces()
    {
        NavigationHistory history;
        history.commit(entry(u"http:403"_s));
        history.commit(HistoryPlace::log());
        history.commit(entry(u"http:403.14"_s));
        QCOMPARE(history.back(), HistoryPlace::log());
        QCOMPARE(history.back(), entry(u"http:403"_s));
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.back());
        QCOMPARE(history.current(), entry(u"http:403"_s));
        QCOMPARE(history.forward(), HistoryPlace::log());
        QCOMPARE(history.forward(), entry(u"http:403.14"_s));
        QVERIFY(!history.canGoForward());
    }

    void sameAsCurrent_isOneStepNotTwo()
    {
        NavigationHistory history;
        QVERIFY(history.commit(entry(u"ftp:530"_s)));
        QVERIFY(!history.commit(entry(u"ftp:530"_s)));
        QVERIFY(history.commit(HistoryPlace::log()));
        QVERIFY(!history.commit(HistoryPlace::log()));
        QCOMPARE(history.size(), 2);
    }

    void commitAfterGoingBack_dropsTheForwardSteps()
    {
        NavigationHistory history;
        history.commit(entry(u"http:401"_s));
        history.commit(entry(u"http:403"_s));
        history.commit(entry(u"http:404"_s));
        history.back();
        history.back();
        QVERIFY(history.commit(entry(u"http:500"_s)));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.back(), entry(u"http:401"_s));
        QCOMPARE(history.forward(), entry(u"http:500"_s));
    }

    void commitAfterGoingBack_toTheNextPlace_stillDropsTheRest()
    {
        NavigationHistory history;
        history.commit(entry(u"http:401"_s));
        history.commit(entry(u"http:403"_s));
        history.commit(entry(u"http:404"_s));
        history.back();
        history.back();
        // Forward would have led here too, but the user chose it: a new branch of one step.
        history.commit(entry(u"http:403"_s));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.size(), 2);
    }

    void capacity_dropsTheOldestSteps()
    {
        NavigationHistory history(3);
        for (const QString &key : {u"http:400"_s, u"http:401"_s, u"http:403"_s, u"http:404"_s})
            history.commit(entry(key));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.back(), entry(u"http:403"_s));
        QCOMPARE(history.back(), entry(u"http:401"_s));
        QVERIFY(!history.canGoBack());
    }

    void defaultCapacity_isAHundred()
    {
        NavigationHistory history;
        for (int status = 100; status < 250; ++status)
            history.commit(HistoryPlace::entry(CodeId(CodeKind::Http, status)));
        QCOMPARE(history.size(), NavigationHistory::defaultCapacity);
        int steps = 0;
        while (history.back())
            ++steps;
        QCOMPARE(steps, NavigationHistory::defaultCapacity - 1);
        QCOMPARE(history.current(), HistoryPlace::entry(CodeId(CodeKind::Http, 150)));
    }

    void logPlaces_areEqualWhateverTheirId()
    {
        HistoryPlace log = HistoryPlace::log();
        log.id = *CodeId::fromKey(u"http:403"_s);
        QCOMPARE(log, HistoryPlace::log());
        QVERIFY(entry(u"http:403"_s) != HistoryPlace::log());
        QVERIFY(entry(u"http:403"_s) != entry(u"http:403.14"_s));
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "TestNavigationHistory.moc"
