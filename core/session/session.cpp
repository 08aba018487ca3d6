#include "session.h"

#include <memory>

#include <QPromise>
#include <QThread>

#include "../input/torrentfetcher.h"
#include "../stream/streamcatalog.h"
#include "../stream/streamprober.h"
#include "../stream/torrentstreamdevice.h"
#include "sessionworker.h"

namespace swarmplay {

namespace {

void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<TorrentId>();
        qRegisterMetaType<TorrentSnapshot>();
        qRegisterMetaType<QVector<TorrentSnapshot>>();
        qRegisterMetaType<TorrentInfo>();
        qRegisterMetaType<SessionStats>();
        qRegisterMetaType<SessionEvent>();
        qRegisterMetaType<QVector<SessionEvent>>();
        qRegisterMetaType<FileEntry>();
        qRegisterMetaType<PeerEntry>();
        qRegisterMetaType<TrackerEntry>();
        return true;
    }();
    Q_UNUSED(done);
}

template <typename T> QFuture<T> readyFuture(const T &value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(value);
    promise.finish();
    return promise.future();
}

} // namespace

Session::Session(const SessionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_catalog(std::make_shared<StreamCatalog>())
    , m_fetcher(new TorrentFetcher(this))
{
    registerTypes();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("swarmplay-session"));
    m_worker = new SessionWorker(settings, m_catalog);
    m_worker->moveToThread(m_thread);

    connect(m_worker, &SessionWorker::started, this, [this](const SessionStats &stats) {
        m_stats = stats;
        m_started = true;
        emit started();
    });
    connect(m_worker, &SessionWorker::torrentAdded, this, [this](const TorrentSnapshot &s) {
        m_snapshots.insert(s.id, s);
        emit torrentAdded(s);
    });
    connect(m_worker, &SessionWorker::torrentRemoved, this, [this](const TorrentId &id) {
        m_snapshots.remove(id);
        m_infos.remove(id);
        emit torrentRemoved(id);
    });
    connect(m_worker, &SessionWorker::metadataReceived, this,
            [this](const TorrentId &id, const TorrentInfo &info) {
                m_infos.insert(id, info);
                emit metadataReceived(id, info);
            });
    connect(m_worker, &SessionWorker::torrentsUpdated, this,
            [this](const QVector<TorrentSnapshot> &all) {
                for (const TorrentSnapshot &s : all)
                    m_snapshots.insert(s.id, s);
                emit torrentsUpdated(all);
            });
    connect(m_worker, &SessionWorker::torrentStateChanged, this, [this](const TorrentSnapshot &s) {
        const auto it = m_snapshots.find(s.id);
        if (it == m_snapshots.end())
            return; // removed meanwhile
        const bool changed = it->state != s.state || it->errorMessage != s.errorMessage;
        *it = s;
        if (changed)
            emit torrentStateChanged(s);
    });
    connect(m_worker, &SessionWorker::statsUpdated, this, [this](const SessionStats &stats) {
        m_stats = stats;
        emit statsUpdated(stats);
    });
    connect(m_worker, &SessionWorker::torrentFinished, this, &Session::torrentFinished);
    connect(m_worker, &SessionWorker::eventsLogged, this, &Session::eventsLogged);

    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SessionWorker::start, Qt::QueuedConnection);
}

Session::~Session()
{
    shutdown();
}

void Session::shutdown()
{
    if (!m_worker)
        return;
    SessionWorker *worker = m_worker;
    m_worker = nullptr;
    QThread *home = thread();
    QMetaObject::invokeMethod(
        worker, [worker, home] { worker->shutdown(home); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete worker;
    m_started = false;
}

template <typename F> void Session::post(F &&function)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, function = std::forward<F>(function)] { function(w); },
            Qt::QueuedConnection);
}

template <typename T, typename F> QFuture<T> Session::callWorker(F &&function) const
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    if (!m_worker) {
        promise->addResult(T());
        promise->finish();
        return future;
    }
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, promise, function = std::forward<F>(function)] {
            promise->addResult(function(worker));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QString Session::applySettings(const SessionSettings &settings)
{
    const QString error = settings.validate();
    if (!error.isEmpty())
        return error;
    m_settings = settings;
    post([settings](SessionWorker *w) { w->applySettings(settings); });
    return {};
}

QFuture<SessionSettings> Session::appliedSettings() const
{
    return callWorker<SessionSettings>([](SessionWorker *w) { return w->appliedSettings(); });
}

QFuture<AddResult> Session::addTorrent(const QString &text, const AddOptions &options)
{
    return addTorrent(TorrentSource::parse(text), options);
}

QFuture<AddResult> Session::addTorrent(const TorrentSource &source, const AddOptions &options)
{
    if (!source.isValid()) {
        AddResult r;
        r.error = source.error();
        return readyFuture(r);
    }
    if (source.kind() != TorrentSource::Kind::Url)
        return addChecked(source, options);

    auto promise = std::make_shared<QPromise<AddResult>>();
    promise->start();
    QFuture<AddResult> future = promise->future();
    m_fetcher->fetch(source.url()).then(this, [this, promise, options](const TorrentSource &got) {
        if (!got.isValid()) {
            AddResult r;
            r.error = got.error();
            promise->addResult(r);
            promise->finish();
            return;
        }
        addChecked(got, options).then(this, [promise](const AddResult &r) {
            promise->addResult(r);
            promise->finish();
        });
    });
    return future;
}

QFuture<AddResult> Session::addChecked(const TorrentSource &source, const AddOptions &options)
{
    return callWorker<AddResult>(
        [source, options](SessionWorker *w) { return w->addTorrent(source, options); });
}

void Session::removeTorrent(const TorrentId &id, bool deleteFiles)
{
    post([id, deleteFiles](SessionWorker *w) { w->removeTorrent(id, deleteFiles); });
}

void Session::choiceMade(const TorrentId &id)
{
    // A torrent finished with the old choice is not finished with the new one until the worker
    // has counted it: whoever asks in between (a remove right after choosing a file) must not
    // see "complete". The worker answers with a round right after applying the choice.
    const auto it = m_snapshots.find(id);
    if (it != m_snapshots.end() && it->state == TorrentState::Finished)
        it->state = TorrentState::Downloading;
}

void Session::setWantedFiles(const TorrentId &id, const QVector<int> &files)
{
    choiceMade(id);
    post([id, files](SessionWorker *w) {
        w->setWantedFiles(id, files.isEmpty() ? AddOptions::Files::None : AddOptions::Files::Listed,
                          files);
    });
}

void Session::setAllFilesWanted(const TorrentId &id)
{
    choiceMade(id);
    post([id](SessionWorker *w) { w->setWantedFiles(id, AddOptions::Files::All, {}); });
}

void Session::addWantedFile(const TorrentId &id, int fileIndex)
{
    choiceMade(id);
    post([id, fileIndex](SessionWorker *w) { w->addWantedFile(id, fileIndex); });
}

void Session::setFilePriorities(const TorrentId &id, const QHash<int, int> &priorities)
{
    choiceMade(id);
    post([id, priorities](SessionWorker *w) { w->setFilePriorities(id, priorities); });
}

void Session::setPaused(const TorrentId &id, bool paused)
{
    post([id, paused](SessionWorker *w) { w->setPaused(id, paused); });
}

void Session::recheck(const TorrentId &id)
{
    post([id](SessionWorker *w) { w->recheck(id); });
}

void Session::reannounce(const TorrentId &id)
{
    post([id](SessionWorker *w) { w->reannounce(id); });
}

void Session::connectPeer(const TorrentId &id, const QString &address, int port)
{
    post([id, address, port](SessionWorker *w) { w->connectPeer(id, address, port); });
}

void Session::addDhtNode(const QString &host, int port)
{
    post([host, port](SessionWorker *w) { w->addDhtNode(host, port); });
}

void Session::setStreaming(bool streaming)
{
    post([streaming](SessionWorker *w) { w->setStreaming(streaming); });
}

QFuture<TorrentInfo> Session::info(const TorrentId &id) const
{
    return callWorker<TorrentInfo>([id](SessionWorker *w) { return w->info(id); });
}

QFuture<QVector<FileEntry>> Session::files(const TorrentId &id) const
{
    return callWorker<QVector<FileEntry>>([id](SessionWorker *w) { return w->files(id); });
}

QFuture<QVector<PeerEntry>> Session::peers(const TorrentId &id) const
{
    return callWorker<QVector<PeerEntry>>([id](SessionWorker *w) { return w->peers(id); });
}

QFuture<QVector<TrackerEntry>> Session::trackers(const TorrentId &id) const
{
    return callWorker<QVector<TrackerEntry>>([id](SessionWorker *w) { return w->trackers(id); });
}

std::unique_ptr<ByteReader> Session::openStream(const TorrentId &id, int fileIndex, ReaderRole role)
{
    return m_catalog->open(id.key(), fileIndex, role);
}

TorrentStreamDevice *Session::createStreamDevice(const TorrentId &id, int fileIndex,
                                                 QObject *parent)
{
    std::unique_ptr<ByteReader> reader = openStream(id, fileIndex, ReaderRole::Player);
    return reader ? new TorrentStreamDevice(std::move(reader), parent) : nullptr;
}

StreamSource *Session::streamSource() const
{
    return m_catalog.get();
}

std::shared_ptr<StreamView> Session::streams() const
{
    return m_catalog;
}

StreamProber *Session::createProber(const TorrentId &id, int fileIndex, QObject *parent)
{
    return new StreamProber(m_catalog, id.key(), fileIndex, parent);
}

QVector<TorrentSnapshot> Session::torrents() const
{
    QVector<TorrentSnapshot> result;
    result.reserve(m_snapshots.size());
    for (const TorrentSnapshot &s : m_snapshots)
        result.push_back(s);
    return result;
}

} // namespace swarmplay
