#include "sessionworker.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <libtorrent/alert_types.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/session_params.hpp>
#include <libtorrent/session_stats.hpp>
#include <libtorrent/torrent_info.hpp>
#include <libtorrent/write_resume_data.hpp>

#include "../internal/ltconvert.h"
#include "../internal/ltstatus.h"
#include "../internal/posixdiskio.h"
#include "../storage/atomicfile.h"
#include "../stream/streamscheduler.h"
#include "settingspack.h"

namespace swarmplay {

using lt_convert::toQString;

namespace {

QString sessionStatePath(const SessionSettings &s)
{
    return QDir(s.stateDir).filePath(QStringLiteral("session.state"));
}

// The alert as its type, once a switch on type() has told which it is.
template <typename A> const A &as(const lt::alert *a)
{
    return *static_cast<const A *>(a);
}

} // namespace

SessionWorker::SessionWorker(const SessionSettings &settings,
                             std::shared_ptr<StreamCatalog> catalog)
    : m_settings(settings)
    , m_store(ResumeStore::dirIn(settings.stateDir))
    , m_log(&m_clock)
    , m_catalog(std::move(catalog))
{}

SessionWorker::~SessionWorker() = default;

void SessionWorker::start()
{
    m_clock.start();
    lt::session_params params;
    QFile stateFile(sessionStatePath(m_settings));
    if (stateFile.open(QIODevice::ReadOnly)) {
        const QByteArray state = stateFile.readAll();
        lt::error_code ec;
        const lt::bdecode_node node = lt::bdecode({state.constData(), state.size()}, ec);
        if (!ec)
            params = lt::read_session_params(node, lt::session::save_dht_state);
    }
    params.settings = settingsPack();
    params.disk_io_constructor = [this](lt::io_context &ioc, const lt::settings_interface &sett,
                                        lt::counters &counters) {
        std::unique_ptr<lt_convert::PosixDiskIo> io =
            lt_convert::PosixDiskIo::create(ioc, sett, counters);
        m_diskIo = io.get();
        return std::unique_ptr<lt::disk_interface>(std::move(io));
    };
    m_session = std::make_unique<lt::session>(std::move(params));
    m_session->set_peer_class_filter(lt_convert::peerClassFilter(m_settings.rateLimitLocalPeers));
    m_dhtNodesMetric = lt::find_metric_idx("dht.dht_nodes");
    m_peersMetric = lt::find_metric_idx("peer.num_peers_connected");
    m_session->set_alert_notify([this] { requestDrain(); });

    m_tickTimer = new QTimer(this);
    connect(m_tickTimer, &QTimer::timeout, this, &SessionWorker::onTick);
    m_tickTimer->start(m_settings.statusIntervalMs);
    m_resumeTimer = new QTimer(this);
    connect(m_resumeTimer, &QTimer::timeout, this, &SessionWorker::saveModifiedResumeData);
    m_resumeTimer->start(m_settings.resumeSaveIntervalMs);

    StreamScheduler::Hooks hooks;
    hooks.handle = [this](const QString &key) {
        const auto it = m_torrents.find(key);
        return it == m_torrents.end() ? lt::torrent_handle() : it->second.handle;
    };
    hooks.ensureWanted = [this](const QString &key, int index) {
        ensureWanted(key, index);
    };
    hooks.restorePriorities = [this](const QString &key) {
        const auto it = m_torrents.find(key);
        if (it != m_torrents.end())
            applyFileSelection(it->second);
    };
    m_scheduler = std::make_unique<StreamScheduler>(m_catalog, hooks);
    m_catalog->setChangeCallback([this] { requestStreamUpdate(); });

    QString error;
    if (!m_store.ensureDir(&error))
        m_log.problem({}, error);
    if (m_settings.restoreTorrents)
        restoreTorrents();
    m_stats.dhtEnabled = m_settings.dht;
    flushEvents();
    emit started(m_stats);
}

void SessionWorker::requestDrain()
{
    // Called on libtorrent's thread: only queue the drain, never touch state here.
    if (!m_drainQueued.exchange(true))
        QMetaObject::invokeMethod(this, &SessionWorker::drainAlerts, Qt::QueuedConnection);
}

void SessionWorker::drainAlerts()
{
    m_drainQueued = false;
    if (!m_session || m_shuttingDown)
        return;
    std::vector<lt::alert *> alerts;
    m_session->pop_alerts(&alerts);
    for (const lt::alert *a : alerts)
        handleAlert(a);
    flushEvents();
}

void SessionWorker::onTick()
{
    if (!m_session)
        return;
    m_session->post_torrent_updates(lt::torrent_handle::query_name |
                                    lt::torrent_handle::query_save_path |
                                    lt::torrent_handle::query_torrent_file);
    m_session->post_session_stats();
    for (auto &entry : m_torrents) {
        if (entry.second.selectionChecksLeft > 0)
            verifyFileSelection(entry.second);
    }
    if (m_scheduler && m_scheduler->isStreaming())
        updateStreams(); // readers that went idle are demoted
}

void SessionWorker::settleRates(Torrent &t, qint64 now)
{
    TorrentSnapshot &s = t.snapshot;
    if (t.downloaded.stillFor(s.totalDownloaded, now, 3000))
        s.downloadRate = 0;
    if (t.uploaded.stillFor(s.totalUploaded, now, 3000))
        s.uploadRate = 0;
}

lt::settings_pack SessionWorker::settingsPack() const
{
    lt::settings_pack pack = lt_convert::toSettingsPack(m_settings);
    pack.set_int(lt::settings_pack::max_out_request_queue, m_requestQueueBlocks);
    return pack;
}

void SessionWorker::tuneRequestQueue(const std::vector<lt::torrent_status> &status)
{
    RequestQueueTuner tuner;
    for (const lt::torrent_status &st : status)
        tuner.add(st.download_payload_rate, st.num_peers);
    const int blocks = tuner.take(m_requestQueueBlocks);
    if (blocks <= 0)
        return;
    m_requestQueueBlocks = blocks;
    lt::settings_pack pack;
    pack.set_int(lt::settings_pack::max_out_request_queue, blocks);
    m_session->apply_settings(std::move(pack));
}

void SessionWorker::requestStreamUpdate()
{
    // Any thread (readers call it): only queue the update.
    if (!m_streamUpdateQueued.exchange(true))
        QMetaObject::invokeMethod(this, &SessionWorker::updateStreams, Qt::QueuedConnection);
}

void SessionWorker::updateStreams()
{
    m_streamUpdateQueued = false;
    if (!m_session || m_shuttingDown || !m_scheduler)
        return;
    const bool was = m_scheduler->isStreaming();
    m_scheduler->update();
    if (was != m_scheduler->isStreaming())
        setStreaming(m_scheduler->isStreaming());
}

void SessionWorker::setStreaming(bool streaming)
{
    m_streaming = streaming;
    if (m_tickTimer)
        m_tickTimer->setInterval(streaming ? m_settings.streamingStatusIntervalMs
                                           : m_settings.statusIntervalMs);
}

// libtorrent's wanted bytes count pieces, and while a file streams the scheduler wants only the
// pieces around its readers: the progress would jump as the window moves (58 % one second, 42 %
// the next). What the user chose is files, so progress counts the chosen files' bytes.
void SessionWorker::countChosenFiles(Torrent &t, const lt::torrent_status &st)
{
    if (!st.has_metadata)
        return;
    const auto ti = st.torrent_file.lock();
    if (!ti)
        return;
    // The choice as the worker recorded it, not libtorrent's file priorities: libtorrent applies
    // a new choice on its disk thread and reports the old one until then, so a torrent whose one
    // kept piece was in looked finished, with nothing left to want, right after its file was
    // chosen (and a torrent removed at that moment left an empty file). While awaiting a choice
    // libtorrent's priorities are the ones to count (keepInterested() wants a few pieces on
    // purpose).
    if (!t.awaitingChoice && t.files == AddOptions::Files::None)
        return; // nothing chosen: libtorrent's count stands
    // A round trip to libtorrent's thread on every status round: only when it is the answer.
    const std::vector<lt::download_priority_t> prios =
        t.awaitingChoice ? t.handle.get_file_priorities() : std::vector<lt::download_priority_t>();
    const auto chosen = [&](size_t i) {
        if (t.awaitingChoice)
            return i < prios.size() && prios[i] != lt::dont_download;
        return t.files == AddOptions::Files::All ||
               (t.files == AddOptions::Files::Listed && t.wanted.contains(static_cast<int>(i)));
    };
    const std::vector<std::int64_t> done =
        t.handle.file_progress(lt::torrent_handle::piece_granularity);
    const lt::file_storage &fs = ti->files();
    qint64 wanted = 0;
    qint64 wantedDone = 0;
    for (const lt::file_index_t f : fs.file_range()) {
        const auto i = static_cast<size_t>(static_cast<int>(f));
        if (!chosen(i) || fs.pad_file_at(f))
            continue;
        wanted += fs.file_size(f);
        wantedDone += i < done.size() ? qint64(done[i]) : 0;
    }
    if (wanted <= 0)
        return; // nothing chosen yet: libtorrent's count (the head kept wanted) stands
    TorrentSnapshot &s = t.snapshot;
    s.wantedBytes = wanted;
    s.wantedDone = std::min(wantedDone, wanted);
    s.progress = double(s.wantedDone) / double(wanted);
    if (s.wantedDone < wanted &&
        (s.state == TorrentState::Finished || s.state == TorrentState::Seeding))
        s.state = TorrentState::Downloading; // the new choice has not reached libtorrent yet
    s.etaSeconds = (s.state == TorrentState::Downloading && s.downloadRate > 0)
                       ? (wanted - s.wantedDone) / s.downloadRate
                       : -1;
}

void SessionWorker::emitStatusRound()
{
    QVector<TorrentSnapshot> all;
    all.reserve(static_cast<int>(m_torrents.size()));
    qint64 down = 0;
    qint64 up = 0;
    for (const auto &entry : m_torrents) {
        all.push_back(entry.second.snapshot);
        down += entry.second.snapshot.downloadRate;
        up += entry.second.snapshot.uploadRate;
    }
    m_stats.downloadRate = down;
    m_stats.uploadRate = up;
    emit torrentsUpdated(all);
}

void SessionWorker::refreshSnapshot(Torrent &t)
{
    const lt::torrent_status st = t.handle.status();
    lt_convert::fillSnapshot(t.snapshot, st);
    countChosenFiles(t, st);
    emitStatusRound();
}

void SessionWorker::handleAlert(const lt::alert *a)
{
    const auto *ta = dynamic_cast<const lt::torrent_alert *>(a);
    Torrent *t = ta ? find(ta->handle) : nullptr;
    switch (a->type()) {
    case lt::state_update_alert::alert_type:
        handleStateUpdateAlert(as<lt::state_update_alert>(a));
        break;
    case lt::session_stats_alert::alert_type:
        handleSessionStatsAlert(as<lt::session_stats_alert>(a));
        break;
    case lt::save_resume_data_alert::alert_type:
        writeResume(as<lt::save_resume_data_alert>(a).params);
        break;
    case lt::listen_succeeded_alert::alert_type:
        handleListenSucceededAlert(as<lt::listen_succeeded_alert>(a));
        break;
    case lt::listen_failed_alert::alert_type:
        handleListenFailedAlert(as<lt::listen_failed_alert>(a));
        break;
    default:
        if (t)
            handleTorrentAlert(a, *t);
        break;
    }
    const QString name =
        t ? (t->snapshot.name.isEmpty() ? t->id.key() : t->snapshot.name) : QString();
    m_log.logAlert(a, t ? t->id : TorrentId(), name);
}

void SessionWorker::handleTorrentAlert(const lt::alert *a, Torrent &t)
{
    switch (a->type()) {
    case lt::piece_finished_alert::alert_type:
        if (auto pieces = m_catalog->writablePieces(t.id.key())) {
            pieces->setHave(static_cast<int>(as<lt::piece_finished_alert>(a).piece_index));
            requestStreamUpdate();
        }
        break;
    case lt::file_prio_alert::alert_type:
        handleFilePriorityAlert(t);
        break;
    case lt::torrent_checked_alert::alert_type:
        publishStream(t);
        break;
    case lt::torrent_error_alert::alert_type:
    case lt::file_error_alert::alert_type:
        // Readers blocked on this torrent end cleanly instead of waiting for pieces that will
        // not come.
        m_catalog->remove(t.id.key());
        break;
    case lt::metadata_received_alert::alert_type:
        handleMetadataReceivedAlert(t);
        break;
    case lt::torrent_finished_alert::alert_type:
        t.handle.save_resume_data(lt::torrent_handle::save_info_dict |
                                  lt::torrent_handle::flush_disk_cache);
        emit torrentFinished(t.id);
        break;
    default:
        break;
    }
}

void SessionWorker::handleStateUpdateAlert(const lt::state_update_alert &su)
{
    const qint64 now = m_clock.elapsed();
    for (const lt::torrent_status &st : su.status) {
        if (Torrent *u = find(st.handle)) {
            lt_convert::fillSnapshot(u->snapshot, st);
            countChosenFiles(*u, st);
        }
    }
    // libtorrent stops updating the rates of a torrent with no transfer left (a finished
    // download keeps showing the last rate it had): a total that has not moved for a few
    // seconds means a rate of zero.
    for (auto &entry : m_torrents)
        settleRates(entry.second, now);
    emitStatusRound();
    tuneRequestQueue(su.status);
}

void SessionWorker::handleSessionStatsAlert(const lt::session_stats_alert &ss)
{
    const auto counters = ss.counters();
    if (m_dhtNodesMetric >= 0)
        m_stats.dhtNodes = static_cast<int>(counters[m_dhtNodesMetric]);
    if (m_peersMetric >= 0)
        m_stats.peersConnected = static_cast<int>(counters[m_peersMetric]);
    updateListenState();
    emit statsUpdated(m_stats);
}

void SessionWorker::handleListenSucceededAlert(const lt::listen_succeeded_alert &ls)
{
    if (m_stats.listenPort == 0 && ls.socket_type == lt::socket_type_t::tcp)
        m_stats.listenPort = ls.port;
    const lt::tcp::endpoint endpoint(ls.address, static_cast<std::uint16_t>(ls.port));
    m_stats.listenEndpoints.push_back(QStringLiteral("%1 (%2)").arg(
        lt_convert::toEndpointText(endpoint),
        ls.socket_type == lt::socket_type_t::utp ? QStringLiteral("uTP") : QStringLiteral("TCP")));
    updateListenState();
    emit statsUpdated(m_stats);
}

void SessionWorker::handleListenFailedAlert(const lt::listen_failed_alert &lf)
{
    m_stats.listenError = toQString(lf.error.message());
    updateListenState();
    emit statsUpdated(m_stats);
}

void SessionWorker::handleMetadataReceivedAlert(Torrent &t)
{
    publishStream(t);
    storeTorrentFile(t);
    if (t.awaitingChoice && t.files == AddOptions::Files::None)
        keepInterested(t);
    else
        applyFileSelection(t);
    storeMeta(t);
    t.handle.save_resume_data(lt::torrent_handle::save_info_dict);
    if (auto ti = t.handle.torrent_file())
        emit metadataReceived(t.id, lt_convert::toTorrentInfo(*ti));
}

void SessionWorker::handleFilePriorityAlert(Torrent &t)
{
    // libtorrent has just recomputed every piece's priority from the file priorities, undoing
    // the piece priorities set since.
    if (t.awaitingChoice)
        wantAwaitedPieces(t);
    m_scheduler->prioritiesReset(t.id.key());
    requestStreamUpdate();
}

void SessionWorker::updateListenState()
{
    if (m_session)
        m_stats.listening = m_session->is_listening();
}

void SessionWorker::flushEvents()
{
    const QVector<SessionEvent> events = m_log.take();
    if (!events.isEmpty())
        emit eventsLogged(events);
}

SessionWorker::Torrent *SessionWorker::find(const TorrentId &id)
{
    auto it = m_torrents.find(id.key());
    if (it != m_torrents.end())
        return &it->second;
    for (auto &entry : m_torrents) {
        if (entry.second.id.matches(id))
            return &entry.second;
    }
    return nullptr;
}

const SessionWorker::Torrent *SessionWorker::find(const TorrentId &id) const
{
    return const_cast<SessionWorker *>(this)->find(id);
}

SessionWorker::Torrent *SessionWorker::find(const lt::torrent_handle &handle)
{
    const auto it = m_keyByHandle.find(handle);
    if (it == m_keyByHandle.end())
        return nullptr;
    const auto t = m_torrents.find(it->second);
    return t == m_torrents.end() ? nullptr : &t->second;
}

void SessionWorker::shutdown(QThread *home)
{
    m_shuttingDown = true;
    if (m_tickTimer)
        m_tickTimer->stop();
    if (m_resumeTimer)
        m_resumeTimer->stop();
    m_catalog->setChangeCallback({});
    for (const auto &entry : m_torrents)
        m_catalog->remove(entry.first); // releases every blocked reader first
    if (m_session) {
        m_session->set_alert_notify([] {});
        int outstanding = 0;
        for (auto &entry : m_torrents) {
            if (!entry.second.handle.is_valid())
                continue;
            entry.second.handle.save_resume_data(lt::torrent_handle::flush_disk_cache |
                                                 lt::torrent_handle::save_info_dict);
            ++outstanding;
        }
        QElapsedTimer clock;
        clock.start();
        while (outstanding > 0 && clock.elapsed() < m_settings.shutdownDeadlineMs) {
            const auto left = std::max<qint64>(1, m_settings.shutdownDeadlineMs - clock.elapsed());
            m_session->wait_for_alert(lt::milliseconds(left));
            std::vector<lt::alert *> alerts;
            m_session->pop_alerts(&alerts);
            for (lt::alert *a : alerts) {
                if (auto *rd = lt::alert_cast<lt::save_resume_data_alert>(a)) {
                    writeResume(rd->params);
                    --outstanding;
                } else if (lt::alert_cast<lt::save_resume_data_failed_alert>(a)) {
                    --outstanding;
                }
            }
        }
        if (outstanding > 0)
            qWarning("swarmplay: %d torrents did not save their state within %d ms", outstanding,
                     m_settings.shutdownDeadlineMs);

        const std::vector<char> state =
            lt::write_session_params_buf(m_session->session_state(lt::session::save_dht_state));
        writeFileAtomically(sessionStatePath(m_settings),
                            QByteArray(state.data(), static_cast<qsizetype>(state.size())));
        m_torrents.clear();
        m_keyByHandle.clear();
        m_session.reset();
        m_diskIo = nullptr;
    }
    delete m_tickTimer;
    m_tickTimer = nullptr;
    delete m_resumeTimer;
    m_resumeTimer = nullptr;
    moveToThread(home);
}

} // namespace swarmplay
