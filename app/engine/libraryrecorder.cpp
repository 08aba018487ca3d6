#include "libraryrecorder.h"

#include <QDir>

#include "session/session.h"
#include "storage/library.h"
#include "storage/resumestore.h"

namespace swarmplay::engine {

LibraryRecorder::LibraryRecorder(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_library(std::make_unique<Library>(
          QDir(session->settings().stateDir).filePath(QStringLiteral("library.json"))))
{
    connect(session, &Session::torrentAdded, this,
            [this](const TorrentSnapshot &s) { m_library->noteTorrent(s); });
    connect(session, &Session::torrentsUpdated, this, [this](const QVector<TorrentSnapshot> &all) {
        for (const TorrentSnapshot &s : all)
            m_library->noteTorrent(s);
    });
    connect(session, &Session::metadataReceived, this,
            [this](const TorrentId &, const TorrentInfo &info) { m_library->noteInfo(info); });
    m_saveTimer.setInterval(30000);
    connect(&m_saveTimer, &QTimer::timeout, this, &LibraryRecorder::save);
    m_saveTimer.start();
}

LibraryRecorder::~LibraryRecorder()
{
    save();
}

void LibraryRecorder::save()
{
    m_library->keepTorrentFiles(ResumeStore(ResumeStore::dirIn(m_session->settings().stateDir)));
    QString error;
    if (!m_library->save(&error))
        qWarning("swarmplay-engine: %s", qPrintable(error));
}

} // namespace swarmplay::engine
