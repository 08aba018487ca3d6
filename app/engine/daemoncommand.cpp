#include "daemoncommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

#include "api/apihost.h"
#include "api/discoveryfile.h"
#include "daemonsettings.h"
#include "http/streamserver.h"
#include "libraryrecorder.h"
#include "session/session.h"

namespace swarmplay::engine {

DaemonCommand::DaemonCommand(const EngineOptions &options, QObject *parent)
    : EngineCommand(options, parent)
{}

DaemonCommand::~DaemonCommand()
{
    stopping();
}

void DaemonCommand::start()
{
    const QHostAddress bind = options().bindAddress().isNull()
                                  ? QHostAddress(QHostAddress::LocalHost)
                                  : options().bindAddress();
    // The API hands out control of the engine: it is for programs on this computer only.
    if (!bind.isLoopback()) {
        fail(tr("--bind %1 is not a loopback address. The daemon's control API is for programs "
                "on this computer only: use 127.0.0.1 (the default) or ::1.")
                 .arg(bind.toString()),
             2);
        return;
    }
    if (!lockStateDir())
        return;
    // What clients changed in earlier runs, unless this command line says otherwise.
    m_settings = std::make_unique<DaemonSettings>(sessionSettings().stateDir);
    QString keptError;
    if (!m_settings->load(&sessionSettings(), options().settingsGiven(), &keptError)) {
        fail(keptError);
        return;
    }

    Session *s = session();
    m_library = std::make_unique<LibraryRecorder>(s);
    m_server = new StreamServer(s->streamSource(), this);
    m_api = new ApiHost(s, m_server, this);
    connect(m_api, &ApiHost::shutdownRequested, this, [this] {
        err() << tr("Stopping at a client's request; the download state is saved.") << Qt::endl;
        done(0);
    });
    connect(m_api, &ApiHost::settingsChanged, this,
            [this](const SessionSettings &before, const SessionSettings &after) {
                QString error;
                if (!m_settings->record(before, after, &error))
                    err() << error << Qt::endl;
            });
    QString error;
    if (!m_server->listen(bind, quint16(options().httpPort()), &error)) {
        fail(tr("The daemon cannot listen: %1").arg(error));
        return;
    }
    connect(s, &Session::started, this, &DaemonCommand::ready);
}

bool DaemonCommand::lockStateDir()
{
    const QString dir = sessionSettings().stateDir;
    if (!QDir().mkpath(dir)) {
        fail(tr("Cannot make the state folder %1.").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("daemon.lock")));
    m_lock->setStaleLockTime(0); // a daemon runs for days: only a dead owner frees it
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app)) {
        fail(tr("Another swarmplay-engine daemon (pid %1) is using the state folder %2. Stop it "
                "first, or give this one a folder of its own with --state-dir.")
                 .arg(pid)
                 .arg(QDir::toNativeSeparators(dir)));
    } else {
        fail(tr("Cannot lock the state folder %1.").arg(QDir::toNativeSeparators(dir)));
    }
    m_lock.reset();
    return false;
}

void DaemonCommand::ready()
{
    if (isDone())
        return;
    m_discovery = std::make_unique<DiscoveryFile>(QStringLiteral("daemon"));
    DiscoveryFile::Entry entry;
    entry.api = m_api->baseUrl();
    entry.token = QString::fromLatin1(m_api->token());
    entry.pid = QCoreApplication::applicationPid();
    entry.version = QCoreApplication::applicationVersion();
    QString error;
    if (!m_discovery->write(entry, &error)) {
        fail(error);
        return;
    }
    out() << entry.api.toString(QUrl::FullyEncoded) << Qt::endl;
    if (!options().quiet())
        err() << tr("Daemon ready (state folder %1, torrents: %2). Control API: %3 (address "
                    "and token in %4). Stop with Ctrl+C.")
                     .arg(QDir::toNativeSeparators(sessionSettings().stateDir),
                          QString::number(session()->torrents().size()),
                          entry.api.toString(QUrl::FullyEncoded),
                          QDir::toNativeSeparators(m_discovery->path()))
              << Qt::endl;
}

void DaemonCommand::stopping()
{
    // Clients first (no new one finds us, the connected ones are told), then the server, while
    // the session still runs; done() then saves the resume data.
    m_discovery.reset();
    if (m_api)
        m_api->close(); // closes the server too
    if (m_server)
        m_server->close();
    if (m_library)
        m_library->save();
}

} // namespace swarmplay::engine
