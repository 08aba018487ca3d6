#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <memory>

#include <QString>
#include <QStringList>

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/torrent_info.hpp>

#include "../model/torrentid.h"
#include "../storage/resumestore.h"
#include "torrentmeta.h"

namespace swarmplay {

namespace lt_convert {
class EventLog;
}

// A torrent's files in the state folder: libtorrent's resume data, a copy of its metadata
// (.torrent) and its TorrentMeta, written as the torrent changes and read back to add it again
// at start. A file that cannot be written is reported in the log pane.
class TorrentPersistence
{
public:
    // What the state folder keeps of a torrent, ready to add it again.
    struct Stored
    {
        lt::add_torrent_params params;
        TorrentMeta meta;
        // params are the resume data; else it was damaged or missing and params add the
        // torrent afresh from its metadata or its magnet, into meta.savePath.
        bool resumed = false;
        QString damage; // libtorrent's reason when the resume data is damaged
    };

    TorrentPersistence(const QString &stateDir, lt_convert::EventLog *log);

    bool ensureDir();
    // Every torrent kept here.
    QStringList keys() const;
    bool hasResumeData(const QString &key) const;
    void remove(const QString &key);

    void writeMeta(const TorrentId &id, const TorrentMeta &meta);
    // True when written.
    bool writeTorrentFile(const TorrentId &id, const lt::torrent_info &ti);
    void writeResumeData(const TorrentId &id, const lt::add_torrent_params &params);

    // defaultSavePath: where a torrent whose meta does not say goes.
    Stored read(const QString &key, const QString &defaultSavePath) const;

private:
    // The kept .torrent; nullptr when there is none or it cannot be read.
    std::shared_ptr<lt::torrent_info> readTorrentFile(const QString &key) const;
    // What adds the torrent again without its resume data.
    lt::add_torrent_params freshParams(const QString &key, const TorrentMeta &meta) const;

    ResumeStore m_store;
    lt_convert::EventLog *m_log;
};

} // namespace swarmplay
