#include "localswarm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include "input/torrentsource.h"
#include "testutil.h"

namespace swarmplay::test {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(scaledMs(5000)) || !p.waitForFinished(scaledMs(timeoutMs))) {
        p.kill();
        p.waitForFinished(scaledMs(5000));
        r.err = QStringLiteral("(did not finish in time) ") +
                QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool makePrivateFolder(const QString &path)
{
    return QDir().mkpath(path) &&
           QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
}

QProcessEnvironment isolatedEnvironment(const QString &root)
{
    const QDir dir(root);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    return env;
}

ProcessResult runFfmpeg(const QStringList &args, const QString &output)
{
    return runProcess(QStringLiteral("ffmpeg"),
                      QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                                  QStringLiteral("error"), QStringLiteral("-y")} +
                          args + QStringList{output},
                      120000);
}

LocalSwarm::LocalSwarm(QObject *parent)
    : QObject(parent)
{
    if (!m_dir.isValid())
        qFatal("LocalSwarm: cannot create a temporary folder");
}

LocalSwarm::~LocalSwarm()
{
    // Leechers first, so seeders are still there while they say goodbye.
    for (auto it = m_sessions.rbegin(); it != m_sessions.rend(); ++it)
        (*it)->shutdown();
}

QString LocalSwarm::makeFile(const QString &relative, qint64 size, quint32 seed)
{
    const QString p = path(relative);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("LocalSwarm: cannot write %s", qPrintable(p));
    QRandomGenerator rng(seed);
    QByteArray block(1 << 16, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        f.write(block.constData(), n);
        left -= n;
    }
    return p;
}

QString LocalSwarm::makeTorrent(const QString &contentPath, const TorrentCreator::Options &options,
                                const QString &torrentPath)
{
    QString error;
    const QByteArray data = TorrentCreator::create(contentPath, options, &error);
    if (data.isEmpty())
        qFatal("LocalSwarm: %s", qPrintable(error));
    const QString out =
        torrentPath.isEmpty() ? contentPath + QStringLiteral(".torrent") : torrentPath;
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("LocalSwarm: cannot write %s", qPrintable(out));
    return out;
}

QString LocalSwarm::nextAddress()
{
    // Spread processes over 127.0.0.0/8 so tests running in parallel never share an address.
    const int b = 20 + static_cast<int>(QCoreApplication::applicationPid() % 200);
    const int n = m_addressCounter++;
    return QStringLiteral("127.%1.%2.%3").arg(b).arg(n / 250).arg(n % 250 + 1);
}

SessionSettings LocalSwarm::settingsFor(const QString &name, const QString &address)
{
    SessionSettings s = SessionSettings::loopback(path(name + QStringLiteral("/state")),
                                                  path(name + QStringLiteral("/data")), address, 0);
    s.restoreTorrents = false;
    s.statusIntervalMs = 200;
    s.shutdownDeadlineMs = 5000;
    return s;
}

bool LocalSwarm::waitListening(Session *session, int timeoutMs)
{
    return QTest::qWaitFor([session] { return session->stats().listenPort > 0; },
                           scaledMs(timeoutMs));
}

Session *LocalSwarm::addSeeder(const QString &torrentPath, const QString &contentFolder,
                               int uploadLimit)
{
    const QString name = QStringLiteral("seeder%1").arg(m_seeders.size());
    SessionSettings s = settingsFor(name, nextAddress());
    s.uploadRateLimit = uploadLimit;
    s.rateLimitLocalPeers = uploadLimit > 0;
    m_sessions.push_back(std::make_unique<Session>(s));
    Session *session = m_sessions.back().get();
    if (!waitListening(session))
        qFatal("LocalSwarm: seeder %s does not listen", qPrintable(name));
    AddOptions add;
    add.savePath = contentFolder;
    add.seedMode = true;
    AddResult r;
    if (!await(session->addTorrent(TorrentSource::parse(torrentPath), add), &r) || !r.ok())
        qFatal("LocalSwarm: seeder cannot add %s: %s", qPrintable(torrentPath),
               qPrintable(r.error.message));
    m_seeders.push_back(endpointOf(session));
    return session;
}

QString LocalSwarm::seed(const QString &contentRelative, int pieceSize)
{
    TorrentCreator::Options opt;
    opt.pieceSize = pieceSize;
    const QString content = path(contentRelative);
    const QString torrent = makeTorrent(content, opt);
    addSeeder(torrent, QFileInfo(content).absolutePath());
    return torrent;
}

Session *LocalSwarm::addSession(const QString &name, SessionSettings settings)
{
    if (settings.stateDir.isEmpty())
        settings = settingsFor(name, nextAddress());
    m_sessions.push_back(std::make_unique<Session>(settings));
    Session *session = m_sessions.back().get();
    if (!waitListening(session))
        qFatal("LocalSwarm: session %s does not listen", qPrintable(name));
    return session;
}

LocalSwarm::Peer LocalSwarm::endpointOf(Session *session) const
{
    Peer p;
    p.address = session->settings().outgoingInterface;
    p.port = session->stats().listenPort;
    return p;
}

void LocalSwarm::connectToSeeders(Session *session, const TorrentId &id) const
{
    for (const Peer &p : m_seeders)
        session->connectPeer(id, p.address, p.port);
}

QString LocalSwarm::magnetWithPeers(const QString &torrentPath) const
{
    const TorrentSource source = TorrentSource::parse(torrentPath);
    QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:%1&dn=%2")
            .arg(source.id().v1Hex(), QString::fromLatin1(QUrl::toPercentEncoding(source.name())));
    for (const Peer &p : m_seeders)
        magnet += QStringLiteral("&x.pe=") + p.endpoint();
    return magnet;
}

void LocalSwarm::stop(Session *session)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->get() == session) {
            (*it)->shutdown();
            m_sessions.erase(it);
            return;
        }
    }
}

} // namespace swarmplay::test
