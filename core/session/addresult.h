#pragma once

#include <QMetaType>

#include "../input/sourceerror.h"
#include "../model/torrentid.h"

namespace swarmplay {

// What adding a torrent led to: its id, or the reason it could not be added.
struct AddResult
{
    TorrentId id;
    bool alreadyPresent = false; // it was there already; new trackers and peers were merged
    SourceError error;

    bool ok() const { return !error.isError() && id.isValid(); }
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::AddResult)
