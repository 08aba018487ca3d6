// The daemon's LibraryRecorder against a real Session: a save whose disk does not answer keeps
// the library's thread waiting, not the Session's (which answers the control API), and what the
// recorder saves follows the session, the last save at its end included.

#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QtTest>

#include "libraryrecorder.h"
#include "localswarm.h"
#include "session/session.h"
#include "storage/resumestore.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_LibraryRecorder : public QObject
{
    Q_OBJECT

private slots:
    void slowDiskDoesNotHoldTheSession();
};

void tst_LibraryRecorder::slowDiskDoesNotHoldTheSession()
{
    LocalSwarm swarm;
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent =
        swarm.makeTorrent(swarm.makeFile(QStringLiteral("src/film.mkv"), 300 * 1024, 3), opt);
    Session *session = swarm.addSession(QStringLiteral("daemon"));
    const QString stateDir = session->settings().stateDir;
    AddResult added;
    QVERIFY(await(session->addTorrent(torrent), &added) && added.ok());
    const QString key = added.id.key();
    const QString sessionCopy = ResumeStore(ResumeStore::dirIn(stateDir)).path(key, ".torrent");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(sessionCopy), scaledMs(10000));
    const QByteArray metadata = readFile(sessionCopy);
    const QString libraryCopy =
        QDir(stateDir).filePath(QStringLiteral("library/%1.torrent").arg(key));

    {
        engine::LibraryRecorder recorder(session);
        QSignalSpy rounds(session, &Session::torrentsUpdated);
        QVERIFY(
            QTest::qWaitFor([&] { return rounds.count() >= 2; }, scaledMs(10000))); // it is noted

        // A disk that answers only in 3 s: the session's copy of the metadata, which the save
        // copies into the library, becomes a pipe written to by then.
        QVERIFY(QFile::remove(sessionCopy));
        QCOMPARE(::mkfifo(QFile::encodeName(sessionCopy).constData(), 0600), 0);
        std::thread disk([&] {
            std::this_thread::sleep_for(std::chrono::seconds(3));
            // Without blocking: a recorder that never reads must not hang the test.
            const QByteArray path = QFile::encodeName(sessionCopy);
            for (int tries = 0; tries < 100; ++tries) {
                const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    [[maybe_unused]] const auto n =
                        ::write(fd, metadata.constData(), size_t(metadata.size()));
                    ::close(fd);
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        QElapsedTimer clock;
        clock.start();
        recorder.save();
        QVector<FileEntry> files;
        const bool answered = await(session->files(added.id), &files);
        const qint64 ms = clock.elapsed();
        const bool waiting = !QFileInfo::exists(libraryCopy);
        disk.join();
        QVERIFY(answered);
        QCOMPARE(files.size(), 1);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("the session answered after %1 ms").arg(ms)));
        QVERIFY(waiting);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(libraryCopy), metadata, scaledMs(10000));

        // Removed from the session, it leaves the library at the next save.
        QSignalSpy removed(session, &Session::torrentRemoved);
        session->removeTorrent(added.id);
        QVERIFY(removed.wait(10000));
    }
    // The recorder's last save is written before it is gone.
    const QByteArray saved = readFile(QDir(stateDir).filePath(QStringLiteral("library.json")));
    QVERIFY2(!saved.isEmpty(), "no library written");
    QVERIFY2(!saved.contains(key.toLatin1()), saved.constData());
    QVERIFY(!QFileInfo::exists(libraryCopy));
}

QTEST_GUILESS_MAIN(tst_LibraryRecorder)
#include "tst_libraryrecorder.moc"
