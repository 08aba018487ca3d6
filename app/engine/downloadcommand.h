#pragma once

#include <QElapsedTimer>

#include "enginecommand.h"
#include "model/torrentid.h"

namespace swarmplay {
struct TorrentInfo;
struct TorrentSnapshot;
} // namespace swarmplay

namespace swarmplay::engine {

// `swarmplay-engine download <source> [--file N]... [--dir D]`: downloads with a live progress
// line and exits 0 once the chosen files are complete and every piece has passed its hash check.
class DownloadCommand : public EngineCommand
{
    Q_OBJECT

public:
    using EngineCommand::EngineCommand;
    void start() override;

private:
    void onMetadata(const TorrentId &id, const TorrentInfo &info);
    void onUpdate(const TorrentSnapshot &s);
    QString progressLine(const TorrentSnapshot &s) const;

    TorrentId m_id;
    QElapsedTimer m_clock;
    qint64 m_lastPlainLine = -1;
    qint64 m_noPeersSince = -1;
    bool m_warnedNoPeers = false;
};

} // namespace swarmplay::engine
