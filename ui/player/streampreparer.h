#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "filepieces.h"
#include "model/fileentry.h"
#include "model/torrentid.h"
#include "prebufferview.h"
#include "stream/proberegion.h"

namespace swarmplay {

class Session;
class StreamProber;
struct TorrentSnapshot;

// Gets one file of a torrent ready to play: waits for the metadata, checks that the file is in
// the torrent and can be played, has its probe region found and downloaded (StreamProber), and
// says how far it is for the prebuffer page, or why it gives up.
class StreamPreparer : public QObject
{
    Q_OBJECT

public:
    explicit StreamPreparer(Session *session, QObject *parent = nullptr);
    ~StreamPreparer() override;

    // Prepares file fileIndex of torrent id, whose metadata may still be on its way.
    void start(const TorrentId &id, int fileIndex);
    // Gives up, or lets go once the player reads: the prober's reader closes.
    void stop();
    bool isActive() const { return m_active; }

    // Known once ready() was emitted.
    const FileEntry &file() const { return m_file; }
    const FilePieces &pieces() const { return m_pieces; }
    const ProbeRegion::Result &probe() const { return m_probe; }

    // How long it may go without a single connected peer before it gives up with "No peers
    // found" (30 s).
    void setNoPeersTimeout(int ms) { m_noPeersTimeoutMs = ms; }
    int noPeersTimeout() const { return m_noPeersTimeoutMs; }

signals:
    // The metadata names the file, and its probe starts now: what must download before the
    // video (subtitles) opens its readers in a slot of this signal, ahead of the prober's.
    void fileFound(const QString &name);
    void stageChanged(swarmplay::PrebufferView::Stage stage);
    void progressChanged(qint64 doneBytes, qint64 neededBytes); // needed 0: not known yet
    void swarmChanged(qint64 bytesPerSecond, int peers);
    void ready(); // the probe region is downloaded
    // actions: PrebufferView::Actions
    void failed(const QString &title, const QString &text, int actions);

private:
    void tick();
    void advance();
    bool findFile();
    void startProber();
    void onProbeFinished(const ProbeRegion::Result &result);
    void report(const TorrentSnapshot &snapshot);

    QPointer<Session> m_session;
    bool m_active = false;
    int m_run = 0; // bumped by every start and stop: what a slot or a queued signal meant is gone
    TorrentId m_id;
    int m_fileIndex = -1;
    FileEntry m_file;
    FilePieces m_pieces;
    StreamProber *m_prober = nullptr;
    ProbeRegion::Result m_probe;
    bool m_probeKnown = false;                  // the prober has finished
    QVector<ProbeRegion::Range> m_neededRanges; // what the progress counts towards
    int m_stage = -1;
    QTimer m_tick;
    QElapsedTimer m_sincePeers; // since a peer was last connected
    int m_noPeersTimeoutMs = 30000;
};

} // namespace swarmplay
