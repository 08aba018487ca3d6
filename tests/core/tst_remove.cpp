// Removing a torrent with "keep files" the moment it is reported complete keeps every byte: the
// file left on disk is the source, byte for byte, once the session has stopped. Covers the
// whole-torrent path and the player's path (added with no file chosen, the file chosen late).
// A torrent removed and added again starts from a disk I/O that has forgotten the first one.

#include <sys/stat.h>

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

qint64 allocatedBytes(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_blocks) * 512;
}

// How many of the 64 KiB pieces of `got` equal those of `want` (a short file counts its
// missing pieces as different).
int equalPieces(const QByteArray &want, const QByteArray &got)
{
    int same = 0;
    for (qsizetype at = 0; at < want.size(); at += 64 * 1024) {
        if (got.mid(at, 64 * 1024) == want.mid(at, 64 * 1024))
            ++same;
    }
    return same;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the sessions' disk I/O logs (swarmplay.disk: a line per storage opened or closed), from
// whichever thread logs it. Make it before the sessions, which log until they stop.
class DiskLog
{
public:
    DiskLog()
    {
        s_instance = this;
        QLoggingCategory::setFilterRules(QStringLiteral("swarmplay.disk.debug=true"));
        m_previous = qInstallMessageHandler(&DiskLog::handle);
    }
    ~DiskLog()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_instance = nullptr;
    }
    DiskLog(const DiskLog &) = delete;
    DiskLog &operator=(const DiskLog &) = delete;

    qsizetype count() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lines.size();
    }
    QString all() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }
    // The first line from index `from` on about a storage in `folder` that says `event`
    // ("opened", "closed"), waiting for it at most timeoutMs; empty if none came.
    QString waitFor(const QString &folder, const QString &event, qsizetype from, int timeoutMs)
    {
        const QString place = QStringLiteral("(%1): %2").arg(folder, event);
        QString found;
        // A timeout leaves `found` empty, which is the answer.
        (void)QTest::qWaitFor(
            [&] {
                const QMutexLocker lock(&m_mutex);
                for (qsizetype i = from; i < m_lines.size() && found.isEmpty(); ++i) {
                    if (m_lines.at(i).contains(place))
                        found = m_lines.at(i);
                }
                return !found.isEmpty();
            },
            scaledMs(timeoutMs));
        return found;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        DiskLog *log = s_instance;
        if (log && context.category && qstrcmp(context.category, "swarmplay.disk") == 0) {
            const QMutexLocker lock(&log->m_mutex);
            log->m_lines.append(message);
            return;
        }
        if (log && log->m_previous)
            log->m_previous(type, context, message);
    }

    static inline DiskLog *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace

class tst_Remove : public QObject
{
    Q_OBJECT

private slots:
    void removedWhenComplete_data();
    void removedWhenComplete();
    void addedAgainAfterRemoval();

private:
    enum class When
    {
        FinishedSignal,
        SnapshotComplete
    };
};

void tst_Remove::removedWhenComplete_data()
{
    QTest::addColumn<bool>("chosenLate");
    QTest::addColumn<int>("when");
    QTest::newRow("whole torrent, finished signal") << false << int(When::FinishedSignal);
    QTest::newRow("whole torrent, snapshot complete") << false << int(When::SnapshotComplete);
    QTest::newRow("chosen late, finished signal") << true << int(When::FinishedSignal);
    QTest::newRow("chosen late, snapshot complete") << true << int(When::SnapshotComplete);
}

void tst_Remove::removedWhenComplete()
{
    QFETCH(bool, chosenLate);
    QFETCH(int, when);
    qRegisterMetaType<TorrentId>();
    LocalSwarm swarm;
    const qint64 size = 24 * 1024 * 1024; // more than the head a torrent awaiting a choice wants
    const QString content = swarm.makeFile(QStringLiteral("src/Field notes.bin"), size, 9);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(content, opt);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));
    Session *s = swarm.addSession(QStringLiteral("leech"));
    const QString file = swarm.path(QStringLiteral("leech/data/Field notes.bin"));

    QSignalSpy finished(s, &Session::torrentFinished);
    AddOptions add;
    if (chosenLate)
        add.files = AddOptions::Files::None;
    AddResult r;
    QVERIFY(await(s->addTorrent(torrent, add), &r) && r.ok());
    swarm.connectToSeeders(s, r.id);
    if (chosenLate) {
        // The player's path: while it looks at the file list only the file's head is wanted;
        // once that is in, the torrent is finished until the file is chosen.
        // The head first; the Finished state it leads to may show in a snapshot or two
        // only (a CI run missed it for 30 s), so it is waited for briefly, not required.
        QVERIFY(QTest::qWaitFor([&] { return s->torrent(r.id).totalDone > 0; }, scaledMs(30000)));
        if (!QTest::qWaitFor([&] { return s->torrent(r.id).state == TorrentState::Finished; },
                             scaledMs(3000)))
            qInfo("the head is in, the Finished state did not show; choosing anyway");
        QVERIFY(s->torrent(r.id).wantedDone < size);
        finished.clear();
        s->setAllFilesWanted(r.id);
    }

    // Removed at the first moment the torrent says it is complete.
    if (when == int(When::FinishedSignal)) {
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, scaledMs(30000)));
    } else {
        QVERIFY(QTest::qWaitFor([&] { return s->torrent(r.id).chosenFilesComplete(); },
                                scaledMs(30000)));
    }
    const TorrentSnapshot atRemoval = s->torrent(r.id);
    const qint64 allocatedAtRemoval = allocatedBytes(file);
    qInfo("at removal: state %d, %lld/%lld wanted bytes, %lld bytes allocated",
          int(atRemoval.state), atRemoval.wantedDone, atRemoval.wantedBytes, allocatedAtRemoval);
    QSignalSpy removed(s, &Session::torrentRemoved);
    s->removeTorrent(r.id, false);
    QVERIFY(removed.wait(5000));
    swarm.stop(s);

    const QByteArray want = readAll(content);
    const QByteArray got = readAll(file);
    const int pieces = int(size / (64 * 1024));
    QVERIFY2(got == want,
             qPrintable(QStringLiteral("%1 of %2 pieces on disk (file %3 bytes, %4 allocated; "
                                       "at removal %5 allocated, snapshot %6/%7 bytes wanted)")
                            .arg(equalPieces(want, got))
                            .arg(pieces)
                            .arg(got.size())
                            .arg(allocatedBytes(file))
                            .arg(allocatedAtRemoval)
                            .arg(atRemoval.wantedDone)
                            .arg(atRemoval.wantedBytes)));
}

void tst_Remove::addedAgainAfterRemoval()
{
    qRegisterMetaType<TorrentId>();
    DiskLog disk;
    LocalSwarm swarm;
    const qint64 size = 4 * 1024 * 1024;
    const QString content = swarm.makeFile(QStringLiteral("src/Second look.bin"), size, 11);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(content, opt);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));
    Session *s = swarm.addSession(QStringLiteral("leech"));
    const QString data = swarm.path(QStringLiteral("leech/data"));
    const QString magnet = swarm.magnetWithPeers(torrent);

    // The player's path: a magnet waiting for a file choice, whose metadata makes the session
    // hand the disk I/O piece priorities to set once its file priorities are applied.
    AddOptions add;
    add.files = AddOptions::Files::None;
    AddResult first;
    QVERIFY(await(s->addTorrent(magnet, add), &first) && first.ok());
    QVERIFY(QTest::qWaitFor([&] { return s->cachedInfo(first.id).isValid(); }, scaledMs(30000)));
    QVERIFY2(!disk.waitFor(data, QStringLiteral("opened"), 0, 5000).isEmpty(),
             qPrintable(disk.all()));

    const qsizetype beforeRemoval = disk.count();
    QSignalSpy removed(s, &Session::torrentRemoved);
    s->removeTorrent(first.id, false);
    QVERIFY(removed.wait(5000));
    // libtorrent closes the storage once the torrent has stopped; the disk I/O must forget the
    // torrent then, with whatever it still held for it.
    const QString closed = disk.waitFor(data, QStringLiteral("closed"), beforeRemoval, 10000);
    QVERIFY2(!closed.isEmpty(),
             qPrintable(QStringLiteral("the disk I/O was never told the storage closed:\n") +
                        disk.all()));
    QVERIFY2(closed.endsWith(QLatin1String("closed, 0 open, 0 piece-priority updates pending")),
             qPrintable(closed));

    // Added again: one storage, the new one, and the torrent downloads whole.
    const qsizetype beforeAgain = disk.count();
    AddResult again;
    QVERIFY(await(s->addTorrent(magnet, add), &again) && again.ok());
    QVERIFY(!again.alreadyPresent);
    QVERIFY(QTest::qWaitFor([&] { return s->cachedInfo(again.id).isValid(); }, scaledMs(30000)));
    const QString reopened = disk.waitFor(data, QStringLiteral("opened"), beforeAgain, 5000);
    QVERIFY2(reopened.endsWith(QLatin1String("opened, 1 open")),
             qPrintable(reopened.isEmpty() ? disk.all() : reopened));
    s->setAllFilesWanted(again.id);
    QVERIFY(QTest::qWaitFor([&] { return s->torrent(again.id).chosenFilesComplete(); },
                            scaledMs(30000)));
    swarm.stop(s);
    QVERIFY(readAll(swarm.path(QStringLiteral("leech/data/Second look.bin"))) == readAll(content));
}

QTEST_GUILESS_MAIN(tst_Remove)
#include "tst_remove.moc"
