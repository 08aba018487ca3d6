#pragma once

#include <QBitArray>
#include <QHash>
#include <QSet>
#include <QVector>

#include "byterange.h"
#include "readerrole.h"
#include "streamplan.h"

namespace swarmplay {

// Decides which pieces of one streamed torrent download next. Every active reader gets
// time-critical deadlines on its next pieces and a readahead window that starts small and doubles
// only while those pieces are in; the probe region (head, and what the container keeps at the
// tail) comes first until a viewer reads; the rest of the wanted files download at the lowest
// priority only once every active reader is comfortably ahead. A seek retargets at once; a
// reader idle for a while is demoted.
//
// No libtorrent, no clock, no I/O: the plan follows from the input and from what earlier plans
// remembered (each reader's window and consumption rate), so it is tested on synthetic layouts.
// StreamScheduler feeds it; PlanApplier hands its plans to libtorrent.
class StreamPlanner
{
public:
    struct File
    {
        int index = -1;
        qint64 offset = 0; // in the torrent
        qint64 size = 0;
        bool wanted = false;            // the torrent downloads it (file priority above 0)
        QVector<ByteRange> probeRegion; // empty until the prober has walked the container
        qint64 durationMs = -1;         // from the container, -1 until known
    };
    struct Reader
    {
        int id = 0;
        ReaderRole role = ReaderRole::Other;
        int fileIndex = -1;
        qint64 position = 0; // in the file
        qint64 end = -1;     // nothing wanted at or past it; -1: open-ended
        qint64 lastActiveMs = 0;
        bool waiting = false; // blocked on a piece right now
    };
    struct Input
    {
        qint64 nowMs = 0;
        int pieceLength = 0;
        int pieceCount = 0;
        QVector<File> files;
        QVector<Reader> readers; // none: the torrent lingers (see plan())
        QBitArray have;          // pieceCount bits
        qint64 swarmBytesPerSecond = 0;
        double piecesPerSecond = -1; // how fast pieces land; < 0 until known
    };

    // With readers, their plan. Without: nothing wanted but the spares after the last read, so
    // peers stay interested until a reader comes back or the torrent stops being streamed.
    StreamPlan plan(const Input &in);
    // When a reader last read or waited (the input's clock); -1 if none ever did.
    qint64 lastActiveMs() const { return m_lastActiveMs; }
    // libtorrent lost the deadlines (the applier set them all again): no retarget is due.
    void forgetDeadlines() { m_lastDeadlines.clear(); }

private:
    struct ReaderMemory
    {
        qint64 readahead = 0; // bytes past the critical window
        qint64 lastPosition = -1;
        qint64 lastMs = 0;
        double bytesPerSecond = 0; // how fast this reader consumes, smoothed
    };
    struct Draft; // one plan() in progress

    void planReader(Draft &d, const Reader &r, const File &file);
    static void planWindow(Draft &d, ReaderMemory &m, const File &file, qint64 pos,
                           int criticalLast);
    void updateMemory(ReaderMemory &m, qint64 pos, qint64 critical, qint64 now) const;
    static void planProbeRegions(Draft &d);
    static void planBackground(Draft &d);
    void addSpares(Draft &d) const;
    void decideRetarget(StreamPlan &plan);

    QHash<int, ReaderMemory> m_readers;
    QSet<int> m_lastDeadlines;
    int m_nextPiece = -1; // the piece after what the last active reader asked for
    int m_nextLimit = -1; // the last piece of that reader's file
    qint64 m_lastActiveMs = -1;
};

} // namespace swarmplay
