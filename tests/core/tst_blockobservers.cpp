// The blocks the disk I/O writes reach the torrent's stream state even when libtorrent wrote
// them before the session had made the torrent's observer: a fast peer answers between
// add_torrent() returning and that moment, and a start then waited for its whole first piece
// (23 s instead of 1.7 s with 16 MiB pieces on the capped bench swarm).

#include <QtTest>

#include "internal/blockobservers.h"

using swarmplay::lt_convert::BlockObservers;

namespace {

struct Heard
{
    QVector<QVector<int>> written; // piece, start, length
    QVector<int> cleared;
};

BlockObservers::Observer recorder(Heard *heard)
{
    BlockObservers::Observer o;
    o.written = [heard](int piece, int start, int length) {
        heard->written.push_back({piece, start, length});
    };
    o.cleared = [heard](int piece) {
        heard->cleared.push_back(piece);
    };
    return o;
}

const QByteArray kTorrent = QByteArray(20, '\x11');
const QByteArray kOther = QByteArray(20, '\x22');

} // namespace

class tst_BlockObservers : public QObject
{
    Q_OBJECT

private slots:
    void blocksWrittenBeforeTheObserverReachItFirst();
    void aClearedPieceLosesItsEarlyBlocks();
    void earlyBlocksAreBounded();
    void aClosedStorageDropsWhatNobodyHeard();
    void aForgottenObserverHearsNothingMore();
};

void tst_BlockObservers::blocksWrittenBeforeTheObserverReachItFirst()
{
    BlockObservers observers;
    observers.written(kTorrent, 0, 0, 16384);
    observers.written(kTorrent, 0, 16384, 16384);
    observers.written(kOther, 3, 0, 16384);
    QCOMPARE(observers.earlyBlocks(kTorrent), 2);

    Heard heard;
    observers.observe(kTorrent, recorder(&heard));
    const QVector<QVector<int>> early{{0, 0, 16384}, {0, 16384, 16384}};
    QCOMPARE(heard.written, early);
    QCOMPARE(observers.earlyBlocks(kTorrent), 0);
    QCOMPARE(observers.earlyBlocks(kOther), 1); // another torrent's wait for their own observer

    observers.written(kTorrent, 1, 0, 16384);
    QCOMPARE(heard.written.size(), 3);
    QCOMPARE(heard.written.last(), (QVector<int>{1, 0, 16384}));
}

void tst_BlockObservers::aClearedPieceLosesItsEarlyBlocks()
{
    // A piece that failed its hash check before anyone observed it is downloaded again: its
    // old blocks must not be readable.
    BlockObservers observers;
    observers.written(kTorrent, 4, 0, 16384);
    observers.written(kTorrent, 5, 0, 16384);
    observers.cleared(kTorrent, 4);

    Heard heard;
    observers.observe(kTorrent, recorder(&heard));
    QCOMPARE(heard.written, (QVector<QVector<int>>{{5, 0, 16384}}));
    observers.cleared(kTorrent, 5);
    QCOMPARE(heard.cleared, (QVector<int>{5}));
}

void tst_BlockObservers::earlyBlocksAreBounded()
{
    BlockObservers observers;
    for (int i = 0; i < BlockObservers::MaxEarlyBlocks + 100; ++i)
        observers.written(kTorrent, i / 64, (i % 64) * 16384, 16384);
    QCOMPARE(observers.earlyBlocks(kTorrent), BlockObservers::MaxEarlyBlocks);
}

void tst_BlockObservers::aClosedStorageDropsWhatNobodyHeard()
{
    BlockObservers observers;
    observers.written(kTorrent, 0, 0, 16384);
    observers.closed(kTorrent);
    QCOMPARE(observers.earlyBlocks(kTorrent), 0);
    Heard heard;
    observers.observe(kTorrent, recorder(&heard));
    QVERIFY(heard.written.isEmpty());
}

void tst_BlockObservers::aForgottenObserverHearsNothingMore()
{
    BlockObservers observers;
    Heard first;
    Heard second;
    const quint64 a = observers.observe(kTorrent, recorder(&first));
    const quint64 b = observers.observe(kTorrent, recorder(&second)); // replaces the first
    observers.forget(kTorrent, a);                                    // stale id: no effect
    observers.written(kTorrent, 2, 0, 16384);
    QVERIFY(first.written.isEmpty());
    QCOMPARE(second.written.size(), 1);
    observers.forget(kTorrent, b);
    observers.written(kTorrent, 2, 16384, 16384);
    QCOMPARE(second.written.size(), 1);
    // Nobody observes it any more, so the block waits for the next observer.
    QCOMPARE(observers.earlyBlocks(kTorrent), 1);
}

QTEST_GUILESS_MAIN(tst_BlockObservers)
#include "tst_blockobservers.moc"
