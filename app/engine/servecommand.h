#pragma once

#include <QElapsedTimer>

#include "enginecommand.h"
#include "model/torrentid.h"

namespace swarmplay {
class StreamProber;
class StreamServer;
struct TorrentInfo;
} // namespace swarmplay

namespace swarmplay::engine {

// `swarmplay-engine serve <source> [--file N] [--port P] [--bind ADDR]`: adds the torrent, picks
// the largest video unless told, and serves it on a loopback HTTP URL — printed as the first line
// of stdout once the server answers — until SIGTERM. What torrent2http was to Kodi.
class ServeCommand : public EngineCommand
{
    Q_OBJECT

public:
    using EngineCommand::EngineCommand;
    ~ServeCommand() override;
    void start() override;

private:
    void onMetadata(const TorrentId &id, const TorrentInfo &info);
    void printStatus();

    StreamServer *m_server = nullptr;
    StreamProber *m_prober = nullptr;
    TorrentId m_id;
    int m_fileIndex = -1;
    bool m_announced = false;
    QElapsedTimer m_clock;
};

} // namespace swarmplay::engine
