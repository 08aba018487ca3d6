#pragma once

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace swarmplay {

class PlaybackMemory;
class ResumeStore;
struct TorrentInfo;
struct TorrentSnapshot;

// Every torrent the viewer has opened, kept across runs whether or not it is still in the
// session or its files still exist: its name, where its files went, how far it got, the file
// played last and where, and when. One JSON file written atomically, plus a copy of each
// torrent's metadata so a torrent no longer in the session can be opened again without the
// swarm's help. A record goes only when the viewer removes it from the library.
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    struct Record
    {
        QString key; // TorrentId::key()
        QString name;
        QString savePath;  // folder the torrent's files are under
        QStringList files; // the torrent's files by index, relative to savePath
        qint64 totalBytes = 0;
        qint64 wantedBytes = 0; // last known: bytes of the chosen files
        qint64 wantedDone = 0;  // last known: verified bytes of them
        int lastFile = -1;      // file played last, -1 when none
        qint64 lastPositionMs = -1;
        qint64 lastDurationMs = 0;
        qint64 addedMs = 0;       // first opened
        qint64 lastWatchedMs = 0; // 0: never played

        // The later of the last play and the first opening: what cleanup goes by, so a torrent
        // opened a minute ago is not treated as forgotten because nothing of it played yet.
        qint64 lastUsedMs() const { return std::max(lastWatchedMs, addedMs); }
        double progress() const { return wantedBytes > 0 ? double(wantedDone) / wantedBytes : 0; }
    };

    // What least-recently-watched cleanup would delete to bring the library under its cap.
    struct Cleanup
    {
        QStringList keys;       // oldest watched first
        qint64 freedBytes = 0;  // what deleting them frees
        qint64 usedBytes = 0;   // before
        bool reachesCap = true; // false when even all of them leave the library over its cap
    };

    // Reads the file at once. A missing file is an empty library; a damaged one too, with
    // loadError() saying so (the damaged file is kept beside it as <name>.damaged).
    explicit Library(const QString &path);

    QString path() const { return m_path; }
    QString loadError() const { return m_loadError; }

    // Most recently used first (see Record::lastUsedMs).
    QVector<Record> records() const;
    bool contains(const QString &key) const { return m_records.contains(key); }
    Record record(const QString &key) const { return m_records.value(key); }
    int size() const { return int(m_records.size()); }

    // From the session: adds the torrent when it is new, else updates its name, folder and
    // progress.
    void noteTorrent(const TorrentSnapshot &snapshot);
    // From its metadata: the file list and size.
    void noteInfo(const TorrentInfo &info);
    // The viewer started a file now; positionMs -1 when not known.
    void notePlayed(const QString &key, int fileIndex, qint64 positionMs, qint64 durationMs,
                    qint64 whenMs);
    // Takes positions the player recorded since (newer than each record's last play).
    void syncFrom(const PlaybackMemory &memory);
    // Forgets the torrent and its kept metadata. False when it was not in the library.
    bool remove(const QString &key);

    // Copies the metadata the session keeps (<key>.torrent) for every record that has none.
    void keepTorrentFiles(const ResumeStore &store);
    // The kept metadata of a torrent, empty when there is none.
    QString torrentFile(const QString &key) const;
    // What opens the torrent again: the kept .torrent, else a magnet link.
    QString source(const QString &key) const;

    // The record's files on disk, with the partial-piece file libtorrent keeps beside them.
    static QStringList dataFiles(const Record &record);

    // Chooses torrents to delete, least recently used first, until what is left fits in
    // capBytes. Records without data on disk and those in keep are never chosen. With a cap of
    // 0 (no cap) or a library already under it nothing is chosen.
    static Cleanup chooseCleanup(const QVector<Record> &records,
                                 const QHash<QString, qint64> &bytesOnDisk, qint64 capBytes,
                                 const QSet<QString> &keep);

    // Writes the file when something changed; false with error set when it could not be.
    bool save(QString *error = nullptr);
    bool isDirty() const { return m_dirty; }

private:
    void load();
    Record &touch(const QString &key);
    QString keptDir() const;

    QString m_path;
    QString m_loadError;
    QHash<QString, Record> m_records;
    bool m_dirty = false;
};

} // namespace swarmplay
