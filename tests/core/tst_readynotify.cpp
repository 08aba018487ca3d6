// The readiness notification a reader gives without blocking, on a real StreamCatalog, so that
// a reader waiting this way looks to the stream planner as a blocked read does.

#include <thread>

#include <QtTest>

#include "disktorrent.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_ReadyNotify : public QObject
{
    Q_OBJECT

private slots:
    void waitsForThePiece();
    void firesAtOnce();
    void firesOnAbortAndClose();
    void replacedOrForgotten();
};

void tst_ReadyNotify::waitsForThePiece()
{
    DiskTorrent t;
    std::unique_ptr<ByteReader> reader = t.open();
    std::atomic<int> calls{0};
    const qint64 offset = DiskTorrent::kPieceLength + 10; // in piece 1
    reader->notifyWhenReady(offset, [&calls] { ++calls; });
    QCOMPARE(calls.load(), 0);
    // The planner sees it as a read blocked at offset: waiting there, so piece 1 comes first.
    QVERIFY(t.readerAt(offset));
    QVERIFY(t.readerAt(offset)->waiting);

    t.pieces->setHave(0); // another piece
    QCOMPARE(calls.load(), 0);
    // Another reader's abort wakes every watcher of the torrent; this one keeps waiting.
    std::unique_ptr<ByteReader> other = t.open();
    const qint64 otherOffset = 3 * DiskTorrent::kPieceLength;
    other->notifyWhenReady(otherOffset, [] {});
    QVERIFY(t.readerAt(otherOffset)->waiting);
    other->abort();
    QCOMPARE(calls.load(), 0);
    QVERIFY(t.readerAt(offset)->waiting);

    // The piece lands on another thread, as the session worker marks it.
    std::thread([&t] { t.pieces->setHave(1); }).join();
    QCOMPARE(calls.load(), 1);
    QVERIFY(!t.readerAt(offset)->waiting);
    QVERIFY(reader->readyAt(offset) > 0);
    char bytes[100];
    ByteReader::Status status = ByteReader::Status::Error;
    QCOMPARE(reader->read(offset, bytes, 100, 0, &status), qint64(100));
    QCOMPARE(QByteArray(bytes, 100), t.content.mid(offset, 100));
    t.pieces->setHave(2);
    QCOMPARE(calls.load(), 1); // once
}

void tst_ReadyNotify::firesAtOnce()
{
    DiskTorrent t;
    t.pieces->setHave(0);
    std::unique_ptr<ByteReader> reader = t.open();
    int calls = 0;
    reader->notifyWhenReady(5, [&calls] { ++calls; });
    QCOMPARE(calls, 1);
    QVERIFY(!t.readerAt(5)->waiting);
    reader->notifyWhenReady(t.content.size(), [&calls] { ++calls; }); // the end: read() says 0
    QCOMPARE(calls, 2);
    reader->abort();
    reader->notifyWhenReady(DiskTorrent::kPieceLength, [&calls] { ++calls; });
    QCOMPARE(calls, 3);
}

void tst_ReadyNotify::firesOnAbortAndClose()
{
    DiskTorrent t;
    std::unique_ptr<ByteReader> aborted = t.open();
    std::unique_ptr<ByteReader> closed = t.open();
    std::atomic<int> abortedCalls{0};
    std::atomic<int> closedCalls{0};
    aborted->notifyWhenReady(10, [&abortedCalls] { ++abortedCalls; });
    closed->notifyWhenReady(2 * DiskTorrent::kPieceLength, [&closedCalls] { ++closedCalls; });

    std::thread([&aborted] { aborted->abort(); }).join();
    QCOMPARE(abortedCalls.load(), 1);
    QCOMPARE(closedCalls.load(), 0);
    char byte;
    ByteReader::Status status = ByteReader::Status::Ok;
    QCOMPARE(aborted->read(10, &byte, 1, 0, &status), qint64(-1));
    QCOMPARE(status, ByteReader::Status::Aborted);

    t.catalog->remove(kKey); // the torrent was removed while a player waited
    QCOMPARE(closedCalls.load(), 1);
    QCOMPARE(closed->read(2 * DiskTorrent::kPieceLength, &byte, 1, 0, &status), qint64(-1));
    QCOMPARE(status, ByteReader::Status::Closed);
}

void tst_ReadyNotify::replacedOrForgotten()
{
    DiskTorrent t;
    std::unique_ptr<ByteReader> reader = t.open();
    int first = 0;
    int second = 0;
    reader->notifyWhenReady(10, [&first] { ++first; });
    reader->notifyWhenReady(20, [&second] { ++second; });
    std::unique_ptr<ByteReader> gone = t.open();
    int goneCalls = 0;
    gone->notifyWhenReady(30, [&goneCalls] { ++goneCalls; });
    gone.reset();
    QCOMPARE(t.catalog->readersOf(kKey, 0).size(), 1);

    t.pieces->setHave(0);
    QCOMPARE(first, 0);
    QCOMPARE(second, 1);
    QCOMPARE(goneCalls, 0);
}

QTEST_GUILESS_MAIN(tst_ReadyNotify)
#include "tst_readynotify.moc"
