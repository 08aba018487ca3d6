#pragma once

#include <memory>

#include "enginecommand.h"

class QLockFile;

namespace swarmplay {
class ApiHost;
class DiscoveryFile;
class StreamServer;
} // namespace swarmplay

namespace swarmplay::engine {

class DaemonSettings;
class LibraryRecorder;

// `swarmplay-engine daemon [--port P] [--bind ADDR] [--state-dir D] [--dir D]`: one
// long-running engine that other programs share through its control API on loopback. It holds
// its state folder locked, restores its torrents, and once ready writes its discovery file
// (DiscoveryFile "daemon"), printing the API's base URL as the first line of stdout. Settings
// clients change are kept for the next run (DaemonSettings). SIGTERM or Ctrl+C stops it
// cleanly: the discovery file goes, the resume data is saved.
class DaemonCommand : public EngineCommand
{
    Q_OBJECT

public:
    explicit DaemonCommand(const EngineOptions &options, QObject *parent = nullptr);
    ~DaemonCommand() override;
    void start() override;

private:
    void stopping() override;
    // The session has restored its torrents: the engine is ready for clients.
    void ready();
    bool lockStateDir();

    std::unique_ptr<QLockFile> m_lock;
    StreamServer *m_server = nullptr;
    ApiHost *m_api = nullptr;
    std::unique_ptr<DiscoveryFile> m_discovery;
    std::unique_ptr<LibraryRecorder> m_library;
    std::unique_ptr<DaemonSettings> m_settings;
};

} // namespace swarmplay::engine
