#include "libraryrecorder.h"

#include <QDir>
#include <QSet>

#include "session/session.h"
#include "storage/library.h"
#include "storage/resumestore.h"

namespace swarmplay::engine {

namespace {

constexpr int SaveIntervalMs = 30000;

} // namespace

template <typename F> void LibraryRecorder::post(F &&work)
{
    QMetaObject::invokeMethod(m_context, std::forward<F>(work), Qt::QueuedConnection);
}

LibraryRecorder::LibraryRecorder(Session *session, QObject *parent)
    : QObject(parent)
    , m_stateDir(session->settings().stateDir)
{
    m_thread.setObjectName(QStringLiteral("swarmplay-library"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    const QString path = QDir(m_stateDir).filePath(QStringLiteral("library.json"));
    post([this, path] { m_library = std::make_unique<Library>(path); });

    connect(session, &Session::torrentAdded, this,
            [this](const TorrentSnapshot &s) { post([this, s] { m_library->noteTorrent(s); }); });
    connect(session, &Session::torrentsUpdated, this, [this](const QVector<TorrentSnapshot> &all) {
        post([this, all] {
            for (const TorrentSnapshot &s : all)
                m_library->noteTorrent(s);
        });
    });
    connect(session, &Session::metadataReceived, this,
            [this](const TorrentId &, const TorrentInfo &info) {
                post([this, info] { m_library->noteInfo(info); });
            });
    // Unlike the window's library, which keeps what the viewer opened until the viewer removes
    // it, the daemon's lists what its session holds: clients add and remove torrents by the
    // thousand, and the file would only grow.
    connect(session, &Session::torrentRemoved, this, [this](const TorrentId &id) {
        post([this, key = id.key()] { m_library->remove(key); });
    });
    if (session->isStarted())
        noteSession(session);
    else
        connect(session, &Session::started, this, [this, session] { noteSession(session); });

    m_saveTimer.setInterval(SaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &LibraryRecorder::save);
    m_saveTimer.start();
}

LibraryRecorder::~LibraryRecorder()
{
    m_saveTimer.stop();
    post([this] {
        write();
        m_thread.quit();
    });
    m_thread.wait();
}

void LibraryRecorder::save()
{
    if (m_saveQueued.exchange(true))
        return; // the save waiting to run writes this too
    post([this] {
        m_saveQueued = false;
        write();
    });
}

void LibraryRecorder::write()
{
    m_library->keepTorrentFiles(ResumeStore(ResumeStore::dirIn(m_stateDir)));
    QString error;
    if (!m_library->save(&error))
        qWarning("swarmplay-engine: %s", qPrintable(error));
}

void LibraryRecorder::noteSession(const Session *session)
{
    QVector<TorrentInfo> infos;
    QSet<QString> keys;
    const QVector<TorrentSnapshot> torrents = session->torrents();
    for (const TorrentSnapshot &s : torrents) {
        keys.insert(s.id.key());
        infos << session->cachedInfo(s.id);
    }
    post([this, torrents, infos, keys] {
        for (const Library::Record &r : m_library->records()) {
            if (!keys.contains(r.key))
                m_library->remove(r.key);
        }
        for (const TorrentSnapshot &s : torrents)
            m_library->noteTorrent(s);
        for (const TorrentInfo &info : infos)
            m_library->noteInfo(info); // does nothing without the metadata
    });
}

} // namespace swarmplay::engine
