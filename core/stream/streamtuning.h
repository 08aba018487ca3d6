#pragma once

// Every threshold of the stream planner and its applier, with the reason for it. The
// measurements behind them are in the commit history and docs/benchmarks.md.

#include <QtGlobal>

namespace swarmplay::tuning {

constexpr qint64 MiB = 1024 * 1024;

// A file's bitrate until its container says (8 Mbit/s, a typical HD film).
constexpr qint64 AssumedBytesPerSecond = 1000 * 1000;
// The least rate any estimate is taken to be: below it windows and deadlines would grow without
// bound.
constexpr qint64 MinBytesPerSecond = 64 * 1024;

// The critical window: what a reader needs next, all wanted now and with deadlines. Three
// seconds of the bitrate covers a demuxer's read-ahead; bounded so a seek waits for few pieces.
constexpr qint64 CriticalSeconds = 3;
constexpr qint64 MinCriticalBytes = 1 * MiB;
constexpr qint64 MaxCriticalBytes = 8 * MiB;

// The readahead window past the critical one starts at twice the critical window (at least
// StartReadaheadBytes) and doubles each time it is full, up to two minutes of the bitrate.
constexpr qint64 StartReadaheadBytes = 4 * MiB;
constexpr qint64 MaxReadaheadSeconds = 120;
constexpr qint64 MinMaxReadaheadBytes = 32 * MiB;
// A reader consuming faster than its window grows (a download, a player catching up) gets what
// it reads in this long, so it never waits on a full swarm.
constexpr qint64 ConsumptionWindowSeconds = 20;
// The consumption rate is sampled no more often than this and smoothed with this weight for the
// new sample: a single read burst must not swing the window.
constexpr qint64 RateSampleMs = 200;
constexpr double RateSampleWeight = 0.4;

// A reader that has not read for this long (and is not waiting) is demoted: it keeps its next
// pieces, at a priority any active reader outbids.
constexpr qint64 IdleMs = 5000;
// A torrent stays streamed this long after its last reader left: HTTP clients open a reader per
// request, and between two requests its peers must stay interested in the next piece.
constexpr qint64 LingerMs = 10000;

// Deadlines say when a piece is needed, not "now": libtorrent asks other peers again for a late
// piece's blocks, so the k-th missing piece is due after k+1 pieces' transfer at the swarm's rate.
// Capped so a slow swarm's deadlines still mean something.
constexpr qint64 MaxDeadlineMs = 60000;

// Window edges move in steps of this many bytes (at least QuantumMinPieces pieces): each change
// of priorities costs libtorrent a pass over its peers' requests.
constexpr qint64 QuantumBytes = 8 * MiB;
constexpr int QuantumMinPieces = 4;

// The embedded-subtitle demuxer (a follower) reads this far past the furthest viewer of its file
// and waits there: a subtitle block lies beside the video of its time, and the viewer's demuxer
// reads seconds ahead of the picture. Reading on through a file that has arrived whole would
// cost a core for seconds, and for bitmap tracks the memory of every picture in it.
constexpr qint64 FollowerLeadBytes = 1 * MiB;

// The probe region until the container is known: the first frames follow the header in every
// layout, and asking for them keeps every peer busy while the prober reads box by box.
constexpr qint64 HeadGuessBytes = 2 * MiB;

// Spares: missing pieces always wanted besides those with deadlines, so a torrent never looks
// finished between two plans (its peers would choke it until their next round). As many as land
// in SpareMs at the rate pieces land, at least SparePieces, StartSpareBytes' worth until that rate
// is known, never more than MaxSpareBytes.
constexpr int SparePieces = 3;
constexpr qint64 SpareMs = 250;
constexpr qint64 StartSpareBytes = 16 * MiB;
constexpr qint64 MaxSpareBytes = 64 * MiB;

// The piece arrival rate is measured over at least this long; a lull lets it fall by half per
// measurement, a burst counts at once.
constexpr qint64 ArrivalWindowMs = 50;

// While a reader waits, libtorrent's own state is checked this often (a piece it has that no
// alert reported, priorities it lost).
constexpr qint64 CheckMs = 2000;
// A waiting reader of a torrent without peers re-announces at most this often.
constexpr qint64 ReannounceMs = 15000;

} // namespace swarmplay::tuning
