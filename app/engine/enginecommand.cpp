#include "enginecommand.h"

#include <cstdio>

#include <QtGlobal>
#include <QTimer>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

#include "session/session.h"

namespace swarmplay::engine {

namespace {

bool splitHostPort(const QString &text, QString *host, int *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    *port = text.mid(colon + 1).toInt(&ok);
    *host = text.left(colon);
    host->remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return ok && *port > 0 && *port < 65536 && !host->isEmpty();
}

} // namespace

EngineCommand::EngineCommand(const EngineOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(options.sessionSettings())
    , m_out(stdout)
    , m_err(stderr)
    , m_tty(isatty(fileno(stderr)) != 0)
{}

EngineCommand::~EngineCommand() = default;

Session *EngineCommand::session()
{
    if (!m_session) {
        m_session = std::make_unique<Session>(m_settings);
        for (const QString &node : m_options.dhtNodes()) {
            QString host;
            int port = 0;
            if (splitHostPort(node, &host, &port))
                m_session->addDhtNode(host, port);
            else
                m_err << tr("Ignoring --dht-node \"%1\": expected host:port.").arg(node)
                      << Qt::endl;
        }
        connect(m_session.get(), &Session::eventsLogged, this,
                [this](const QVector<SessionEvent> &events) {
                    for (const SessionEvent &e : events) {
                        if (e.severity == SessionEvent::Severity::Error ||
                            e.kind == SessionEvent::Kind::ResumeDamaged)
                            m_err << lineStart() << e.message << Qt::endl;
                    }
                });
    }
    return m_session.get();
}

void EngineCommand::addSource(
    const TorrentSource &source, const AddOptions &add,
    const std::function<void(const TorrentId &)> &added,
    const std::function<void(const TorrentId &, const TorrentInfo &)> &metadata)
{
    session()->addTorrent(source, add).then(this, [this, added, metadata](const AddResult &r) {
        if (!r.ok()) {
            fail(r.error.message, 3);
            return;
        }
        added(r.id);
        contactNamedPeers(r.id);
        const TorrentInfo known = session()->cachedInfo(r.id);
        if (known.isValid())
            metadata(r.id, known);
        else if (!m_options.quiet())
            m_err << tr("Fetching metadata from the swarm…") << Qt::endl;
    });
}

void EngineCommand::contactNamedPeers(const TorrentId &id)
{
    for (const QString &peer : m_options.peers()) {
        QString host;
        int port = 0;
        if (splitHostPort(peer, &host, &port))
            session()->connectPeer(id, host, port);
        else
            m_err << tr("Ignoring --peer \"%1\": expected host:port.").arg(peer) << Qt::endl;
    }
}

void EngineCommand::startTimeout(int defaultSeconds, const QString &whatFailed)
{
    const int seconds =
        m_options.timeoutSeconds() > 0 ? m_options.timeoutSeconds() : defaultSeconds;
    if (seconds <= 0)
        return;
    QTimer::singleShot(seconds * 1000, this, [this, seconds, whatFailed] {
        fail(tr("Gave up after %1 s: %2").arg(seconds).arg(whatFailed), 1);
    });
}

void EngineCommand::fail(const QString &message, int exitCode)
{
    if (m_done)
        return;
    m_err << lineStart() << tr("Error: %1").arg(message) << Qt::endl;
    done(exitCode);
}

void EngineCommand::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    stopping();
    m_out.flush();
    m_err.flush();
    if (m_session)
        m_session->shutdown();
    emit finished(exitCode);
}

void EngineCommand::interrupt(int exitCode)
{
    if (m_done)
        return;
    m_err << lineStart() << tr("Stopping; the download state is saved.") << Qt::endl;
    done(exitCode);
}

} // namespace swarmplay::engine
