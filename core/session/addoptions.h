#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace swarmplay {

// How a torrent is added: where its data goes and which files to fetch.
struct AddOptions
{
    enum class Files
    {
        All,    // download everything
        None,   // download nothing until files are chosen (a player picks the video first)
        Listed, // download only wantedFiles
    };

    QString savePath; // empty: the session's download folder
    Files files = Files::All;
    QVector<int> wantedFiles; // file indices, for Files::Listed
    // With Files::None: until the first file is chosen, fetch the head of the largest file, so
    // that seeds keep talking to a torrent that would otherwise want nothing (a player picks
    // soon). Off, nothing at all is fetched until a file is chosen (a client that picks later,
    // maybe never).
    bool headStart = true;
    bool paused = false;
    // The data is known to be complete (we made it): skip the hash check and seed at once.
    bool seedMode = false;
    int uploadRateLimit = 0; // bytes/s for this torrent, 0 = session limit only
    int downloadRateLimit = 0;
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::AddOptions)
