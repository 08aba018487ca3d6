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

BlockObservers::TorrentKey key(char fill)
{
    BlockObservers::TorrentKey k;
    k.fill(fill);
    return k;
}

const BlockObservers::TorrentKey kTorrent = key('\x11');
const BlockObservers::TorrentKey kOther = key('\x22');
constexpr int kStorage = 0;
constexpr int kOtherStorage = 1;

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
    void aTorrentAddedAgainNeverHearsItsOldFiles();
    void blocksOfAnUnknownStorageAreDropped();
};

void tst_BlockObservers::blocksWrittenBeforeTheObserverReachItFirst()
{
    BlockObservers observers;
    observers.opened(kTorrent, kStorage);
    observers.opened(kOther, kOtherStorage);
    observers.written(kTorrent, kStorage, 0, 0, 16384);
    observers.written(kTorrent, kStorage, 0, 16384, 16384);
    observers.written(kOther, kOtherStorage, 3, 0, 16384);
    QCOMPARE(observers.earlyBlocks(kTorrent), 2);

    Heard heard;
    int replayed = -1;
    observers.observe(kTorrent, recorder(&heard), &replayed);
    QCOMPARE(replayed, 2);
    const QVector<QVector<int>> early{{0, 0, 16384}, {0, 16384, 16384}};
    QCOMPARE(heard.written, early);
    QCOMPARE(observers.earlyBlocks(kTorrent), 0);
    QCOMPARE(observers.earlyBlocks(kOther), 1); // another torrent's wait for their own observer

    observers.written(kTorrent, kStorage, 1, 0, 16384);
    QCOMPARE(heard.written.size(), 3);
    QCOMPARE(heard.written.last(), (QVector<int>{1, 0, 16384}));
}

void tst_BlockObservers::aClearedPieceLosesItsEarlyBlocks()
{
    // A piece that failed its hash check before anyone observed it is downloaded again: its
    // old blocks must not be readable.
    BlockObservers observers;
    observers.opened(kTorrent, kStorage);
    observers.written(kTorrent, kStorage, 4, 0, 16384);
    observers.written(kTorrent, kStorage, 5, 0, 16384);
    observers.cleared(kTorrent, kStorage, 4);

    Heard heard;
    observers.observe(kTorrent, recorder(&heard));
    QCOMPARE(heard.written, (QVector<QVector<int>>{{5, 0, 16384}}));
    observers.cleared(kTorrent, kStorage, 5);
    QCOMPARE(heard.cleared, (QVector<int>{5}));
}

void tst_BlockObservers::earlyBlocksAreBounded()
{
    BlockObservers observers;
    observers.opened(kTorrent, kStorage);
    for (int i = 0; i < BlockObservers::MaxEarlyBlocks + 100; ++i)
        observers.written(kTorrent, kStorage, i / 64, (i % 64) * 16384, 16384);
    QCOMPARE(observers.earlyBlocks(kTorrent), BlockObservers::MaxEarlyBlocks);
}

void tst_BlockObservers::aClosedStorageDropsWhatNobodyHeard()
{
    BlockObservers observers;
    observers.opened(kTorrent, kStorage);
    observers.written(kTorrent, kStorage, 0, 0, 16384);
    observers.closed(kTorrent, kStorage);
    QCOMPARE(observers.earlyBlocks(kTorrent), 0);
    Heard heard;
    observers.observe(kTorrent, recorder(&heard));
    QVERIFY(heard.written.isEmpty());
}

void tst_BlockObservers::aForgottenObserverHearsNothingMore()
{
    BlockObservers observers;
    observers.opened(kTorrent, kStorage);
    Heard first;
    Heard second;
    const quint64 a = observers.observe(kTorrent, recorder(&first));
    const quint64 b = observers.observe(kTorrent, recorder(&second)); // replaces the first
    observers.forget(kTorrent, a);                                    // stale id: no effect
    observers.written(kTorrent, kStorage, 2, 0, 16384);
    QVERIFY(first.written.isEmpty());
    QCOMPARE(second.written.size(), 1);
    observers.forget(kTorrent, b);
    observers.written(kTorrent, kStorage, 2, 16384, 16384);
    QCOMPARE(second.written.size(), 1);
    // Nobody observes it any more, so the block waits for the next observer.
    QCOMPARE(observers.earlyBlocks(kTorrent), 1);
}

void tst_BlockObservers::aTorrentAddedAgainNeverHearsItsOldFiles()
{
    // Removed and added again at once: the old storage's last writes may still come after the
    // new one opened, and are of files that may be elsewhere or deleted.
    BlockObservers observers;
    observers.opened(kTorrent, kStorage);
    Heard old;
    observers.forget(kTorrent, observers.observe(kTorrent, recorder(&old)));
    observers.written(kTorrent, kStorage, 0, 0, 16384); // after the old observer went
    QCOMPARE(observers.earlyBlocks(kTorrent), 1);

    observers.opened(kTorrent, kOtherStorage); // the same torrent, added again
    QCOMPARE(observers.earlyBlocks(kTorrent), 0);
    observers.written(kTorrent, kStorage, 0, 16384, 16384); // the old storage's, late
    observers.written(kTorrent, kOtherStorage, 7, 0, 16384);
    observers.closed(kTorrent, kStorage); // the old storage goes; the new one stays
    QCOMPARE(observers.earlyBlocks(kTorrent), 1);

    Heard heard;
    observers.observe(kTorrent, recorder(&heard));
    QCOMPARE(heard.written, (QVector<QVector<int>>{{7, 0, 16384}}));
    observers.written(kTorrent, kStorage, 1, 0, 16384); // still the old storage's
    observers.cleared(kTorrent, kStorage, 7);
    QCOMPARE(heard.written.size(), 1);
    QVERIFY(heard.cleared.isEmpty());
    QVERIFY(old.written.isEmpty());
}

void tst_BlockObservers::blocksOfAnUnknownStorageAreDropped()
{
    BlockObservers observers;
    observers.written(kTorrent, kStorage, 0, 0, 16384);
    QCOMPARE(observers.earlyBlocks(kTorrent), 0);
    Heard heard;
    observers.observe(kTorrent, recorder(&heard));
    observers.written(kTorrent, kStorage, 0, 0, 16384);
    QVERIFY(heard.written.isEmpty());
}

QTEST_GUILESS_MAIN(tst_BlockObservers)
#include "tst_blockobservers.moc"
