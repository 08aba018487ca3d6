#pragma once

// The file and piece priorities a torrent's file choice gives, and what a torrent waiting for
// its choice wants. Internal to swarmplay_core (libtorrent types); used by ManagedTorrent.

#include <cstdint>
#include <vector>

#include <QHash>
#include <QVector>

#include <libtorrent/download_priority.hpp>
#include <libtorrent/file_storage.hpp>

#include "addoptions.h"

namespace swarmplay::file_priorities {

// A chosen file's priority; a torrent waiting for a choice gives its largest file the same, so
// choosing that file changes no file priority (see ManagedTorrent::keepInterested()).
constexpr lt::download_priority_t ChosenFilePriority = lt::default_priority;

// Every file's priority for a choice: all, none, or the listed ones; a chosen file in `levels`
// (file index -> priority) gets that priority instead of ChosenFilePriority.
std::vector<lt::download_priority_t> selectionPriorities(int fileCount, AddOptions::Files mode,
                                                         const QVector<int> &wanted,
                                                         const QHash<int, int> &levels = {});

// What a torrent waiting for a choice wants (see ManagedTorrent::keepInterested()): its largest
// file, at the priority a choice gives (ChosenFilePriority), and of it only the pieces of its
// head, first to last. first is -1 when the torrent holds no data.
struct AwaitedPieces
{
    lt::file_index_t file{0};
    int first = -1;
    int last = -1;
};

// The head is more than the first piece: a torrent that has every piece it wants tells its
// peers it is not interested, and rTorrent chokes such a peer until its next round, 10 s later.
// On an uncapped swarm the first piece arrived before `serve`'s first request had set the
// stream's plan, in one start of six (first 2 MiB in 0.54 s instead of 0.07 s), and 4 MiB
// before `serve`'s file choice reached libtorrent, in one of twelve.
constexpr std::int64_t AwaitedHeadBytes = 16 * 1024 * 1024;

AwaitedPieces awaitedPieces(const lt::file_storage &fs);

// The head's pieces wanted, the first above the others so that it comes first; the rest not.
std::vector<lt::download_priority_t> awaitedPriorities(int pieceCount, int first, int last);

// Every piece at the highest priority of the files it holds part of.
std::vector<lt::download_priority_t>
piecePriorities(const lt::file_storage &fs, const std::vector<lt::download_priority_t> &files);

} // namespace swarmplay::file_priorities
