#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <QObject>

#include <libtorrent/fwd.hpp>

#include "../input/torrentsource.h"
#include "../model/torrentinfo.h"
#include "../model/torrentsnapshot.h"
#include "addoptions.h"
#include "addresult.h"
#include "managedtorrent.h"
#include "torrentpersistence.h"

namespace swarmplay {

class StatusReporter;
class TorrentList;
struct SessionSettings;
namespace lt_convert {
class EventLog;
}

// Which torrents the session has: adds them to libtorrent and the worker's TorrentList (new ones
// from a source, known ones from the state folder), merges the same torrent added again into the
// one there, and removes them with what they keep on disk and in the stream catalog.
class TorrentRoster : public QObject
{
    Q_OBJECT

public:
    // Everything given outlives the roster (the worker's).
    TorrentRoster(lt::session &session, const SessionSettings &settings,
                  TorrentPersistence &persistence, TorrentList &torrents,
                  const ManagedTorrent::Services &services, StatusReporter &status,
                  lt_convert::EventLog &log);

    // A magnet or a .torrent (not an http(s) address: it is downloaded first).
    AddResult add(const TorrentSource &source, const AddOptions &options);
    // Every torrent the state folder keeps (at start); one that cannot be added is logged.
    void restoreAll();
    // A torrent the state folder keeps, where it stopped.
    AddResult addFromStore(const QString &key);
    void remove(const TorrentId &id, bool deleteFiles);

signals:
    void torrentAdded(const swarmplay::TorrentSnapshot &snapshot);
    void torrentRemoved(const swarmplay::TorrentId &id);
    void metadataReceived(const swarmplay::TorrentId &id, const swarmplay::TorrentInfo &info);

private:
    // The source as libtorrent adds it, into savePath (empty: the download folder).
    bool read(const TorrentSource &source, const QString &savePath, lt::add_torrent_params *params,
              SourceError *error) const;
    // Not in the session yet.
    AddResult addNew(const TorrentSource &source, const AddOptions &options);
    // The .torrent of a torrent added from its magnet that is still waiting for its metadata.
    AddResult giveMetadata(ManagedTorrent &waiting, const TorrentSource &source);
    // The same torrent again: keep the one there, learn its new trackers, seeds and peers.
    AddResult mergeInto(ManagedTorrent &existing, const TorrentSource &source);
    // Into libtorrent and the list, keeping id when valid; nullptr and error when refused.
    ManagedTorrent *insert(lt::add_torrent_params params, const QString &source,
                           const AddOptions &options, bool fresh, SourceError *error,
                           const TorrentId &id = {});
    // Tells that the torrent is there, with its metadata when known.
    AddResult announce(const ManagedTorrent *torrent, AddResult result);
    void logResumeDamaged(const QString &key, const TorrentPersistence::Stored &stored);

    lt::session &m_session;
    const SessionSettings &m_settings;
    TorrentPersistence &m_persistence;
    TorrentList &m_torrents;
    const ManagedTorrent::Services &m_services;
    StatusReporter &m_status;
    lt_convert::EventLog &m_log;
};

} // namespace swarmplay
