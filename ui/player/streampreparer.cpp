#include "streampreparer.h"

#include <algorithm>

#include <QFileInfo>

#include "model/mediakind.h"
#include "session/session.h"
#include "stream/streamprober.h"
#include "stream/streamview.h"

namespace swarmplay {

namespace {
constexpr int TickMs = 500;
} // namespace

StreamPreparer::StreamPreparer(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &StreamPreparer::tick);
    if (!m_session)
        return;
    connect(m_session, &Session::torrentsUpdated, this, [this] {
        if (m_active)
            tick();
    });
    connect(m_session, &Session::metadataReceived, this,
            [this](const TorrentId &id, const TorrentInfo &) {
                if (m_active && id == m_id)
                    advance();
            });
}

StreamPreparer::~StreamPreparer()
{
    delete m_prober; // aborts its reader and joins its thread, which the abort releases
}

void StreamPreparer::start(const TorrentId &id, int fileIndex)
{
    stop();
    m_active = true;
    m_id = id;
    m_fileIndex = fileIndex;
    m_stage = int(PrebufferView::Stage::FetchingMetadata); // what the page starts with
    m_sincePeers.start();
    m_tick.start();
    tick();
}

void StreamPreparer::stop()
{
    ++m_run;
    m_active = false;
    m_tick.stop();
    delete m_prober;
    m_prober = nullptr;
    m_file = FileEntry();
    m_pieces = FilePieces();
    m_probe = ProbeRegion::Result();
    m_probeKnown = false;
    m_neededRanges.clear();
}

void StreamPreparer::tick()
{
    if (!m_active || !m_session)
        return;
    const TorrentSnapshot snapshot = m_session->torrent(m_id);
    report(snapshot);
    if (snapshot.peersConnected > 0)
        m_sincePeers.restart();
    if (m_sincePeers.elapsed() >= m_noPeersTimeoutMs) {
        const int seconds = int((m_noPeersTimeoutMs + 999) / 1000);
        emit failed(tr("No peers found…"),
                    tr("No one sharing this torrent answered for %n second(s). It may have no "
                       "seeders right now, or the network blocks BitTorrent. Try again later.",
                       nullptr, seconds),
                    PrebufferView::RetryAction);
        return;
    }
    advance();
}

void StreamPreparer::advance()
{
    if (!m_active)
        return;
    if (!m_prober) {
        if (!findFile())
            return;
        startProber();
        if (!m_prober)
            return;
    }
    // The region must really be here before the player reads it on the GUI thread: a prober
    // whose reads failed still reports the head-and-tail fallback.
    if (!m_probeKnown || m_session->streams()->readableIn(m_id.key(), m_fileIndex, m_probe.ranges,
                                                          ReaderRole::Player) < m_probe.bytes())
        return;
    m_tick.stop();
    emit ready();
}

bool StreamPreparer::findFile()
{
    if (m_file.index == m_fileIndex && m_pieces.isValid())
        return true;
    const TorrentInfo info = m_session->cachedInfo(m_id);
    if (!info.isValid())
        return false;
    const auto it = std::find_if(info.files.cbegin(), info.files.cend(),
                                 [this](const FileEntry &f) { return f.index == m_fileIndex; });
    if (it == info.files.cend()) {
        emit failed(tr("This file is not in the torrent"),
                    tr("The torrent has no file number %1. Choose another file.").arg(m_fileIndex),
                    0);
        return false;
    }
    const QString name = QFileInfo(it->path).fileName();
    if (!isPlayable(it->kind)) {
        emit failed(tr("“%1” cannot be played").arg(name),
                    tr("Swarmplay plays video and audio; this file is listed as %1. Open it from "
                       "the download folder once it has downloaded.")
                        .arg(mediaKindName(it->kind)),
                    0);
        return false;
    }
    // Published by the session worker just before the metadata reaches us; a round later at
    // the worst.
    auto have = m_session->streams()->pieces(m_id.key());
    if (!have)
        return false;
    m_file = *it;
    m_pieces = FilePieces(std::move(have), info.pieceLength, m_file);
    return true;
}

void StreamPreparer::startProber()
{
    const int run = m_run;
    emit fileFound(QFileInfo(m_file.path).fileName());
    if (run != m_run)
        return; // a slot stopped or replaced the preparation
    m_prober = m_session->createProber(m_id, m_fileIndex, this);
    // Queued: what follows may end in a stop that deletes the prober, which must not happen
    // inside its own emission.
    connect(
        m_prober, &StreamProber::finished, this,
        [this, run](const ProbeRegion::Result &result) {
            if (run == m_run)
                onProbeFinished(result);
        },
        Qt::QueuedConnection);
    if (!m_prober->start()) {
        delete m_prober;
        m_prober = nullptr;
        return;
    }
    // An earlier probe of the same file says how much is needed; otherwise the prober finds
    // out only as it walks the container, and the page says how much is here without a total.
    for (const ByteRange &r : m_session->streams()->probeRegion(m_id.key(), m_fileIndex))
        m_neededRanges.push_back({r.offset, r.length});
}

void StreamPreparer::onProbeFinished(const ProbeRegion::Result &result)
{
    m_probe = result;
    m_probeKnown = true;
    m_neededRanges = result.ranges;
    report(m_session->torrent(m_id));
    advance();
}

void StreamPreparer::report(const TorrentSnapshot &snapshot)
{
    emit swarmChanged(snapshot.downloadRate, snapshot.peersConnected);
    const auto stage = !snapshot.hasMetadata && !m_pieces.isValid()
                           ? PrebufferView::Stage::FetchingMetadata
                       : snapshot.peersConnected == 0 ? PrebufferView::Stage::ConnectingToPeers
                                                      : PrebufferView::Stage::Buffering;
    if (int(stage) != m_stage) {
        m_stage = int(stage);
        emit stageChanged(stage);
    }
    if (!m_pieces.isValid()) {
        emit progressChanged(0, 0);
    } else if (!m_neededRanges.isEmpty()) {
        qint64 needed = 0;
        for (const ProbeRegion::Range &r : std::as_const(m_neededRanges))
            needed += r.length;
        emit progressChanged(m_pieces.bytesHave(m_neededRanges), needed);
    } else {
        // How much is needed is not known until the prober has walked the container; what is
        // here is, and the bar shows that it is busy.
        emit progressChanged(m_pieces.bytesHave(0, m_pieces.fileSize()), 0);
    }
}

} // namespace swarmplay
