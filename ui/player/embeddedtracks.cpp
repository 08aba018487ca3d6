#include "embeddedtracks.h"

#include <QLoggingCategory>

#include "session/session.h"
#include "stream/bytereader.h"
#include "subtitle/embeddedsubtitles.h"

namespace swarmplay {

namespace {
// Frames further apart than this, or going back, mean playback jumped.
constexpr qint64 JumpForwardMs = 2500;
constexpr qint64 JumpBackMs = 400;
} // namespace

EmbeddedTracks::EmbeddedTracks(SubtitleDrawer *drawer, QObject *parent)
    : QObject(parent)
    , m_drawer(drawer)
{}

EmbeddedTracks::~EmbeddedTracks() = default;

void EmbeddedTracks::open(Session *session, const TorrentId &id, int fileIndex)
{
    close();
    std::unique_ptr<ByteReader> reader =
        session ? session->openStream(id, fileIndex, ReaderRole::Follower) : nullptr;
    if (!reader) {
        m_known = true;
        emit tracksKnown();
        return;
    }
    m_subtitles = std::make_unique<EmbeddedSubtitles>(std::move(reader), m_drawer);
    connect(m_subtitles.get(), &EmbeddedSubtitles::opened, this,
            [this](const QVector<EmbeddedTrack> &tracks) {
                m_tracks = tracks;
                m_known = true;
                emit tracksKnown();
            });
    connect(m_subtitles.get(), &EmbeddedSubtitles::openFailed, this, [this](const QString &) {
        // Not a container libavformat knows (or not yet whole): no tracks to offer.
        m_known = true;
        emit tracksKnown();
    });
    connect(m_subtitles.get(), &EmbeddedSubtitles::trackFailed, this, &EmbeddedTracks::trackFailed);
    m_subtitles->start();
}

void EmbeddedTracks::close()
{
    m_subtitles.reset(); // waits for its thread
    m_tracks.clear();
    m_known = false;
    m_shown = -1;
    m_lastFrameMs = -1;
}

void EmbeddedTracks::show(int stream, qint64 positionMs)
{
    m_shown = stream;
    if (!m_subtitles)
        return;
    m_subtitles->choose(stream);
    if (stream >= 0) {
        m_subtitles->seek(positionMs);
        // The next frame is measured from here: a seek between this and the first frame the
        // track sees is a jump too.
        m_lastFrameMs = positionMs;
    }
}

void EmbeddedTracks::followFrame(qint64 ms)
{
    const qint64 last = m_lastFrameMs;
    m_lastFrameMs = ms;
    if (!m_subtitles || m_shown < 0 || last < 0)
        return;
    if (ms > last + JumpForwardMs || ms < last - JumpBackMs)
        m_subtitles->seek(ms);
}

} // namespace swarmplay
