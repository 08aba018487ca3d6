#include "streamplanner.h"

#include <algorithm>

#include "streamlog.h"
#include "streamtuning.h"

namespace swarmplay {

using namespace tuning;

namespace {

PiecePriority graded(int order)
{
    return PiecePriority(std::max(int(PiecePriority::Top) - order, int(PiecePriority::Near)));
}

qint64 bitrateOf(const StreamPlanner::File &file)
{
    return file.durationMs > 0
               ? std::max<qint64>(MinBytesPerSecond, file.size * 1000 / file.durationMs)
               : AssumedBytesPerSecond;
}

qint64 criticalBytes(qint64 bytesPerSecond)
{
    return std::clamp<qint64>(bytesPerSecond * CriticalSeconds, MinCriticalBytes, MaxCriticalBytes);
}

qint64 startReadahead(qint64 critical)
{
    return std::max<qint64>(2 * critical, StartReadaheadBytes);
}

bool isProbe(const StreamPlanner::Reader &r)
{
    return r.role == ReaderRole::Probe;
}

} // namespace

struct StreamPlanner::Draft
{
    explicit Draft(const Input &input)
        : in(input)
        , swarmRate(std::max(input.swarmBytesPerSecond, MinBytesPerSecond))
    {
        plan.priorities.assign(size_t(std::max(0, in.pieceCount)), PiecePriority::None);
    }

    int pieceOf(qint64 torrentOffset) const { return int(torrentOffset / in.pieceLength); }
    bool has(int piece) const
    {
        return piece >= 0 && piece < in.have.size() && in.have.testBit(piece);
    }
    // The first piece in [first, last] that is missing, or last + 1.
    int firstMissing(int first, int last) const
    {
        int p = first;
        while (p <= last && has(p))
            ++p;
        return p;
    }
    void raise(int piece, PiecePriority level)
    {
        if (piece < 0 || size_t(piece) >= plan.priorities.size())
            return;
        PiecePriority &p = plan.priorities[size_t(piece)];
        p = std::max(p, level);
    }
    // Due after order+1 pieces' transfer at the rate: a piece held by a peer that stalls is
    // asked of the others once that time has passed, not at once.
    int dueMs(int order, qint64 bytesPerSecond) const
    {
        return int(
            std::min<qint64>(MaxDeadlineMs, (order + 1) * qint64(in.pieceLength) * 1000 /
                                                std::max(bytesPerSecond, MinBytesPerSecond)));
    }
    void deadline(int piece, int ms)
    {
        if (has(piece))
            return;
        const auto it = plan.deadlines.find(piece);
        if (it == plan.deadlines.end() || it->second > ms)
            plan.deadlines[piece] = ms;
    }
    // The critical and near pieces, graded in read order; missing ones get deadlines.
    void rank(int first, int last, int &order, qint64 bytesPerSecond)
    {
        for (int p = first; p <= last; ++p) {
            raise(p, graded(order));
            if (!has(p))
                deadline(p, dueMs(order++, bytesPerSecond));
        }
    }
    const File *file(int index) const
    {
        const auto f = std::find_if(in.files.cbegin(), in.files.cend(),
                                    [index](const File &l) { return l.index == index; });
        return f == in.files.cend() ? nullptr : &*f;
    }
    bool isActive(const Reader &r) const
    {
        return (r.waiting || in.nowMs - r.lastActiveMs < IdleMs) && !(isProbe(r) && viewerActive);
    }

    const Input &in;
    const qint64 swarmRate;
    StreamPlan plan;
    QSet<int> streamedFiles;
    bool viewerActive = false;
    // Every active reader has its critical and its largest readahead window: the rest of the
    // wanted files may download.
    bool comfortable = true;
};

StreamPlan StreamPlanner::plan(const Input &in)
{
    Draft d(in);
    if (in.pieceLength <= 0)
        return d.plan;
    QSet<int> live;
    for (const Reader &r : in.readers) {
        live.insert(r.id);
        // The prober only fetches ahead of a viewer; a reader someone waits on comes first.
        if (!isProbe(r) && (r.waiting || in.nowMs - r.lastActiveMs < IdleMs))
            d.viewerActive = true;
    }
    for (auto it = m_readers.begin(); it != m_readers.end();)
        it = live.contains(it.key()) ? std::next(it) : m_readers.erase(it);

    for (const Reader &r : in.readers) {
        const File *file = d.file(r.fileIndex);
        if (file && file->size > 0)
            planReader(d, r, *file);
    }
    if (!in.readers.isEmpty()) {
        planProbeRegions(d);
        planBackground(d);
    }
    addSpares(d);
    decideRetarget(d.plan);
    return d.plan;
}

void StreamPlanner::planReader(Draft &d, const Reader &r, const File &file)
{
    if (!d.streamedFiles.contains(file.index)) {
        d.streamedFiles.insert(file.index);
        if (!file.wanted)
            d.plan.filesToWant.push_back(file.index);
    }
    const qint64 bytesPerSecond = bitrateOf(file);
    const qint64 critical = criticalBytes(bytesPerSecond);
    const qint64 pos = std::clamp<qint64>(r.position, 0, file.size - 1);
    const int first = d.pieceOf(file.offset + pos);
    if (r.waiting)
        d.plan.waitedPieces.insert(first);
    // A bounded request (an HTTP Range that stops short, a demuxer reading a box) wants nothing
    // past its end: on a slow swarm every extra piece delays the ones it waits for.
    const qint64 end = r.end > pos ? std::min(file.size, r.end) : file.size;
    const int criticalLast = d.pieceOf(file.offset + std::min(end - 1, pos + critical - 1));

    // The prober's reader stays open until the player has opened its own: the player is about
    // to read, and requests for the rest of the file would queue ahead of its first pieces.
    if (isProbe(r))
        d.comfortable = false;
    if (!d.isActive(r)) {
        // A prober set aside for a viewer wants nothing: even at a low priority its pieces would
        // fill the peers' request queues ahead of the viewer's.
        if (!isProbe(r)) {
            for (int p = first; p <= criticalLast; ++p)
                d.raise(p, PiecePriority::Demoted);
        }
        return;
    }
    qCDebug(lcStream).nospace() << "reader " << r.id << " (" << readerRoleName(r.role) << ") at "
                                << pos
                                << (r.end > pos ? QStringLiteral(" to %1").arg(end) : QString())
                                << (r.waiting ? " waiting" : "") << ": pieces " << first << "-"
                                << criticalLast;
    m_lastActiveMs = d.in.nowMs;
    int order = 0;
    const qint64 rate = std::max(d.swarmRate, bytesPerSecond);
    d.rank(first, criticalLast, order, rate);
    if (end >= file.size) {
        // An open read (a player) has deadlines on as much again: enough pieces in order to keep
        // every peer's request queue full between two plans.
        const int nearLast =
            d.pieceOf(file.offset + std::min(file.size - 1, pos + 2 * critical - 1));
        d.rank(criticalLast + 1, nearLast, order, rate);
    }
    m_nextPiece = criticalLast + 1;
    m_nextLimit = d.pieceOf(file.offset + file.size - 1);
    if (end < file.size) {
        // The piece after the request, lowest: asked for only once the request's blocks are,
        // and the peers stay interested when the request is served.
        const int after = d.pieceOf(file.offset + end);
        if (after <= m_nextLimit && after > criticalLast)
            d.raise(after, PiecePriority::Background);
    }
    ReaderMemory &m = m_readers[r.id];
    updateMemory(m, pos, critical, d.in.nowMs);
    if (d.firstMissing(first, criticalLast) <= criticalLast) {
        d.comfortable = false;
        return;
    }
    if (end >= file.size) // a bounded request is served once its critical pieces are in
        planWindow(d, m, file, pos, criticalLast);
}

void StreamPlanner::updateMemory(ReaderMemory &m, qint64 pos, qint64 critical, qint64 now) const
{
    if (m.readahead == 0)
        m.readahead = startReadahead(critical);
    const bool jumped = m.lastPosition >= 0 &&
                        (pos < m.lastPosition || pos > m.lastPosition + critical + m.readahead);
    if (jumped) { // a seek: the new place starts with a small window again
        m.readahead = startReadahead(critical);
        m.bytesPerSecond = 0;
    }
    if (m.lastPosition < 0 || jumped) {
        m.lastPosition = pos;
        m.lastMs = now;
    } else if (now - m.lastMs >= RateSampleMs) {
        const double rate = double(pos - m.lastPosition) * 1000.0 / double(now - m.lastMs);
        m.bytesPerSecond = (1 - RateSampleWeight) * m.bytesPerSecond + RateSampleWeight * rate;
        m.lastPosition = pos;
        m.lastMs = now;
    }
    m.readahead =
        std::max(m.readahead, qint64(m.bytesPerSecond * double(ConsumptionWindowSeconds)));
}

void StreamPlanner::planWindow(Draft &d, ReaderMemory &m, const File &file, qint64 pos,
                               int criticalLast)
{
    const qint64 bytesPerSecond = bitrateOf(file);
    const qint64 critical = criticalBytes(bytesPerSecond);
    const qint64 maxReadahead =
        std::max<qint64>(bytesPerSecond * MaxReadaheadSeconds, MinMaxReadaheadBytes);
    const int fileLast = d.pieceOf(file.offset + file.size - 1);
    const int quantum = int(std::max<qint64>(QuantumMinPieces, QuantumBytes / d.in.pieceLength));
    const auto roundUp = [quantum, fileLast](int piece) {
        return std::min(fileLast, (piece / quantum + 1) * quantum - 1);
    };
    const int readaheadLast =
        roundUp(d.pieceOf(file.offset + std::min(file.size - 1, pos + critical + m.readahead - 1)));
    for (int p = criticalLast + 1; p <= readaheadLast; ++p)
        d.raise(p, PiecePriority::Readahead);
    if (d.firstMissing(criticalLast + 1, readaheadLast) <= readaheadLast) {
        d.comfortable = false;
        return;
    }
    // The window is full: it may grow, and only a full window at its largest is comfortable.
    // Past it a margin at the lowest priority, so there is still something to want (while the
    // window fills there is none: every request a peer holds for a piece nobody waits for is
    // served before a seek's).
    const int margin = std::max(quantum, readaheadLast - criticalLast);
    for (int p = readaheadLast + 1; p <= roundUp(readaheadLast + margin); ++p)
        d.raise(p, PiecePriority::Background);
    if (m.readahead < maxReadahead)
        d.comfortable = false;
    m.readahead = std::min(m.readahead * 2, maxReadahead);
}

void StreamPlanner::planProbeRegions(Draft &d)
{
    // While a viewer reads, what they read is what they need first; nothing else competes.
    if (d.viewerActive)
        return;
    for (const int index : std::as_const(d.streamedFiles)) {
        const File &file = *d.file(index);
        QVector<ByteRange> ranges = file.probeRegion;
        // Until the container says, the head (see HeadGuessBytes); the prober's own reads find
        // the rest.
        if (ranges.isEmpty())
            ranges = {{0, std::min(file.size, std::max<qint64>(d.in.pieceLength, HeadGuessBytes))}};
        int order = 0;
        for (const ByteRange &range : std::as_const(ranges)) {
            if (range.length <= 0)
                continue;
            const int a = d.pieceOf(file.offset + range.offset);
            const int b = d.pieceOf(file.offset + std::min(file.size - 1, range.end() - 1));
            // A player starts only once its whole region is here: nothing in the background
            // before that.
            if (d.firstMissing(a, b) <= b)
                d.comfortable = false;
            d.rank(a, b, order, d.swarmRate);
        }
    }
}

void StreamPlanner::planBackground(Draft &d)
{
    // A peer serves requests in the order it got them: every block asked for in the background
    // is one a waiting reader gets later, so the rest waits until every reader is comfortable.
    if (!d.comfortable)
        return;
    for (const File &f : d.in.files) {
        const bool wanted = f.wanted || d.plan.filesToWant.contains(f.index);
        if (!wanted || f.size <= 0)
            continue;
        for (int p = d.pieceOf(f.offset); p <= d.pieceOf(f.offset + f.size - 1); ++p)
            d.raise(p, PiecePriority::Background);
    }
}

void StreamPlanner::addSpares(Draft &d) const
{
    // libtorrent decides interest the moment a piece lands, before the next plan, so a window
    // whose last missing piece lands must not leave nothing wanted. The pieces with deadlines
    // are not counted: they land first, and the spares must outlast them.
    if (m_nextPiece < 0 || m_nextPiece > m_nextLimit)
        return;
    const qint64 pieceLength = d.in.pieceLength;
    const qint64 bytes =
        d.in.piecesPerSecond < 0
            ? StartSpareBytes
            : std::min<qint64>(MaxSpareBytes,
                               qint64(d.in.piecesPerSecond * double(pieceLength)) * SpareMs / 1000);
    const int spares = std::max<int>(SparePieces, int(bytes / pieceLength) + 1);
    std::vector<PiecePriority> &prio = d.plan.priorities;
    int missing = 0;
    for (size_t p = 0; p < prio.size() && missing < spares; ++p) {
        if (prio[p] > PiecePriority::None && !d.has(int(p)) && !d.plan.deadlines.count(int(p)))
            ++missing;
    }
    for (int from = m_nextPiece; missing < spares && from <= m_nextLimit;) {
        const int next = d.firstMissing(from, m_nextLimit);
        if (next > m_nextLimit || size_t(next) >= prio.size())
            break;
        if (prio[size_t(next)] == PiecePriority::None) {
            prio[size_t(next)] = PiecePriority::Background;
            ++missing;
        }
        from = next + 1;
    }
}

void StreamPlanner::decideRetarget(StreamPlan &plan)
{
    // A seek: the first piece due is before the old ones or past them. Every request the peers
    // hold for the old place would be served before the new place's.
    if (!plan.deadlines.empty() && !m_lastDeadlines.isEmpty()) {
        const int oldFirst = *std::min_element(m_lastDeadlines.cbegin(), m_lastDeadlines.cend());
        const int oldLast = *std::max_element(m_lastDeadlines.cbegin(), m_lastDeadlines.cend());
        const int first = plan.deadlines.cbegin()->first;
        plan.retarget = first < oldFirst || first > oldLast + 1;
    }
    m_lastDeadlines.clear();
    for (const auto &[piece, ms] : plan.deadlines)
        m_lastDeadlines.insert(piece);
}

} // namespace swarmplay
