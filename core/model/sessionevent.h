#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "torrentid.h"

namespace swarmplay {

// An engine event in plain words, for the log pane and the command line.
struct SessionEvent
{
    enum class Severity
    {
        Info,
        Warning,
        Error,
    };

    // What happened, for code that reacts to events; the message is for people.
    enum class Kind
    {
        Other,
        TorrentAdded,
        MetadataReceived,
        CheckingFiles,  // a full hash check of the data on disk started
        ResumeRejected, // saved resume data did not match the files; they are checked again
        ResumeDamaged,  // a saved resume file could not be read; the torrent is re-added
        TrackerReply,
        TrackerError,
        PeerConnected,
        PeerDisconnected,
        HashFailed,
        FileError,
        WritingAgain, // a torrent that could not write its folder downloads again
        TorrentError,
        Finished,
        Listening,
        ListenFailed,
        DhtBootstrapped,
    };

    QDateTime time;
    Kind kind = Kind::Other;
    Severity severity = Severity::Info;
    TorrentId torrent; // invalid for session-wide events
    QString message;   // translated, readable
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::SessionEvent)
