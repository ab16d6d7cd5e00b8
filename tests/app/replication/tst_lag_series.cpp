// Lag series keep constant memory, and the master's offset history turns byte lag into time.
#include "model/replication/lag_series.h"

#include <QTest>

class TstLagSeries : public QObject
{
    Q_OBJECT
private slots:
    void ringKeepsTheNewestSamples()
    {
        LagSeries s(4);
        for (int i = 0; i < 10; ++i)
            s.append({double(i), i, 0, -1, LagMsSource::None});
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0).t, 6.0);
        QCOMPARE(s.last().byteLag, qint64(9));
        QCOMPARE(s.appendedCount(), qint64(10));
        QCOMPARE(s.lowerBound(7.5), 2);
        QCOMPARE(s.lowerBound(100), 4);
        QCOMPARE(s.lowerBound(-1), 0);
    }

    void lagMsIsTheAgeOfTheFirstMissingByte()
    {
        OffsetHistory h;
        // The master writes 1000 bytes per second.
        for (int i = 0; i <= 10; ++i)
            h.record(100.0 + i, 1000 * i);
        // A replica at offset 4500 lacks byte 4501, written at t = 104.501.
        QCOMPARE(qRound(h.lagMsFor(4500, 110.0)), 5499);
        QCOMPARE(h.lagMsFor(10000, 110.0), 0.0); // has everything
        QCOMPARE(h.lagMsFor(20000, 110.0), 0.0); // ahead (sampled later than the master)
        QCOMPARE(qRound(h.writeRate(5.0)), 1000);
    }

    void historyThatDoesNotReachBackSaysUnknown()
    {
        OffsetHistory h(3);
        for (int i = 0; i <= 10; ++i)
            h.record(double(i), 100 * i);
        QCOMPARE(h.lagMsFor(100, 10.0), -1.0);
        QVERIFY(h.lagMsFor(850, 10.0) > 0);
    }

    void offsetGoingBackStartsOver()
    {
        OffsetHistory h;
        h.record(1, 5000);
        h.record(2, 6000);
        h.record(3, 10); // master restarted with a new replication history
        QCOMPARE(h.latestOffset(), qint64(10));
        QCOMPARE(h.writeRate(), -1.0);
    }
};

QTEST_GUILESS_MAIN(TstLagSeries)
#include "tst_lag_series.moc"
