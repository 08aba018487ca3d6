#include "demoswarm.h"

#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include "session/session.h"

namespace swarmplay {

DemoSwarm::DemoSwarm(QObject *parent)
    : DemoSwarm(Options{}, parent)
{}

DemoSwarm::DemoSwarm(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        QStringList waiting;
        for (size_t i = 0; i < m_seeders.size(); ++i) {
            const Seeder &s = m_seeders[i];
            const SessionStats stats = s.session->stats();
            if (stats.listenPort <= 0)
                waiting << tr("seeder %1 is not listening on %2")
                               .arg(i + 1)
                               .arg(s.session->settings().outgoingInterface);
            else if (!s.id.isValid() || s.session->torrent(s.id).state != TorrentState::Seeding)
                waiting << tr("seeder %1 is not seeding yet").arg(i + 1);
        }
        fail(tr("The demo swarm did not start within %1 s (%2).")
                 .arg(m_options.startTimeoutMs / 1000)
                 .arg(waiting.join(QStringLiteral("; "))));
    });
}

DemoSwarm::~DemoSwarm()
{
    stop();
}

QStringList DemoSwarm::defaultAddresses(int count)
{
    QStringList addresses;
    for (int i = 0; i < count; ++i) {
#if defined(Q_OS_LINUX) || defined(Q_OS_WIN)
        addresses << QStringLiteral("127.0.0.%1").arg(i + 1);
#else
        addresses << QStringLiteral("127.0.0.1");
#endif
    }
    return addresses;
}

QStringList DemoSwarm::peerEndpoints() const
{
    QStringList endpoints;
    for (const Seeder &s : m_seeders) {
        const int port = s.session->stats().listenPort;
        if (port > 0)
            endpoints
                << QStringLiteral("%1:%2").arg(s.session->settings().outgoingInterface).arg(port);
    }
    return endpoints;
}

QString DemoSwarm::checkContent(const QString &contentFolder) const
{
    // Seed mode trusts the data without a hash check, so at least make sure it is all there.
    const TorrentInfo &info = m_source.info();
    for (const FileEntry &file : info.files) {
        const QFileInfo fi(QDir(contentFolder).filePath(file.path));
        if (!fi.isFile() || fi.size() != file.size)
            return tr("The demo video \"%1\" is missing or does not match its torrent; start "
                      "the demo again to make it anew.")
                .arg(QDir::toNativeSeparators(fi.filePath()));
    }
    return {};
}

void DemoSwarm::start(const QString &torrentPath, const QString &contentFolder,
                      qint64 videoBytesPerSecond)
{
    if (m_running && !m_failed)
        return;
    stop();
    m_running = true;
    m_failed = false;

    m_source = TorrentSource::parse(torrentPath);
    if (!m_source.isValid() || m_source.kind() != TorrentSource::Kind::TorrentFile) {
        failLater(tr("The demo torrent cannot be read: %1").arg(m_source.error().message));
        return;
    }
    const QString contentError = checkContent(contentFolder);
    if (!contentError.isEmpty()) {
        failLater(contentError);
        return;
    }
    if (videoBytesPerSecond <= 0) {
        failLater(tr("The demo video's bitrate is unknown, so its swarm cannot be paced."));
        return;
    }

    const int count = std::max(1, m_options.seeders);
    const QStringList addresses =
        m_options.addresses.size() >= count ? m_options.addresses : defaultAddresses(count);
    // Below one 16 KiB block per second libtorrent's limiter stalls rather than paces.
    m_perSeederLimit = std::max(
        16 * 1024, int(std::ceil(double(videoBytesPerSecond) * m_options.rateFactor / count)));

    QString root = m_options.stateRoot;
    if (root.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                    QStringLiteral("/swarmplay-demo-XXXXXX"));
        if (!m_tempDir->isValid()) {
            failLater(tr("Cannot create a temporary folder for the demo swarm: %1")
                          .arg(m_tempDir->errorString()));
            return;
        }
        root = m_tempDir->path();
    }

    m_seeders.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString dir = QDir(root).filePath(QStringLiteral("seeder%1").arg(i + 1));
        if (!startSeeder(i, dir, addresses.at(i), contentFolder))
            return;
    }
    m_deadline->start(m_options.startTimeoutMs);
}

bool DemoSwarm::startSeeder(int index, const QString &dir, const QString &address,
                            const QString &contentFolder)
{
    SessionSettings settings = SessionSettings::loopback(dir, contentFolder, address, 0);
    settings.restoreTorrents = false;
    settings.trackers = false;
    settings.pex = false;
    settings.uploadRateLimit = m_perSeederLimit;
    // Loopback peers are exempt from the limit otherwise, and the demo would arrive at once.
    settings.rateLimitLocalPeers = true;
    settings.statusIntervalMs = 250;
    settings.shutdownDeadlineMs = m_options.shutdownDeadlineMs;
    // The state is thrown away with the swarm; no need to save it while seeding.
    settings.resumeSaveIntervalMs = 3600 * 1000;
    const QString error = settings.validate();
    if (!error.isEmpty()) {
        failLater(tr("The demo swarm cannot be set up: %1").arg(error));
        return false;
    }

    m_seeders.emplace_back();
    m_seeders.back().session = std::make_unique<Session>(settings);
    Session *session = m_seeders.back().session.get();
    connect(session, &Session::started, this,
            [this, index, contentFolder] { addTorrentTo(index, contentFolder); });
    connect(session, &Session::statsUpdated, this, &DemoSwarm::checkProgress);
    connect(session, &Session::torrentsUpdated, this, &DemoSwarm::checkProgress);
    return true;
}

void DemoSwarm::addTorrentTo(int index, const QString &contentFolder)
{
    Seeder &seeder = m_seeders[index];
    if (seeder.adding || seeder.id.isValid())
        return;
    seeder.adding = true;
    AddOptions add;
    add.savePath = contentFolder;
    add.seedMode = true;
    add.uploadRateLimit = m_perSeederLimit;
    const quint64 generation = m_generation;
    seeder.session->addTorrent(m_source, add)
        .then(this, [this, index, generation](const AddResult &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                fail(tr("The demo swarm cannot seed the video: %1").arg(r.error.message));
                return;
            }
            m_seeders[index].id = r.id;
            checkProgress();
        });
}

void DemoSwarm::checkProgress()
{
    if (!m_running || m_failed)
        return;
    bool allSeeding = !m_seeders.empty();
    for (size_t i = 0; i < m_seeders.size(); ++i) {
        const Seeder &s = m_seeders[i];
        const SessionStats stats = s.session->stats();
        if (!stats.listenError.isEmpty() && !stats.listening) {
            fail(tr("The demo swarm cannot listen on %1: %2")
                     .arg(s.session->settings().outgoingInterface, stats.listenError));
            return;
        }
        const TorrentSnapshot snapshot =
            s.id.isValid() ? s.session->torrent(s.id) : TorrentSnapshot{};
        if (snapshot.state == TorrentState::Error && s.id.isValid()) {
            fail(tr("The demo swarm stopped seeding: %1").arg(snapshot.errorMessage));
            return;
        }
        if (stats.listenPort <= 0 || !s.id.isValid() || snapshot.state != TorrentState::Seeding)
            allSeeding = false;
    }
    if (allSeeding && !m_ready) {
        m_ready = true;
        m_deadline->stop();
        m_magnet = buildMagnet();
        emit ready(m_magnet);
    }
}

QString DemoSwarm::buildMagnet() const
{
    QString magnet = QStringLiteral("magnet:?xt=urn:btih:%1&dn=%2")
                         .arg(m_source.id().v1Hex(),
                              QString::fromLatin1(QUrl::toPercentEncoding(m_source.name())));
    // x.pe: the player connects to the seeders directly; there is no tracker or DHT to ask.
    for (const QString &endpoint : peerEndpoints())
        magnet += QStringLiteral("&x.pe=") + endpoint;
    return magnet;
}

void DemoSwarm::fail(const QString &message)
{
    if (m_failed || !m_running)
        return;
    m_failed = true;
    m_deadline->stop();
    emit failed(message);
}

void DemoSwarm::failLater(const QString &message)
{
    if (m_failed)
        return;
    // Failed from now on, so seeders already started cannot report ready in the meantime.
    m_failed = true;
    m_deadline->stop();
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, message] {
            if (generation == m_generation)
                emit failed(message);
        },
        Qt::QueuedConnection);
}

void DemoSwarm::stop()
{
    ++m_generation;
    m_deadline->stop();
    m_running = false;
    m_ready = false;
    m_magnet.clear();
    // Each shutdown is bounded by the seeder's shutdownDeadlineMs.
    for (Seeder &s : m_seeders) {
        if (s.session) {
            s.session->disconnect(this);
            s.session->shutdown();
        }
    }
    m_seeders.clear();
    m_tempDir.reset();
}

} // namespace swarmplay
