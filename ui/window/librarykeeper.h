#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "model/torrentid.h"
#include "storage/library.h"

namespace swarmplay {

class LibraryModel;
class LibraryPane;
class MainWindow;
class PlaybackMemory;
class Session;

// The window's library: keeps Library (library.json in the state folder) up to date from the
// session (every torrent opened, its progress, its files) and from the player (what was played
// last and where), measures the disk its files take, and carries out what the Library tab asks
// for: playing a torrent again (opening it again when it is no longer in the session), removing
// torrents from the library with or without their files, and freeing space down to the limit
// set in Settings, least recently watched first, after the viewer has seen the list (or without
// asking, when Settings say so).
class LibraryKeeper : public QObject
{
    Q_OBJECT

public:
    LibraryKeeper(MainWindow *window, Session *session, PlaybackMemory *memory);
    ~LibraryKeeper() override;

    Library *library() const { return m_library.get(); }
    LibraryModel *model() const { return m_model; }
    // The Library tab; the window takes it into its layout.
    LibraryPane *pane() const { return m_pane; }

    // Takes what changed since the last round, measures the disk and updates the rows.
    void refresh();
    // Bytes on disk per torrent key, as last measured.
    QHash<QString, qint64> bytesOnDisk() const { return m_bytesOnDisk; }
    qint64 usedBytes() const;
    qint64 capBytes() const; // 0: no limit

    // Plays the file watched last (from where it stopped), opening the torrent first when it
    // is not in the session; a torrent never played plays its main video.
    void play(const QString &key);
    // Asks (RemovePrompt), then forgets the torrents, deleting their files if so chosen.
    void removeFromLibrary(const QStringList &keys);
    // What "Free space…" would delete now: never the torrent playing.
    Library::Cleanup planCleanup() const;
    // Lists what planCleanup() chose and deletes it once the viewer confirms.
    void cleanUp();
    // Deletes the chosen torrents' files; they stay in the library.
    void deleteData(const QStringList &keys);
    // Writes library.json now.
    bool save();

signals:
    // A round of refresh() is done (rows and usage are current).
    void refreshed();

private:
    void onPlayRequested(const TorrentId &id, int fileIndex);
    void onOpened(const TorrentId &id);
    void autoCleanup();
    void playNow(const TorrentId &id, int fileIndex);
    QString playingKey() const;
    QString nameOf(const QString &key) const;

    MainWindow *m_window;
    Session *m_session;
    PlaybackMemory *m_memory;
    std::unique_ptr<Library> m_library;
    LibraryModel *m_model = nullptr;
    LibraryPane *m_pane = nullptr;
    QTimer m_refreshTimer;
    QTimer m_saveTimer;
    QHash<QString, qint64> m_bytesOnDisk;
    // Removed from the library while the session still reports it: not to be added back by a
    // status round that was on its way.
    QSet<QString> m_forgotten;
    // A torrent opened again from the library, and the file to play once it is in.
    QString m_pendingKey;
    int m_pendingFile = -1;
    qint64 m_autoCleanupQuietUntil = 0; // ms since epoch; files being deleted by the session
};

} // namespace swarmplay
