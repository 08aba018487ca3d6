#pragma once

#include <QTemporaryDir>

#include "enginecommand.h"

namespace swarmplay {
class TorrentSource;
struct TorrentInfo;
} // namespace swarmplay

namespace swarmplay::engine {

// `swarmplay-engine info <source>`: prints the metadata and file list. A magnet's metadata is
// fetched from the swarm into a throw-away folder.
class InfoCommand : public EngineCommand
{
    Q_OBJECT

public:
    using EngineCommand::EngineCommand;
    void start() override;

private:
    void print(const TorrentInfo &info);
    void fetchMetadata(const TorrentSource &source);

    QTemporaryDir m_scratch;
};

} // namespace swarmplay::engine
