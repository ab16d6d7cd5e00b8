// A RingSeries keeps the newest points in time order, never more than its capacity.
#include "model/ring_series.h"

#include <QTest>

class TestRingSeries : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheNewestPointsInOrder()
    {
        RingSeries s(3);
        for (int i = 1; i <= 5; ++i)
            s.append(i, i * 10);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.timeAt(0), 3.0);
        QCOMPARE(s.lastValue(), 50.0);
        QVector<double> t, v;
        s.copyTo(t, v);
        QCOMPARE(t, (QVector<double>{3, 4, 5}));
        QCOMPARE(v, (QVector<double>{30, 40, 50}));
    }

    void shrinkingKeepsTheNewest()
    {
        RingSeries s(5);
        for (int i = 1; i <= 7; ++i)
            s.append(i, i);
        s.setCapacity(2);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.timeAt(0), 6.0);
        s.setCapacity(4);
        s.append(8, 8);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.lastTime(), 8.0);
    }

    void maxSinceLooksOnlyAtTheWindow()
    {
        RingSeries s(10);
        s.append(1, 100);
        s.append(2, 5);
        s.append(3, 7);
        QCOMPARE(s.maxSince(2), 7.0);
        QCOMPARE(s.maxSince(0), 100.0);
        QCOMPARE(s.maxSince(9), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRingSeries)
#include "tst_ring_series.moc"
