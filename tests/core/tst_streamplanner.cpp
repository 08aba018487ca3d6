// The stream planner on synthetic layouts, no swarm: what a viewer notices of a plan is which
// pieces come first (priority and deadline order), that a seek drops what was asked for the old
// place, and that nothing competes with what is waited for.

#include <QtTest>

#include "stream/piecearrivalrate.h"
#include "stream/streamplanner.h"
#include "stream/streamtuning.h"

using namespace swarmplay;

namespace {

constexpr qint64 MiB = 1024 * 1024;

StreamPlanner::Input layout(qint64 pieceLength, QVector<qint64> fileSizes)
{
    StreamPlanner::Input in;
    in.nowMs = 100000;
    in.pieceLength = int(pieceLength);
    qint64 offset = 0;
    for (int i = 0; i < fileSizes.size(); ++i) {
        in.files.push_back({i, offset, fileSizes[i], true, {}, -1});
        offset += fileSizes[i];
    }
    in.pieceCount = int((offset + pieceLength - 1) / pieceLength);
    in.have = QBitArray(in.pieceCount);
    in.swarmBytesPerSecond = 2 * MiB;
    return in;
}

StreamPlanner::Reader reader(int id, ReaderRole role, int file, qint64 position, qint64 nowMs)
{
    return {id, role, file, position, -1, nowMs, false};
}

void setHave(StreamPlanner::Input &in, int first, int last)
{
    for (int p = first; p <= last; ++p)
        in.have.setBit(p);
}

int prio(const StreamPlan &plan, int piece)
{
    return int(plan.priorities.at(size_t(piece)));
}

// Pieces with a deadline, in the order they are due.
QVector<int> dueOrder(const StreamPlan &plan)
{
    QVector<std::pair<int, int>> byTime;
    for (const auto &[piece, ms] : plan.deadlines)
        byTime.push_back({ms, piece});
    std::stable_sort(byTime.begin(), byTime.end());
    QVector<int> out;
    for (const auto &[ms, piece] : byTime)
        out.push_back(piece);
    return out;
}

QVector<int> wantedPieces(const StreamPlan &plan, int from = 0)
{
    QVector<int> out;
    for (size_t p = size_t(from); p < plan.priorities.size(); ++p) {
        if (plan.priorities[p] != PiecePriority::None)
            out.push_back(int(p));
    }
    return out;
}

} // namespace

class tst_StreamPlanner : public QObject
{
    Q_OBJECT

private slots:
    void startFetchesTheFirstPiecesInReadOrder();
    void seekRetargetsAndDropsTheOldDeadlines();
    void readingOnDoesNotRetarget();
    void twoReadersDoNotStarveEachOther();
    void idleReaderIsDemoted();
    void probeRegionFirstWithMoovAtTheEnd();
    void proberStepsAsideForAViewer();
    void slowAndFastSwarms();
    void pieceSharedByTwoFiles();
    void fourMiBPieces();
    void fullWindowGrowsThenTheRestDownloads();
    void boundedRequestWantsNothingPastItsEnd();
    void lingeringTorrentKeepsOnlySpares();
    void arrivalRateFollowsBurstsAndHalvesInLulls();
};

void tst_StreamPlanner::startFetchesTheFirstPiecesInReadOrder()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.readers = {reader(1, ReaderRole::Player, 0, 0, in.nowMs)};
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);

    // 8 Mbit/s assumed: 3 s critical (3 pieces), as much again near: pieces 0-5 due in order.
    QCOMPARE(dueOrder(plan), (QVector<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(prio(plan, 0), int(PiecePriority::Top));
    QCOMPARE(prio(plan, 1), int(PiecePriority::Top) - 1);
    QCOMPARE(prio(plan, 2), int(PiecePriority::Top) - 2);
    QCOMPARE(prio(plan, 3), int(PiecePriority::Near));
    QCOMPARE(prio(plan, 5), int(PiecePriority::Near));
    // Due one piece's transfer apart at the swarm's rate.
    QCOMPARE(plan.deadlines.at(0), 500);
    QCOMPARE(plan.deadlines.at(1), 1000);
    QVERIFY(!plan.retarget);
    QVERIFY(plan.filesToWant.isEmpty());
    // Nothing else but the spares after the critical window (16 MiB' worth until the arrival
    // rate is known): no background download competes with the first pieces.
    const QVector<int> rest = wantedPieces(plan, 6);
    QVERIFY2(!rest.isEmpty() && rest.last() < 6 + 17 + 1, qPrintable(QString::number(rest.last())));
    for (const int p : rest)
        QCOMPARE(prio(plan, p), int(PiecePriority::Background));
}

void tst_StreamPlanner::seekRetargetsAndDropsTheOldDeadlines()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.readers = {reader(1, ReaderRole::Player, 0, 0, in.nowMs)};
    StreamPlanner planner;
    planner.plan(in);

    in.nowMs += 1000;
    in.readers = {reader(1, ReaderRole::Player, 0, 60 * MiB, in.nowMs)};
    in.readers[0].waiting = true;
    const StreamPlan plan = planner.plan(in);
    QVERIFY(plan.retarget);
    QCOMPARE(dueOrder(plan).first(), 60);
    QCOMPARE(plan.waitedPieces, QSet<int>{60});
    for (const auto &[piece, ms] : plan.deadlines)
        QVERIFY2(piece >= 60 && piece <= 65, qPrintable(QString::number(piece)));
    // The old place is not wanted any more.
    for (int p = 0; p < 6; ++p)
        QCOMPARE(prio(plan, p), int(PiecePriority::None));
    QCOMPARE(prio(plan, 60), int(PiecePriority::Top));

    // A seek backwards retargets too.
    in.nowMs += 1000;
    in.readers = {reader(1, ReaderRole::Player, 0, 10 * MiB, in.nowMs)};
    QVERIFY(planner.plan(in).retarget);
}

void tst_StreamPlanner::readingOnDoesNotRetarget()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.readers = {reader(1, ReaderRole::Player, 0, 0, in.nowMs)};
    StreamPlanner planner;
    planner.plan(in);
    setHave(in, 0, 0);
    in.nowMs += 500;
    in.readers = {reader(1, ReaderRole::Player, 0, MiB + 10, in.nowMs)};
    const StreamPlan plan = planner.plan(in);
    QVERIFY(!plan.retarget);
    QCOMPARE(dueOrder(plan).first(), 1);
    QVERIFY(!plan.deadlines.count(0)); // had: no deadline
}

void tst_StreamPlanner::twoReadersDoNotStarveEachOther()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.readers = {reader(1, ReaderRole::Player, 0, 10 * MiB, in.nowMs),
                  reader(2, ReaderRole::Http, 0, 80 * MiB, in.nowMs)};
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);
    // Both readers' next pieces are at the top, and both are due first.
    QCOMPARE(prio(plan, 10), int(PiecePriority::Top));
    QCOMPARE(prio(plan, 80), int(PiecePriority::Top));
    QCOMPARE(plan.deadlines.at(10), plan.deadlines.at(80));
    const QVector<int> due = dueOrder(plan);
    QVERIFY(due.mid(0, 2).contains(10) && due.mid(0, 2).contains(80));
    // Neither is comfortable, so nothing between them downloads.
    for (int p = 20; p < 80; ++p)
        QVERIFY2(prio(plan, p) <= int(PiecePriority::Background), qPrintable(QString::number(p)));
}

void tst_StreamPlanner::idleReaderIsDemoted()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    const qint64 idleSince = in.nowMs - tuning::IdleMs - 1;
    in.readers = {reader(1, ReaderRole::Http, 0, 30 * MiB, idleSince),
                  reader(2, ReaderRole::Player, 0, 70 * MiB, in.nowMs)};
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);
    QCOMPARE(prio(plan, 30), int(PiecePriority::Demoted));
    QVERIFY(!plan.deadlines.count(30));
    QCOMPARE(prio(plan, 70), int(PiecePriority::Top));
    QVERIFY(plan.deadlines.count(70));

    // Waiting is activity, however long ago the last read was.
    in.readers[0].waiting = true;
    const StreamPlan waiting = planner.plan(in);
    QCOMPARE(prio(waiting, 30), int(PiecePriority::Top));
    QVERIFY(waiting.deadlines.count(30));
}

void tst_StreamPlanner::probeRegionFirstWithMoovAtTheEnd()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.files[0].probeRegion = {{0, 1500 * 1024}, {100 * MiB - 700 * 1024, 700 * 1024}};
    in.files[0].durationMs = 100000;
    in.readers = {reader(1, ReaderRole::Probe, 0, 100 * MiB - 600 * 1024, in.nowMs)};
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);
    // The head and the moov at the tail are both wanted with deadlines; the head first.
    for (const int p : {0, 1, 99})
        QVERIFY2(plan.deadlines.count(p), qPrintable(QString::number(p)));
    QCOMPARE(prio(plan, 0), int(PiecePriority::Top));
    QCOMPARE(prio(plan, 99), int(PiecePriority::Top)); // the prober reads there now
    // Nothing in the background while the region is missing.
    for (int p = 2; p < 99; ++p)
        QVERIFY2(prio(plan, p) <= int(PiecePriority::Background), qPrintable(QString::number(p)));
    QVERIFY(wantedPieces(plan, 2).size() < 20);
}

void tst_StreamPlanner::proberStepsAsideForAViewer()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.files[0].probeRegion = {{0, MiB}, {99 * MiB, MiB}};
    in.readers = {reader(1, ReaderRole::Probe, 0, 99 * MiB, in.nowMs),
                  reader(2, ReaderRole::Player, 0, 40 * MiB, in.nowMs)};
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);
    // The viewer's place alone is wanted now: neither the prober's nor the region's pieces.
    QCOMPARE(prio(plan, 40), int(PiecePriority::Top));
    QCOMPARE(prio(plan, 99), int(PiecePriority::None));
    QCOMPARE(prio(plan, 0), int(PiecePriority::None));
    for (const auto &[piece, ms] : plan.deadlines)
        QVERIFY2(piece >= 40 && piece < 50, qPrintable(QString::number(piece)));
}

void tst_StreamPlanner::slowAndFastSwarms()
{
    StreamPlanner::Input slow = layout(MiB, {100 * MiB});
    slow.readers = {reader(1, ReaderRole::Player, 0, 0, slow.nowMs)};
    slow.swarmBytesPerSecond = 100 * 1024;
    StreamPlanner::Input fast = slow;
    fast.swarmBytesPerSecond = 100 * MiB;
    fast.piecesPerSecond = 200; // 50 pieces land in the spares' 250 ms
    StreamPlanner a;
    StreamPlanner b;
    const StreamPlan slowPlan = a.plan(slow);
    const StreamPlan fastPlan = b.plan(fast);
    // On a slow swarm a piece is due when it can arrive (the file's bitrate, above the swarm's
    // rate, sets the pace), capped; on a fast one at once.
    QCOMPARE(slowPlan.deadlines.at(0), 1048);
    QCOMPARE(fastPlan.deadlines.at(0), 1000 / 100);
    QVERIFY(slowPlan.deadlines.at(5) > fastPlan.deadlines.at(5));
    // A fast swarm keeps more spares in flight so it never runs dry between two plans.
    QVERIFY2(wantedPieces(fastPlan).size() > wantedPieces(slowPlan).size(),
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(wantedPieces(fastPlan).size())
                            .arg(wantedPieces(slowPlan).size())));
    QCOMPARE(wantedPieces(fastPlan).size(), 6 + 51);
    // A swarm of 1 KiB/s: deadlines never past the cap.
    slow.swarmBytesPerSecond = 1024;
    slow.files[0].durationMs = 100000000;
    StreamPlanner c;
    for (const auto &[piece, ms] : c.plan(slow).deadlines)
        QVERIFY(ms <= tuning::MaxDeadlineMs);
}

void tst_StreamPlanner::pieceSharedByTwoFiles()
{
    // File 1 starts half way into piece 10, and the torrent downloads only file 0.
    StreamPlanner::Input in = layout(MiB, {10 * MiB + MiB / 2, 50 * MiB});
    in.files[1].wanted = false;
    in.readers = {reader(1, ReaderRole::Player, 1, 0, in.nowMs)};
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);
    QCOMPARE(plan.filesToWant, QVector<int>{1});
    QCOMPARE(dueOrder(plan).first(), 10);
    QCOMPARE(prio(plan, 10), int(PiecePriority::Top));
    QCOMPARE(prio(plan, 9), int(PiecePriority::None));

    // A reader at the end of file 0 waits on the same piece.
    in.readers = {reader(1, ReaderRole::Player, 1, 0, in.nowMs),
                  reader(2, ReaderRole::Http, 0, 10 * MiB + 1000, in.nowMs)};
    in.readers[1].waiting = true;
    const StreamPlan both = planner.plan(in);
    QCOMPARE(both.waitedPieces, QSet<int>{10});
    QCOMPARE(prio(both, 10), int(PiecePriority::Top));
}

void tst_StreamPlanner::fourMiBPieces()
{
    StreamPlanner::Input in = layout(4 * MiB, {400 * MiB});
    in.files[0].durationMs = 400 * 1000; // 1 MiB/s
    in.readers = {reader(1, ReaderRole::Player, 0, 0, in.nowMs)};
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);
    // 3 MiB critical and 6 MiB near: two pieces, due one 4 MiB transfer apart.
    QCOMPARE(dueOrder(plan), (QVector<int>{0, 1}));
    QCOMPARE(plan.deadlines.at(1), 2 * plan.deadlines.at(0));

    // A full critical window: the readahead window ends on a 4-piece boundary.
    setHave(in, 0, 1);
    in.nowMs += 100;
    in.readers = {reader(1, ReaderRole::Player, 0, MiB, in.nowMs)};
    const StreamPlan window = planner.plan(in);
    const QVector<int> readahead = [&] {
        QVector<int> out;
        for (int p = 0; p < in.pieceCount; ++p) {
            if (prio(window, p) == int(PiecePriority::Readahead))
                out.push_back(p);
        }
        return out;
    }();
    QVERIFY(!readahead.isEmpty());
    QCOMPARE((readahead.last() + 1) % 4, 0);
}

void tst_StreamPlanner::fullWindowGrowsThenTheRestDownloads()
{
    StreamPlanner::Input in = layout(MiB, {200 * MiB, 20 * MiB});
    in.files[0].durationMs = 200 * 1000; // 1 MiB/s: 3 MiB critical, 6 MiB readahead
    in.readers = {reader(1, ReaderRole::Player, 0, 0, in.nowMs)};
    StreamPlanner planner;
    setHave(in, 0, 9);
    const StreamPlan filling = planner.plan(in);
    // The readahead window (to piece 8, rounded up to 8-piece steps) is not in yet: nothing
    // past it is wanted but the spares.
    QCOMPARE(prio(filling, 12), int(PiecePriority::Readahead));
    QCOMPARE(prio(filling, 15), int(PiecePriority::Readahead));
    QCOMPARE(prio(filling, 210), int(PiecePriority::None));
    // The window is in: a margin past it is wanted, but the window is not at its largest yet,
    // so file 1 still waits.
    setHave(in, 0, 15);
    in.nowMs += 100;
    const StreamPlan full = planner.plan(in);
    QCOMPARE(prio(full, 20), int(PiecePriority::Background));
    QCOMPARE(prio(full, 210), int(PiecePriority::None));
    // Everything up to two minutes ahead arrives: the window grows to its largest and is full.
    setHave(in, 0, 199);
    StreamPlan plan;
    for (int i = 0; i < 8; ++i) {
        in.nowMs += 100;
        plan = planner.plan(in);
    }
    QCOMPARE(prio(plan, 210), int(PiecePriority::Background));
}

void tst_StreamPlanner::boundedRequestWantsNothingPastItsEnd()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.readers = {reader(1, ReaderRole::Http, 0, 20 * MiB, in.nowMs)};
    in.readers[0].end = 20 * MiB + 100 * 1024; // a 100 KiB Range
    StreamPlanner planner;
    const StreamPlan plan = planner.plan(in);
    QCOMPARE(dueOrder(plan), QVector<int>{20});
    QCOMPARE(prio(plan, 20), int(PiecePriority::Top));
    // The next piece at the lowest priority keeps peers interested; it has no deadline.
    QCOMPARE(prio(plan, 21), int(PiecePriority::Background));
}

void tst_StreamPlanner::lingeringTorrentKeepsOnlySpares()
{
    StreamPlanner::Input in = layout(MiB, {100 * MiB});
    in.readers = {reader(1, ReaderRole::Http, 0, 20 * MiB, in.nowMs)};
    StreamPlanner planner;
    planner.plan(in);
    QCOMPARE(planner.lastActiveMs(), in.nowMs);
    in.readers.clear();
    in.nowMs += 1000;
    in.piecesPerSecond = 0;
    const StreamPlan plan = planner.plan(in);
    QVERIFY(plan.deadlines.empty());
    // The pieces after the last read: three spares, nothing before them.
    QCOMPARE(wantedPieces(plan), (QVector<int>{23, 24, 25}));
}

void tst_StreamPlanner::arrivalRateFollowsBurstsAndHalvesInLulls()
{
    PieceArrivalRate rate;
    QVERIFY(rate.piecesPerSecond() < 0);
    rate.sample(0, 1000);
    rate.sample(10, 1020); // too soon to measure
    QVERIFY(rate.piecesPerSecond() < 0);
    rate.sample(10, 1100);
    QCOMPARE(rate.piecesPerSecond(), 100.0);
    rate.sample(10, 1200); // a lull: half
    QCOMPARE(rate.piecesPerSecond(), 50.0);
    rate.sample(110, 1300); // a burst counts at once
    QCOMPARE(rate.piecesPerSecond(), 1000.0);
}

QTEST_GUILESS_MAIN(tst_StreamPlanner)
#include "tst_streamplanner.moc"
