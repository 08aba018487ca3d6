// Writes Swarmplay's state files as fast as it can, through the classes that write them in the
// engine and the window: resume data and metadata (ResumeStore), library.json (Library) and
// playback.json (PlaybackMemory). Before each write it prints "B <generation> <what>", after it
// "E ...", so whoever kills it with SIGKILL knows whether the kill landed inside a write.
//
//   swarmplay_statewriter <state folder> <first generation>
//
// Resume data is self-checking (see stateblob.h): a reader tells a whole version from a torn one.

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include "model/torrentsnapshot.h"
#include "stateblob.h"
#include "storage/library.h"
#include "storage/playbackmemory.h"
#include "storage/resumestore.h"

using namespace swarmplay;

namespace {

void mark(char what, qint64 generation, const char *file)
{
    std::printf("%c %lld %s\n", what, static_cast<long long>(generation), file);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <state folder> <first generation>\n", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    qint64 generation = QByteArray(argv[2]).toLongLong();
    ResumeStore store(ResumeStore::dirIn(dir));
    QString error;
    if (!store.ensureDir(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Library library(dir + QStringLiteral("/library.json"));
    PlaybackMemory memory(dir + QStringLiteral("/playback.json"));
    mark('R', generation, "ready");
    for (;; ++generation) {
        for (int t = 0; t < chaos::TorrentCount; ++t) {
            const QString key = chaos::torrentKey(t);
            mark('B', generation, "fastresume");
            store.writeResumeData(key, chaos::resumeBlob(generation, t), &error);
            mark('E', generation, "fastresume");
            mark('B', generation, "json");
            store.writeMeta(key,
                            QJsonObject{{QStringLiteral("name"), chaos::torrentName(t)},
                                        {QStringLiteral("generation"), generation}},
                            &error);
            mark('E', generation, "json");

            TorrentSnapshot snapshot;
            snapshot.id = TorrentId::fromString(key);
            snapshot.name = chaos::torrentName(t);
            snapshot.state = TorrentState::Downloading;
            library.noteTorrent(snapshot);
            library.notePlayed(key, 0, generation, 3'600'000, QDateTime::currentMSecsSinceEpoch());
            memory.setPosition(key, 0, 60'000 + generation % 1'000'000, 3'600'000);
        }
        mark('B', generation, "library.json");
        library.save(&error);
        mark('E', generation, "library.json");
        mark('B', generation, "playback.json");
        memory.save(&error);
        mark('E', generation, "playback.json");
    }
}
