// Our own state files after a crash, a full disk or a hand edit: library.json, playback.json and
// a torrent's <key>.json in the resume folder, loaded as the program loads them at start.

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "fuzzinput.h"
#include "session/torrentmeta.h"
#include "storage/library.h"
#include "storage/playbackmemory.h"
#include "storage/resumestore.h"

using namespace swarmplay;

namespace {

const QString kKey = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        __builtin_trap(); // the fuzzer's own folder, not the input, failed
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const fuzz::Input in(data, size);
    switch (in.choice % 3) {
    case 0: {
        const QString path = dir.filePath(QStringLiteral("library.json"));
        QFile::remove(path + QStringLiteral(".damaged"));
        write(path, in.bytes);
        const Library library(path);
        for (const Library::Record &r : library.records())
            Library::dataFiles(r);
        break;
    }
    case 1: {
        const QString path = dir.filePath(QStringLiteral("playback.json"));
        write(path, in.bytes);
        const PlaybackMemory memory(path);
        memory.lastPlayed();
        memory.resumePosition(kKey, 0);
        memory.entry(kKey, 1);
        break;
    }
    default: {
        const ResumeStore store(dir.path());
        write(store.path(kKey, ".json"), in.bytes);
        QString error;
        const QJsonObject json = store.readMeta(kKey, &error);
        const TorrentMeta meta = TorrentMeta::fromJson(json, QStringLiteral("name"), dir.path());
        meta.addOptions();
        meta.toJson();
        break;
    }
    }
    return 0;
}
