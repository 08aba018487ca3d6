#include "apistream.h"

#include <algorithm>

#include "../http/streamserver.h"
#include "../session/session.h"
#include "../stream/bytereader.h"
#include "../stream/pieceavailability.h"
#include "../stream/streamprober.h"
#include "../stream/streamview.h"

namespace swarmplay {

namespace {

// Sorted, with ranges that overlap or touch merged.
QVector<ByteRange> merged(QVector<ByteRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const ByteRange &a, const ByteRange &b) { return a.offset < b.offset; });
    QVector<ByteRange> out;
    for (const ByteRange &r : std::as_const(ranges)) {
        if (r.length <= 0)
            continue;
        if (!out.isEmpty() && r.offset <= out.last().end())
            out.last().length = std::max(out.last().end(), r.end()) - out.last().offset;
        else
            out.push_back(r);
    }
    return out;
}

} // namespace

QString ApiStreamStatus::stateId(State state)
{
    switch (state) {
    case State::Metadata:
        return QStringLiteral("metadata");
    case State::Buffering:
        return QStringLiteral("buffering");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Error:
        break;
    }
    return QStringLiteral("error");
}

ApiStream::ApiStream(Session *session, StreamServer *streams, const QString &id,
                     const TorrentId &torrent, int fileIndex, qint64 offset, qint64 prebufferBytes,
                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_streams(streams)
    , m_torrent(torrent)
{
    m_status.id = id;
    m_status.torrentKey = torrent.key();
    m_status.fileIndex = fileIndex;
    m_status.offset = offset;
    m_status.prebufferBytes = prebufferBytes;
    m_lastUse.start();
    setUrls(); // without the file's name until the metadata names it
}

void ApiStream::setUrls()
{
    if (!m_streams)
        return;
    m_status.streamUrl =
        m_streams->streamUrl(m_status.torrentKey, m_status.fileIndex).toString(QUrl::FullyEncoded);
    m_status.playlistUrl = m_streams->playlistUrl(m_status.torrentKey).toString(QUrl::FullyEncoded);
}

ApiStream::~ApiStream() = default; // the readers and the prober let go

void ApiStream::stop()
{
    m_fetches.clear();
    m_prober.reset();
    m_fileKnown = false;
    m_pieces.reset();
}

void ApiStream::fail(const QString &code, const QString &message)
{
    stop();
    m_status.state = ApiStreamStatus::State::Error;
    m_status.errorCode = code;
    m_status.errorMessage = message;
    m_status.etaSeconds = -1;
}

bool ApiStream::isFinal() const
{
    // A torrent's error may pass (resumed, its disk back); a missing file or torrent does not.
    return m_status.state == ApiStreamStatus::State::Error &&
           m_status.errorCode != QLatin1String("torrent-error");
}

void ApiStream::refresh()
{
    const ApiStreamStatus before = m_status;
    if (isFinal())
        return;
    const TorrentSnapshot torrent = m_session->torrent(m_torrent);
    if (!m_session->contains(m_torrent)) {
        fail(QStringLiteral("torrent-removed"), QStringLiteral("The torrent was removed."));
    } else if (torrent.state == TorrentState::Error) {
        fail(QStringLiteral("torrent-error"),
             torrent.errorMessage.isEmpty() ? QStringLiteral("The torrent stopped with an error.")
                                            : torrent.errorMessage);
    } else {
        if (m_status.state == ApiStreamStatus::State::Error) {
            m_status.errorCode.clear();
            m_status.errorMessage.clear();
            m_status.state = ApiStreamStatus::State::Metadata;
        }
        // The torrent stopped and its readers were closed: start over now that it is back.
        if (m_pieces && m_pieces->isClosed())
            stop();
        if (m_fileKnown || findFile()) {
            if (m_fetches.empty() && regionKnown())
                openReaders();
            measure();
        }
    }
    publish(before);
}

bool ApiStream::findFile()
{
    const TorrentInfo info = m_session->cachedInfo(m_torrent);
    m_pieces = info.isValid() ? m_session->streams()->pieces(m_torrent.key()) : nullptr;
    if (!m_pieces) // the engine publishes the pieces with the metadata, a moment apart
        return false;
    const auto it =
        std::find_if(info.files.cbegin(), info.files.cend(),
                     [this](const FileEntry &f) { return f.index == m_status.fileIndex; });
    if (it == info.files.cend()) {
        fail(QStringLiteral("unknown-file"),
             QStringLiteral("The torrent has no file %1.").arg(m_status.fileIndex));
        return false;
    }
    if (m_status.offset > 0 && m_status.offset >= it->size) {
        fail(QStringLiteral("offset-past-end"),
             QStringLiteral("The offset %1 is past the end of the file (%2 bytes).")
                 .arg(m_status.offset)
                 .arg(it->size));
        return false;
    }
    m_file = *it;
    m_pieceLength = info.pieceLength;
    m_fileKnown = true;
    m_status.state = ApiStreamStatus::State::Buffering;
    setUrls();
    return true;
}

bool ApiStream::regionKnown()
{
    // The readers wait for the region: while a reader someone waits on is active, the planner
    // sets the prober aside, and the prober must walk the container first.
    const QVector<ByteRange> region =
        m_session->streams()->probeRegion(m_status.torrentKey, m_file.index);
    if (!region.isEmpty() || m_file.size == 0 || (m_prober && m_prober->isFinished())) {
        m_prober.reset();
        return true;
    }
    if (!m_prober) {
        m_prober.reset(m_session->createProber(m_torrent, m_file.index));
        connect(m_prober.get(), &StreamProber::finished, this, &ApiStream::refresh,
                Qt::QueuedConnection);
        if (!m_prober->start())
            m_prober.reset(); // the torrent went away meanwhile: next round
    }
    return false;
}

bool ApiStream::openReaders()
{
    QVector<ByteRange> ranges =
        m_session->streams()->probeRegion(m_status.torrentKey, m_file.index);
    const qint64 prebuffer = std::min(m_status.prebufferBytes, m_file.size - m_status.offset);
    ranges.push_back({m_status.offset, prebuffer});
    m_ranges = merged(ranges);
    for (const ByteRange &range : std::as_const(m_ranges)) {
        std::unique_ptr<ByteReader> reader =
            m_session->openStream(m_torrent, m_file.index, ReaderRole::Http);
        if (!reader) {
            m_fetches.clear();
            return false;
        }
        reader->expect(range.offset, range.length);
        m_fetches.push_back({range, std::move(reader)});
    }
    return true;
}

qint64 ApiStream::bytesHave(const ByteRange &range) const
{
    if (!m_pieces || m_pieceLength <= 0 || range.length <= 0)
        return 0;
    const qint64 start = m_file.offset + range.offset;
    const qint64 end = start + range.length;
    qint64 have = 0;
    for (qint64 p = start / m_pieceLength; p * m_pieceLength < end; ++p) {
        if (m_pieces->has(int(p)))
            have += std::min(end, (p + 1) * m_pieceLength) - std::max(start, p * m_pieceLength);
    }
    return have;
}

qint64 ApiStream::firstMissing(const ByteRange &range) const
{
    if (!m_pieces || m_pieceLength <= 0 || range.length <= 0)
        return -1;
    const int first = int((m_file.offset + range.offset) / m_pieceLength);
    const int last = int((m_file.offset + range.end() - 1) / m_pieceLength);
    const int missing = m_pieces->firstMissing(first, last);
    if (missing > last)
        return -1;
    return std::max(range.offset, qint64(missing) * m_pieceLength - m_file.offset);
}

void ApiStream::keepFetching()
{
    // A reader that does not read is idle after a few seconds and set aside; moving it to what
    // is still missing keeps it first in line, as a player reading there would be.
    for (const Fetch &f : m_fetches) {
        const qint64 from = firstMissing(f.range);
        if (from >= 0)
            f.reader->expect(from, f.range.end() - from);
    }
}

void ApiStream::measure()
{
    QVector<ByteRange> needed = m_ranges;
    if (m_fetches.empty()) // the region is not known yet: the pre-buffer is
        needed = {
            {m_status.offset, std::min(m_status.prebufferBytes, m_file.size - m_status.offset)}};
    qint64 ready = 0;
    qint64 total = 0;
    for (const ByteRange &r : std::as_const(needed)) {
        ready += bytesHave(r);
        total += std::max<qint64>(0, r.length);
    }
    m_status.bytesReady = ready;
    m_status.bytesNeeded = total;
    const bool done = !m_fetches.empty() && ready >= total;
    if (m_fetches.empty() && m_ranges.isEmpty() && m_file.size == 0)
        m_status.state = ApiStreamStatus::State::Ready; // nothing to fetch
    else
        m_status.state = done ? ApiStreamStatus::State::Ready : ApiStreamStatus::State::Buffering;
    if (!done)
        keepFetching();
    const qint64 rate = m_session->torrent(m_torrent).downloadRate;
    m_status.etaSeconds = done ? 0 : rate > 0 ? (total - ready + rate - 1) / rate : -1;
}

void ApiStream::publish(const ApiStreamStatus &before)
{
    if (before.state != m_status.state || before.bytesReady != m_status.bytesReady ||
        before.bytesNeeded != m_status.bytesNeeded || before.errorCode != m_status.errorCode)
        emit changed();
}

} // namespace swarmplay
