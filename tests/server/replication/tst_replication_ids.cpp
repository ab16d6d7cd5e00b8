// Replication IDs: random 40-hex names for a dataset history, and what promotion does to them.
#include "replication/replication_ids.h"

#include <QTest>

#include <set>

using namespace rd::repl;

class TstReplicationIds : public QObject
{
    Q_OBJECT
private slots:
    void freshIdsAreFortyHexCharactersWithNoSecondary()
    {
        ReplicationIds ids;
        QCOMPARE(ids.replid.size(), std::size_t(40));
        QVERIFY(ids.replid.find_first_not_of("0123456789abcdef") == std::string::npos);
        QCOMPARE(ids.replid2, std::string(40, '0'));
        QCOMPARE(ids.secondReplidOffset, -1);
        QVERIFY(isValidReplId(ids.replid));
        QVERIFY(!isValidReplId("abc"));
    }

    void twoNodesNeverShareAnId()
    {
        std::set<std::string> seen;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(seen.insert(randomReplId()).second);
    }

    void changeKeepsTheSecondaryId()
    {
        ReplicationIds ids;
        ids.shift(10);
        const std::string secondary = ids.replid2;
        const std::string before = ids.replid;
        ids.change();
        QVERIFY(ids.replid != before);
        QCOMPARE(ids.replid2, secondary);
        QCOMPARE(ids.secondReplidOffset, 11);
        ids.clearSecondary();
        QCOMPARE(ids.replid2, nullReplId());
        QCOMPARE(ids.secondReplidOffset, -1);
    }

    void adoptingAMastersNewIdKeepsOursAsSecondary()
    {
        ReplicationIds ids;
        const std::string mine = ids.replid;
        ids.adoptWithSecondary(std::string(40, 'c'), 108);
        QCOMPARE(ids.replid, std::string(40, 'c'));
        QCOMPARE(ids.replid2, mine);
        QCOMPARE(ids.secondReplidOffset, 109);
    }
};

QTEST_GUILESS_MAIN(TstReplicationIds)
#include "tst_replication_ids.moc"
