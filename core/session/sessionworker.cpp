#include "sessionworker.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <libtorrent/alert_types.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/session_params.hpp>

#include "../internal/ltconvert.h"
#include "../internal/posixdiskio.h"
#include "../storage/atomicfile.h"
#include "../stream/streamlog.h"
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
    , m_log(&m_clock)
    , m_persistence(settings.stateDir, &m_log)
    , m_status(&m_torrents, &m_clock, this)
    , m_catalog(std::move(catalog))
{
    connect(&m_status, &StatusReporter::torrentsUpdated, this, &SessionWorker::torrentsUpdated);
    connect(&m_status, &StatusReporter::statsUpdated, this, &SessionWorker::statsUpdated);
    connect(&m_status, &StatusReporter::torrentStateChanged, this,
            &SessionWorker::torrentStateChanged);
}

SessionWorker::~SessionWorker() = default;

void SessionWorker::start()
{
    m_clock.start();
    // Lets a benchmark put the block log's times on its own clock.
    qCDebug(lcBlocks, "session clock starts at %lld ms of the monotonic clock",
            static_cast<long long>(m_clock.msecsSinceReference()));
    m_status.setListenInterfaces(m_settings.listenInterfaces);
    createSession();
    m_tickTimer = new QTimer(this);
    connect(m_tickTimer, &QTimer::timeout, this, &SessionWorker::onTick);
    m_tickTimer->start(m_settings.statusIntervalMs);
    m_resumeTimer = new QTimer(this);
    connect(m_resumeTimer, &QTimer::timeout, this, &SessionWorker::saveModifiedResumeData);
    m_resumeTimer->start(m_settings.resumeSaveIntervalMs);
    startScheduler();

    m_roster = std::make_unique<TorrentRoster>(*m_session, m_settings, m_persistence, m_torrents,
                                               m_services, m_status, m_log);
    connect(m_roster.get(), &TorrentRoster::torrentAdded, this, &SessionWorker::torrentAdded);
    connect(m_roster.get(), &TorrentRoster::torrentRemoved, this, &SessionWorker::torrentRemoved);
    connect(m_roster.get(), &TorrentRoster::metadataReceived, this,
            &SessionWorker::metadataReceived);
    m_persistence.ensureDir();
    if (m_settings.restoreTorrents)
        m_roster->restoreAll();
    m_status.setDhtEnabled(m_settings.dht);
    flushEvents();
    emit started(m_status.stats());
}

void SessionWorker::createSession()
{
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
        m_services.diskIo = io.get();
        return std::unique_ptr<lt::disk_interface>(std::move(io));
    };
    m_session = std::make_unique<lt::session>(std::move(params));
    m_session->set_peer_class_filter(lt_convert::peerClassFilter(m_settings.rateLimitLocalPeers));
    m_session->set_alert_notify([this] { requestDrain(); });
}

void SessionWorker::startScheduler()
{
    StreamScheduler::Hooks hooks;
    hooks.handle = [this](const QString &key) {
        const ManagedTorrent *t = m_torrents.find(key);
        return t ? t->handle() : lt::torrent_handle();
    };
    hooks.ensureWanted = [this](const QString &key, int index) {
        if (ManagedTorrent *t = m_torrents.find(key))
            t->ensureWanted(index);
    };
    hooks.restorePriorities = [this](const QString &key) {
        if (ManagedTorrent *t = m_torrents.find(key))
            t->applyFileSelection();
    };
    m_scheduler = std::make_unique<StreamScheduler>(m_catalog, hooks);
    m_catalog->setChangeCallback([this] { requestStreamUpdate(); });
    m_catalog->setBlockReads(m_settings.blockReads, m_settings.httpBlockReads);
    m_services.persistence = &m_persistence;
    m_services.catalog = m_catalog.get();
    m_services.scheduler = m_scheduler.get();
    m_services.streamsChanged = [this] {
        requestStreamUpdate();
    };
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

void SessionWorker::handleAlert(const lt::alert *a)
{
    const auto *ta = dynamic_cast<const lt::torrent_alert *>(a);
    ManagedTorrent *t = ta ? m_torrents.find(ta->handle) : nullptr;
    switch (a->type()) {
    case lt::state_update_alert::alert_type:
        handleStateUpdateAlert(as<lt::state_update_alert>(a));
        break;
    case lt::session_stats_alert::alert_type:
        m_status.handleSessionStats(as<lt::session_stats_alert>(a), isListening());
        break;
    case lt::save_resume_data_alert::alert_type:
        handleSaveResumeDataAlert(as<lt::save_resume_data_alert>(a));
        break;
    case lt::listen_succeeded_alert::alert_type:
        m_status.handleListenSucceeded(as<lt::listen_succeeded_alert>(a), isListening());
        break;
    case lt::listen_failed_alert::alert_type:
        m_status.handleListenFailed(as<lt::listen_failed_alert>(a), isListening());
        break;
    default:
        if (t && !handleTorrentAlert(a, *t))
            return; // it says nothing worth a log line
        break;
    }
    m_log.logAlert(a, t ? t->id() : TorrentId(), t ? t->displayName() : QString());
}

void SessionWorker::reportWritingAgain(ManagedTorrent &t)
{
    SessionEvent e;
    e.time = QDateTime::currentDateTime();
    e.kind = SessionEvent::Kind::WritingAgain;
    e.torrent = t.id();
    e.message = tr("%1: the download folder can be written again; the download carries on.")
                    .arg(t.displayName());
    m_log.add(e);
    m_status.reportState(t);
}

bool SessionWorker::handleTorrentAlert(const lt::alert *a, ManagedTorrent &t)
{
    switch (a->type()) {
    case lt::piece_finished_alert::alert_type:
        t.handlePieceFinished(as<lt::piece_finished_alert>(a).piece_index);
        break;
    case lt::file_prio_alert::alert_type:
        t.handleFilePriorities();
        break;
    case lt::torrent_checked_alert::alert_type:
        t.handleChecked();
        m_status.reportState(t);
        break;
    case lt::torrent_error_alert::alert_type:
        t.handleTorrentError(as<lt::torrent_error_alert>(a).error);
        m_status.reportState(t);
        break;
    case lt::file_error_alert::alert_type: {
        const auto &fe = as<lt::file_error_alert>(a);
        t.handleFileError(fe.error, fe.filename(), fe.op);
        m_status.reportState(t);
        break;
    }
    case lt::metadata_received_alert::alert_type:
        t.handleMetadataReceived();
        emitMetadata(t);
        m_status.reportState(t);
        break;
    case lt::torrent_finished_alert::alert_type:
        t.handleFinished();
        m_status.reportState(t);
        // A torrent that wants nothing (no file chosen yet) has finished nothing.
        if (t.snapshot().wantedBytes <= 0)
            return false;
        emit torrentFinished(t.id());
        break;
    case lt::state_changed_alert::alert_type:
    case lt::torrent_paused_alert::alert_type:
    case lt::torrent_resumed_alert::alert_type:
        m_status.reportState(t);
        break;
    default:
        break;
    }
    return true;
}

void SessionWorker::handleStateUpdateAlert(const lt::state_update_alert &su)
{
    m_status.handleStateUpdate(su);
    tuneRequestQueue(su.status);
}

void SessionWorker::handleSaveResumeDataAlert(const lt::save_resume_data_alert &rd)
{
    const lt::info_hash_t &hashes = rd.params.info_hashes;
    const TorrentId id = lt_convert::toTorrentId(hashes);
    const ManagedTorrent *t =
        m_torrents.find(hashes.has_v1() || hashes.has_v2() ? id : TorrentId());
    if (t && t->handle() != rd.handle)
        return; // of the torrent it was before it got its metadata (TorrentRoster::add())
    m_persistence.writeResumeData(t ? t->id() : id, rd.params);
}

bool SessionWorker::isListening() const
{
    return m_session && m_session->is_listening();
}

void SessionWorker::flushEvents()
{
    const QVector<SessionEvent> events = m_log.take();
    if (!events.isEmpty())
        emit eventsLogged(events);
}

void SessionWorker::onTick()
{
    if (!m_session)
        return;
    m_session->post_torrent_updates(lt::torrent_handle::query_name |
                                    lt::torrent_handle::query_save_path |
                                    lt::torrent_handle::query_torrent_file);
    m_session->post_session_stats();
    m_torrents.forEach([this](ManagedTorrent &t) {
        t.verifyFileSelection();
        if (t.retryWriting())
            reportWritingAgain(t);
    });
    if (m_scheduler && m_scheduler->isStreaming())
        updateStreams(); // readers that went idle are demoted
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

AddResult SessionWorker::addTorrent(const TorrentSource &source, const AddOptions &options)
{
    AddResult result;
    if (!source.isValid()) {
        result.error = source.error();
        return result;
    }
    if (!m_session || m_shuttingDown) {
        result.error = {SourceError::Code::AddFailed, tr("The engine is shutting down.")};
        return result;
    }
    if (source.kind() == TorrentSource::Kind::Url) {
        result.error = {SourceError::Code::AddFailed,
                        tr("%1 must be downloaded before it can be added.").arg(source.text())};
        return result;
    }
    return m_roster->add(source, options);
}

void SessionWorker::emitMetadata(const ManagedTorrent &t)
{
    const TorrentInfo info = t.info();
    if (info.isValid())
        emit metadataReceived(t.id(), info);
}

void SessionWorker::removeTorrent(const TorrentId &id, bool deleteFiles)
{
    if (m_roster)
        m_roster->remove(id, deleteFiles);
}

void SessionWorker::setWantedFiles(const TorrentId &id, AddOptions::Files mode,
                                   const QVector<int> &files)
{
    if (ManagedTorrent *t = m_torrents.find(id)) {
        t->choose(mode, files);
        // Session marked its copy as downloading when the choice was made; this is the real
        // state.
        m_status.refresh(*t);
    }
}

void SessionWorker::addWantedFile(const TorrentId &id, int fileIndex)
{
    if (ManagedTorrent *t = m_torrents.find(id)) {
        t->addWantedFile(fileIndex);
        m_status.refresh(*t); // Session's copy said downloading meanwhile
    }
}

void SessionWorker::setFilePriorities(const TorrentId &id, const QHash<int, int> &priorities)
{
    if (ManagedTorrent *t = m_torrents.find(id)) {
        t->setFilePriorities(priorities);
        m_status.refresh(*t); // Session's copy said downloading meanwhile
    }
}

void SessionWorker::setPaused(const TorrentId &id, bool paused)
{
    if (ManagedTorrent *t = m_torrents.find(id)) {
        t->setPaused(paused);
        // A graceful pause's alert waits for the peers' requests; the flag is set now.
        m_status.reportState(*t);
    }
}

void SessionWorker::recheck(const TorrentId &id)
{
    if (ManagedTorrent *t = m_torrents.find(id))
        t->recheck();
}

void SessionWorker::applySettings(const SessionSettings &settings)
{
    const SessionSettings::Live before = m_settings.live();
    m_settings.live() = settings.live(); // every live field; the start-up ones stay as started
    m_catalog->setBlockReads(m_settings.blockReads, m_settings.httpBlockReads);
    if (!m_session)
        return;
    m_session->apply_settings(settingsPack());
    m_session->set_peer_class_filter(lt_convert::peerClassFilter(m_settings.rateLimitLocalPeers));
    m_status.setDhtEnabled(m_settings.dht);
    if (before.listenInterfaces != m_settings.listenInterfaces)
        m_status.setListenInterfaces(m_settings.listenInterfaces);
    // The settings libtorrent keeps per torrent.
    m_torrents.forEach([&](ManagedTorrent &t) {
        if (before.trackers != m_settings.trackers)
            t.setTrackersEnabled(m_settings.trackers);
        if (before.pex != m_settings.pex)
            t.setPexEnabled(m_settings.pex);
    });
}

void SessionWorker::addDhtNode(const QString &host, int port)
{
    if (m_session)
        m_session->add_dht_node({host.toStdString(), port});
}

void SessionWorker::connectPeer(const TorrentId &id, const QString &address, int port)
{
    ManagedTorrent *t = m_torrents.find(id);
    if (t && !t->connectPeer(address, port))
        m_log.problem(id, tr("\"%1:%2\" is not a peer address.").arg(address).arg(port));
}

void SessionWorker::reannounce(const TorrentId &id)
{
    if (ManagedTorrent *t = m_torrents.find(id))
        t->reannounce(m_settings.dht);
}

TorrentInfo SessionWorker::info(const TorrentId &id) const
{
    const ManagedTorrent *t = m_torrents.find(id);
    return t ? t->info() : TorrentInfo();
}

QVector<FileEntry> SessionWorker::files(const TorrentId &id) const
{
    const ManagedTorrent *t = m_torrents.find(id);
    return t ? t->fileEntries() : QVector<FileEntry>();
}

QVector<PeerEntry> SessionWorker::peers(const TorrentId &id) const
{
    const ManagedTorrent *t = m_torrents.find(id);
    return t ? t->peerEntries() : QVector<PeerEntry>();
}

QVector<TrackerEntry> SessionWorker::trackers(const TorrentId &id) const
{
    const ManagedTorrent *t = m_torrents.find(id);
    return t ? t->trackerEntries() : QVector<TrackerEntry>();
}

SessionSettings SessionWorker::appliedSettings() const
{
    SessionSettings s = m_settings;
    if (m_session)
        lt_convert::readSettingsPack(m_session->get_settings(), &s.live());
    return s;
}

void SessionWorker::saveModifiedResumeData()
{
    m_torrents.forEach([](ManagedTorrent &t) { t.saveResumeDataIfNeeded(); });
}

void SessionWorker::shutdown(QThread *home)
{
    m_shuttingDown = true;
    if (m_tickTimer)
        m_tickTimer->stop();
    if (m_resumeTimer)
        m_resumeTimer->stop();
    m_catalog->setChangeCallback({});
    // Releases every blocked reader first.
    m_torrents.forEach([this](const ManagedTorrent &t) { m_catalog->remove(t.key()); });
    if (m_session) {
        m_session->set_alert_notify([] {});
        saveAllResumeData();
        saveSessionState();
        m_roster.reset();
        m_torrents.clear();
        m_session.reset();
        m_services.diskIo = nullptr;
    }
    delete m_tickTimer;
    m_tickTimer = nullptr;
    delete m_resumeTimer;
    m_resumeTimer = nullptr;
    moveToThread(home);
}

void SessionWorker::saveAllResumeData()
{
    int outstanding = 0;
    m_torrents.forEach([&](ManagedTorrent &t) {
        if (!t.handle().is_valid())
            return;
        t.saveResumeData(lt::torrent_handle::flush_disk_cache | lt::torrent_handle::save_info_dict);
        ++outstanding;
    });
    QElapsedTimer clock;
    clock.start();
    const int deadline = m_settings.shutdownDeadlineMs;
    while (outstanding > 0 && clock.elapsed() < deadline) {
        m_session->wait_for_alert(
            lt::milliseconds(std::max<qint64>(1, deadline - clock.elapsed())));
        std::vector<lt::alert *> alerts;
        m_session->pop_alerts(&alerts);
        for (const lt::alert *a : alerts) {
            if (a->type() == lt::save_resume_data_alert::alert_type) {
                handleSaveResumeDataAlert(as<lt::save_resume_data_alert>(a));
                --outstanding;
            } else if (a->type() == lt::save_resume_data_failed_alert::alert_type) {
                --outstanding;
            }
        }
    }
    if (outstanding > 0)
        qWarning("swarmplay: %d torrents did not save their state within %d ms", outstanding,
                 deadline);
}

void SessionWorker::saveSessionState()
{
    const std::vector<char> state =
        lt::write_session_params_buf(m_session->session_state(lt::session::save_dht_state));
    writeFileAtomically(sessionStatePath(m_settings),
                        QByteArray(state.data(), static_cast<qsizetype>(state.size())));
}

} // namespace swarmplay
