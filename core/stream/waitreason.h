#pragma once

#include <QString>

#include "../model/torrentsnapshot.h"

namespace swarmplay {

class StreamView;

// Why a reader of the torrent waits, in the viewer's words: a seeder gone, no peer with the next
// part, a full disk, a pause. Empty when it simply downloads. sources: connected peers that have
// the piece it waits for (StreamView::sourcesAt()), -1 when not known.
QString waitReason(const TorrentSnapshot &torrent, int sources);

// The same for the readers of one file in a stream view: the first of them that waits, if any.
QString waitReason(const TorrentSnapshot &torrent, const StreamView &streams, int fileIndex);

} // namespace swarmplay
