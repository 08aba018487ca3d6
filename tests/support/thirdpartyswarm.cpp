#include "thirdpartyswarm.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <QUrl>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testtime.h"

namespace swarmplay::test {

namespace {

struct Program
{
    ThirdPartySwarm::Client client;
    const char *executable;
    const char *package; // Debian package that installs it
};

const Program kPrograms[] = {
    {ThirdPartySwarm::Client::QBittorrent, "qbittorrent-nox", "qbittorrent-nox"},
    {ThirdPartySwarm::Client::Aria2, "aria2c", "aria2"},
    {ThirdPartySwarm::Client::Transmission, "transmission-daemon", "transmission-daemon"},
};

const Program &programOf(ThirdPartySwarm::Client client)
{
    for (const Program &p : kPrograms) {
        if (p.client == client)
            return p;
    }
    return kPrograms[0];
}

bool installed(const char *executable)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(executable)).isEmpty();
}

// A port nobody listens on at `address`. With `udpToo` the UDP port is free as well, for
// clients that also take uTP on their BitTorrent port. The port is closed again before the
// program binds it; another process could take it in between, which the caller reports.
int freePort(const QString &address, bool udpToo)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress(address), 0))
            return 0;
        const int port = tcp.serverPort();
        if (!udpToo)
            return port;
        QUdpSocket udp;
        if (udp.bind(QHostAddress(address), static_cast<quint16>(port)))
            return port;
    }
    return 0;
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    const QByteArray data = text.toUtf8();
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Copies a file, or a folder with everything in it, into `targetDir`.
bool copyInto(const QString &source, const QString &targetDir)
{
    const QFileInfo info(source);
    const QString target = QDir(targetDir).filePath(info.fileName());
    if (info.isFile()) {
        QDir().mkpath(targetDir);
        return QFile::copy(source, target);
    }
    QDirIterator it(source, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString copy = QDir(target).filePath(QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(copy).absolutePath());
        if (!QFile::copy(file, copy))
            return false;
    }
    return true;
}

QString tail(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("    (no %1)\n").arg(path);
    const QList<QByteArray> all = f.readAll().split('\n');
    QString out;
    for (qsizetype i = std::max<qsizetype>(0, all.size() - lines); i < all.size(); ++i) {
        if (!all[i].trimmed().isEmpty())
            out += QStringLiteral("    ") + QString::fromUtf8(all[i]).trimmed() + QLatin1Char('\n');
    }
    return out;
}

// The flat dictionary a tracker answers with: its integers and strings (nested values are
// skipped). False when the bytes are not bencoded.
class Bencode
{
public:
    explicit Bencode(const QByteArray &data)
        : m_data(data)
    {}

    bool parseDict(QHash<QByteArray, qint64> *ints, QHash<QByteArray, QByteArray> *strings)
    {
        if (!eat('d'))
            return false;
        while (m_pos < m_data.size() && m_data[m_pos] != 'e') {
            QByteArray key;
            if (!string(&key))
                return false;
            const char c = m_pos < m_data.size() ? m_data[m_pos] : '\0';
            if (c == 'i') {
                qint64 v = 0;
                if (!integer(&v))
                    return false;
                ints->insert(key, v);
            } else if (c >= '0' && c <= '9') {
                QByteArray v;
                if (!string(&v))
                    return false;
                strings->insert(key, v);
            } else if (!skip()) {
                return false;
            }
        }
        return eat('e');
    }

private:
    bool eat(char c)
    {
        if (m_pos >= m_data.size() || m_data[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    bool integer(qint64 *v)
    {
        const qsizetype end = m_data.indexOf('e', m_pos);
        if (!eat('i') || end < 0)
            return false;
        bool ok = false;
        *v = m_data.mid(m_pos, end - m_pos).toLongLong(&ok);
        m_pos = end + 1;
        return ok;
    }
    bool string(QByteArray *v)
    {
        const qsizetype colon = m_data.indexOf(':', m_pos);
        bool ok = false;
        const qint64 length = colon < 0 ? -1 : m_data.mid(m_pos, colon - m_pos).toLongLong(&ok);
        if (!ok || length < 0 || colon + 1 + length > m_data.size())
            return false;
        *v = m_data.mid(colon + 1, length);
        m_pos = colon + 1 + length;
        return true;
    }
    bool skip()
    {
        const char c = m_pos < m_data.size() ? m_data[m_pos] : '\0';
        if (c == 'i') {
            qint64 v = 0;
            return integer(&v);
        }
        if (c >= '0' && c <= '9') {
            QByteArray v;
            return string(&v);
        }
        if (c != 'l' && c != 'd')
            return false;
        ++m_pos;
        while (m_pos < m_data.size() && m_data[m_pos] != 'e') {
            if (!skip())
                return false;
        }
        return eat('e');
    }

    QByteArray m_data;
    qsizetype m_pos = 0;
};

} // namespace

ThirdPartySwarm::ThirdPartySwarm(LocalSwarm *swarm, QObject *parent)
    : QObject(parent)
    , m_root(swarm->path(QStringLiteral("thirdparty")))
    , m_trackerPort(freePort(QStringLiteral("127.0.0.1"), false))
{
    QDir().mkpath(m_root);
    // Talks to programs on loopback only; a proxy from the environment must not get in between.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

ThirdPartySwarm::~ThirdPartySwarm()
{
    stop();
}

QVector<ThirdPartySwarm::Client> ThirdPartySwarm::installedClients()
{
    QVector<Client> clients;
    for (const Program &p : kPrograms) {
        if (installed(p.executable))
            clients.push_back(p.client);
    }
    return clients;
}

QString ThirdPartySwarm::missingPrograms()
{
    QStringList problems;
    if (!installed("opentracker"))
        problems << QStringLiteral("opentracker is not installed (Debian package: opentracker).");
    if (installedClients().size() < 2) {
        QStringList missing;
        for (const Program &p : kPrograms) {
            if (!installed(p.executable))
                missing << QStringLiteral("%1 (Debian package: %2)")
                               .arg(QLatin1String(p.executable), QLatin1String(p.package));
        }
        problems << QStringLiteral("At least two third-party seeders are needed, but these are "
                                   "not installed: %1.")
                        .arg(missing.join(QStringLiteral(", ")));
    }
    return problems.join(QLatin1Char(' '));
}

QString ThirdPartySwarm::clientName(Client client)
{
    switch (client) {
    case Client::QBittorrent:
        return QStringLiteral("qBittorrent");
    case Client::Aria2:
        return QStringLiteral("aria2");
    case Client::Transmission:
        return QStringLiteral("Transmission");
    }
    return {};
}

QString ThirdPartySwarm::announceUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/announce").arg(m_trackerPort);
}

QString ThirdPartySwarm::seederAddress(int index) const
{
    // LocalSwarm hands out 127.20-219.x.y; the seeders take 127.220-255.x.y so the two never
    // meet, and the pid picks the rest so test programs running in parallel do not either.
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringLiteral("127.%1.%2.%3").arg(220 + pid % 36).arg((pid / 36) % 256).arg(index + 1);
}

QProcess *ThirdPartySwarm::launch(const QString &program, const QStringList &arguments,
                                  const QString &home, const QString &logName)
{
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing may go through a proxy (aria2 and Transmission's libcurl honour these), and no
    // program may read or write the real user's configuration or leave files outside `home`.
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "ftp_proxy", "HTTP_PROXY",
                             "HTTPS_PROXY", "ALL_PROXY", "FTP_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    // Transmission keeps a session-id file in the temporary folder.
    QDir().mkpath(home + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));

    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(home);
    process->setProcessChannelMode(QProcess::MergedChannels);
    const QString log = QDir(home).filePath(logName);
    process->setStandardOutputFile(log);
    process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // When the test itself is killed (a ctest timeout sends SIGKILL) the destructor never runs;
    // the kernel then ends the programs instead of leaving them on their ports. opentracker,
    // started as root, drops this when it changes to user nobody.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_logFiles << log;
    process->start(program, arguments);
    if (!process->waitForStarted(scaledMs(10000))) {
        delete process;
        return nullptr;
    }
    return process;
}

QString ThirdPartySwarm::exitedMessage(const QString &what, QProcess *process) const
{
    return QStringLiteral("%1 exited (code %2) while starting up.\n%3")
        .arg(what)
        .arg(process->exitCode())
        .arg(diagnostics());
}

QString ThirdPartySwarm::startTracker(const TorrentId &id)
{
    if (m_trackerPort <= 0)
        return QStringLiteral("No free port for the tracker on 127.0.0.1.");
    const QString dir = QDir(m_root).filePath(QStringLiteral("tracker"));
    QDir().mkpath(dir);
    // The Debian build of opentracker only tracks whitelisted info hashes. Started as root it
    // chroots into its rootdir and becomes nobody, who must still read the list: hence the
    // relative path (it is also right for a normal user, for whom the rootdir is only the
    // working directory) and the permissions.
    if (!writeText(QDir(dir).filePath(QStringLiteral("whitelist.txt")),
                   id.v1Hex() + QLatin1Char('\n')) ||
        !writeText(QDir(dir).filePath(QStringLiteral("opentracker.conf")),
                   QStringLiteral("listen.tcp 127.0.0.1:%1\n"
                                  "tracker.rootdir %2\n"
                                  "access.whitelist whitelist.txt\n")
                       .arg(m_trackerPort)
                       .arg(dir)))
        return QStringLiteral("Cannot write the tracker's files in %1.").arg(dir);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto searchable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QFile::setPermissions(dir, readable | searchable | QFileDevice::WriteOwner);
    QFile::setPermissions(QDir(dir).filePath(QStringLiteral("whitelist.txt")),
                          readable | QFileDevice::WriteOwner);

    m_tracker =
        launch(QStringLiteral("opentracker"),
               {QStringLiteral("-f"), QDir(dir).filePath(QStringLiteral("opentracker.conf"))}, dir,
               QStringLiteral("opentracker.log"));
    if (!m_tracker)
        return QStringLiteral("Cannot start opentracker (Debian package: opentracker).");
    const bool listening = QTest::qWaitFor(
        [this] {
            if (m_tracker->state() != QProcess::Running)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_trackerPort));
            return probe.waitForConnected(500);
        },
        scaledMs(10000));
    if (m_tracker->state() != QProcess::Running)
        return exitedMessage(QStringLiteral("opentracker"), m_tracker);
    if (!listening)
        return QStringLiteral("opentracker does not listen on 127.0.0.1:%1.\n%2")
            .arg(m_trackerPort)
            .arg(diagnostics());
    return {};
}

QString ThirdPartySwarm::launchSeeder(Seeder &seeder, const QString &torrentPath)
{
    const QString data = QDir(seeder.dir).filePath(QStringLiteral("data"));
    switch (seeder.client) {
    case Client::QBittorrent: {
        seeder.apiPort = freePort(QStringLiteral("127.0.0.1"), false);
        const QString profile = QDir(seeder.dir).filePath(QStringLiteral("profile"));
        // LegalNotice: without it qbittorrent-nox asks on the terminal and waits. Only the
        // address is set, not an interface name: binding to the device "lo" needs privileges.
        // No country lookup: it downloads a GeoIP database from the internet.
        const QString conf = QStringLiteral("[LegalNotice]\n"
                                            "Accepted=true\n"
                                            "\n"
                                            "[BitTorrent]\n"
                                            "Session\\DHTEnabled=false\n"
                                            "Session\\LSDEnabled=false\n"
                                            "Session\\PeXEnabled=false\n"
                                            "Session\\Port=%1\n"
                                            "Session\\UseRandomPort=false\n"
                                            "Session\\InterfaceAddress=%2\n"
                                            "Session\\Encryption=0\n"
                                            "Session\\AnonymousModeEnabled=false\n"
                                            "Session\\QueueingSystemEnabled=false\n"
                                            "Session\\DefaultSavePath=%3\n"
                                            "Session\\TempPathEnabled=false\n"
                                            "Session\\AddTorrentPaused=false\n"
                                            "\n"
                                            "[Network]\n"
                                            "PortForwardingEnabled=false\n"
                                            "\n"
                                            "[Preferences]\n"
                                            "Connection\\UPnP=false\n"
                                            "Connection\\ResolvePeerCountries=false\n"
                                            "General\\Locale=en\n"
                                            "WebUI\\Address=127.0.0.1\n"
                                            "WebUI\\Port=%4\n"
                                            "WebUI\\LocalHostAuth=false\n"
                                            "WebUI\\CSRFProtection=false\n"
                                            "WebUI\\HostHeaderValidation=false\n"
                                            "WebUI\\UseUPnP=false\n")
                                 .arg(seeder.port)
                                 .arg(seeder.address, data)
                                 .arg(seeder.apiPort);
        if (seeder.apiPort <= 0 ||
            !writeText(profile + QStringLiteral("/qBittorrent/config/qBittorrent.conf"), conf))
            return QStringLiteral("Cannot configure qBittorrent in %1.").arg(profile);
        m_logFiles << profile + QStringLiteral("/qBittorrent/data/logs/qbittorrent.log");
        seeder.process = launch(QStringLiteral("qbittorrent-nox"),
                                {QStringLiteral("--profile=") + profile,
                                 QStringLiteral("--webui-port=%1").arg(seeder.apiPort)},
                                seeder.dir, QStringLiteral("qbittorrent-nox.log"));
        break;
    }
    case Client::Aria2: {
        // Checks its copy, then seeds it for ever (--seed-ratio=0.0).
        const QStringList args = {
            QStringLiteral("--no-conf=true"),
            QStringLiteral("--dir=") + data,
            QStringLiteral("--interface=") + seeder.address,
            QStringLiteral("--listen-port=%1").arg(seeder.port),
            QStringLiteral("--disable-ipv6=true"),
            QStringLiteral("--enable-dht=false"),
            QStringLiteral("--enable-dht6=false"),
            QStringLiteral("--bt-enable-lpd=false"),
            QStringLiteral("--enable-peer-exchange=false"),
            QStringLiteral("--check-integrity=true"),
            QStringLiteral("--bt-hash-check-seed=true"),
            QStringLiteral("--seed-ratio=0.0"),
            QStringLiteral("--file-allocation=none"),
            QStringLiteral("--auto-file-renaming=false"),
            QStringLiteral("--allow-overwrite=false"),
            QStringLiteral("--bt-save-metadata=false"),
            QStringLiteral("--bt-require-crypto=false"),
            QStringLiteral("--enable-rpc=false"),
            QStringLiteral("--console-log-level=warn"),
            QStringLiteral("--summary-interval=0"),
            QStringLiteral("--log=") + QDir(seeder.dir).filePath(QStringLiteral("aria2.log")),
            QStringLiteral("--log-level=info"),
            torrentPath,
        };
        m_logFiles << QDir(seeder.dir).filePath(QStringLiteral("aria2.log"));
        seeder.process =
            launch(QStringLiteral("aria2c"), args, seeder.dir, QStringLiteral("aria2c.log"));
        break;
    }
    case Client::Transmission: {
        seeder.apiPort = freePort(QStringLiteral("127.0.0.1"), false);
        const QString config = QDir(seeder.dir).filePath(QStringLiteral("config"));
        QJsonObject s;
        s.insert(QStringLiteral("bind-address-ipv4"), seeder.address);
        // Its IPv6 socket would take the same port on every address; there is no other seeder
        // on IPv6, so it goes on loopback where it costs nothing.
        s.insert(QStringLiteral("bind-address-ipv6"), QStringLiteral("::1"));
        s.insert(QStringLiteral("peer-port"), seeder.port);
        s.insert(QStringLiteral("peer-port-random-on-start"), false);
        s.insert(QStringLiteral("port-forwarding-enabled"), false);
        s.insert(QStringLiteral("dht-enabled"), false);
        s.insert(QStringLiteral("lpd-enabled"), false);
        s.insert(QStringLiteral("pex-enabled"), false);
        s.insert(QStringLiteral("utp-enabled"), true);
        s.insert(QStringLiteral("encryption"), 1);
        s.insert(QStringLiteral("blocklist-enabled"), false);
        s.insert(QStringLiteral("rpc-enabled"), true);
        s.insert(QStringLiteral("rpc-bind-address"), QStringLiteral("127.0.0.1"));
        s.insert(QStringLiteral("rpc-port"), seeder.apiPort);
        s.insert(QStringLiteral("rpc-authentication-required"), false);
        s.insert(QStringLiteral("rpc-whitelist-enabled"), true);
        s.insert(QStringLiteral("rpc-whitelist"), QStringLiteral("127.0.0.1"));
        s.insert(QStringLiteral("rpc-host-whitelist-enabled"), false);
        s.insert(QStringLiteral("download-dir"), data);
        s.insert(QStringLiteral("incomplete-dir-enabled"), false);
        s.insert(QStringLiteral("watch-dir-enabled"), false);
        s.insert(QStringLiteral("start-added-torrents"), true);
        s.insert(QStringLiteral("ratio-limit-enabled"), false);
        s.insert(QStringLiteral("idle-seeding-limit-enabled"), false);
        s.insert(QStringLiteral("download-queue-enabled"), false);
        s.insert(QStringLiteral("seed-queue-enabled"), false);
        s.insert(QStringLiteral("speed-limit-up-enabled"), false);
        s.insert(QStringLiteral("alt-speed-enabled"), false);
        s.insert(QStringLiteral("message-level"), 2);
        if (seeder.apiPort <= 0 || !writeText(config + QStringLiteral("/settings.json"),
                                              QString::fromUtf8(QJsonDocument(s).toJson())))
            return QStringLiteral("Cannot configure Transmission in %1.").arg(config);
        seeder.process =
            launch(QStringLiteral("transmission-daemon"),
                   {QStringLiteral("--foreground"), QStringLiteral("--config-dir"), config},
                   seeder.dir, QStringLiteral("transmission-daemon.log"));
        break;
    }
    }
    if (!seeder.process)
        return QStringLiteral("Cannot start %1 (Debian package: %2).")
            .arg(QLatin1String(programOf(seeder.client).executable),
                 QLatin1String(programOf(seeder.client).package));
    return {};
}

QString ThirdPartySwarm::addTorrent(Seeder &seeder, const QString &torrentPath, int timeoutMs)
{
    switch (seeder.client) {
    case Client::QBittorrent:
        return addToQBittorrent(seeder, torrentPath, timeoutMs);
    case Client::Transmission:
        return addToTransmission(seeder, torrentPath, timeoutMs);
    case Client::Aria2:
        break;
    }
    return {};
}

QString ThirdPartySwarm::addToQBittorrent(Seeder &seeder, const QString &torrentPath, int timeoutMs)
{
    const QString api = QStringLiteral("http://127.0.0.1:%1/api/v2/").arg(seeder.apiPort);
    HttpResult version;
    const bool up = QTest::qWaitFor(
        [&] {
            if (seeder.process->state() != QProcess::Running)
                return true;
            version = http("GET", QNetworkRequest(QUrl(api + QStringLiteral("app/version"))), {},
                           nullptr, 2000);
            return version.status == 200;
        },
        scaledMs(timeoutMs));
    if (seeder.process->state() != QProcess::Running)
        return exitedMessage(QStringLiteral("qbittorrent-nox"), seeder.process);
    if (!up)
        return QStringLiteral("qBittorrent's WebUI on 127.0.0.1:%1 does not answer (%2 %3).\n%4")
            .arg(seeder.apiPort)
            .arg(version.status)
            .arg(version.error, diagnostics());

    QFile file(torrentPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1.").arg(torrentPath);
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart torrent;
    torrent.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QStringLiteral("form-data; name=\"torrents\"; filename=\"%1\"")
                          .arg(QFileInfo(torrentPath).fileName()));
    torrent.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-bittorrent"));
    torrent.setBody(file.readAll());
    multi->append(torrent);
    QHttpPart savePath;
    savePath.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"savepath\""));
    savePath.setBody(QDir(seeder.dir).filePath(QStringLiteral("data")).toUtf8());
    multi->append(savePath);
    const HttpResult added =
        http("POST", QNetworkRequest(QUrl(api + QStringLiteral("torrents/add"))), {}, multi);
    if (added.status != 200 || !added.body.startsWith("Ok"))
        return QStringLiteral("qBittorrent did not take the torrent: %1 %2 %3")
            .arg(added.status)
            .arg(QString::fromUtf8(added.body), added.error);
    return {};
}

QString ThirdPartySwarm::addToTransmission(Seeder &seeder, const QString &torrentPath,
                                           int timeoutMs)
{
    QFile file(torrentPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1.").arg(torrentPath);
    QJsonObject arguments;
    arguments.insert(QStringLiteral("metainfo"), QString::fromLatin1(file.readAll().toBase64()));
    arguments.insert(QStringLiteral("download-dir"),
                     QDir(seeder.dir).filePath(QStringLiteral("data")));
    arguments.insert(QStringLiteral("paused"), false);
    QJsonObject call;
    call.insert(QStringLiteral("method"), QStringLiteral("torrent-add"));
    call.insert(QStringLiteral("arguments"), arguments);
    const QByteArray body = QJsonDocument(call).toJson(QJsonDocument::Compact);

    // Transmission answers the first call with 409 and a session id that every call must carry
    // (its CSRF guard); before the daemon listens there is no answer at all.
    QByteArray sessionId;
    HttpResult result;
    // The outcome is in `result`, whichever way the wait ends.
    (void)QTest::qWaitFor(
        [&] {
            if (seeder.process->state() != QProcess::Running)
                return true;
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/transmission/rpc").arg(seeder.apiPort)));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            if (!sessionId.isEmpty())
                request.setRawHeader("X-Transmission-Session-Id", sessionId);
            result = http("POST", request, body, nullptr, 2000);
            if (result.status == 409)
                sessionId = result.transmissionSessionId;
            return result.status == 200;
        },
        scaledMs(timeoutMs));
    if (seeder.process->state() != QProcess::Running)
        return exitedMessage(QStringLiteral("transmission-daemon"), seeder.process);
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    if (result.status != 200 ||
        answer.value(QStringLiteral("result")).toString() != QLatin1String("success"))
        return QStringLiteral("Transmission did not take the torrent: %1 %2 %3\n%4")
            .arg(result.status)
            .arg(QString::fromUtf8(result.body), result.error, diagnostics());
    return {};
}

ThirdPartySwarm::HttpResult ThirdPartySwarm::http(const QByteArray &verb, QNetworkRequest request,
                                                  const QByteArray &body, QHttpMultiPart *multiPart,
                                                  int timeoutMs)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = multiPart ? m_network.sendCustomRequest(request, verb, multiPart)
                                     : m_network.sendCustomRequest(request, verb, body);
    if (multiPart)
        multiPart->setParent(reply);
    HttpResult result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, scaledMs(timeoutMs))) {
        reply->abort();
        result.error = QStringLiteral("no answer in %1 ms").arg(timeoutMs);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.transmissionSessionId = reply->rawHeader("X-Transmission-Session-Id");
        if (reply->error() != QNetworkReply::NoError)
            result.error = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

bool ThirdPartySwarm::trackerPeers(const TorrentId &id, QStringList *peers, int *complete,
                                   QString *error)
{
    // A fresh peer id each time; the port is the discard port, where nobody answers a leecher
    // that tries it before the "stopped" below has taken the entry away again.
    const QByteArray peerId =
        "-SPPROBE" + QByteArray::number(QRandomGenerator::global()->bounded(1000000000000LL))
                         .rightJustified(12, '0');
    const QByteArray query = "info_hash=" + id.v1().toPercentEncoding() + "&peer_id=" + peerId +
                             "&port=9&uploaded=0&downloaded=0&left=0&compact=1&numwant=200";
    const QByteArray base = announceUrl().toLatin1() + '?' + query;
    const HttpResult reply =
        http("GET", QNetworkRequest(QUrl::fromEncoded(base, QUrl::StrictMode)), {}, nullptr, 5000);
    http("GET", QNetworkRequest(QUrl::fromEncoded(base + "&event=stopped", QUrl::StrictMode)), {},
         nullptr, 5000);
    if (reply.status != 200) {
        *error = QStringLiteral("tracker answered %1 %2").arg(reply.status).arg(reply.error);
        return false;
    }
    QHash<QByteArray, qint64> ints;
    QHash<QByteArray, QByteArray> strings;
    if (!Bencode(reply.body).parseDict(&ints, &strings)) {
        *error = QStringLiteral("tracker sent no bencoded dictionary: %1")
                     .arg(QString::fromLatin1(reply.body.left(200)));
        return false;
    }
    if (strings.contains("failure reason")) {
        *error = QStringLiteral("tracker refused: %1")
                     .arg(QString::fromUtf8(strings.value("failure reason")));
        return false;
    }
    const QByteArray compact = strings.value("peers");
    peers->clear();
    for (qsizetype i = 0; i + 6 <= compact.size(); i += 6) {
        const auto *b = reinterpret_cast<const uchar *>(compact.constData() + i);
        const QString peer = QStringLiteral("%1.%2.%3.%4:%5")
                                 .arg(int(b[0]))
                                 .arg(int(b[1]))
                                 .arg(int(b[2]))
                                 .arg(int(b[3]))
                                 .arg(int(b[4]) << 8 | int(b[5]));
        if (peer != QLatin1String("127.0.0.1:9"))
            *peers << peer;
    }
    // The probe itself announced as complete.
    *complete = static_cast<int>(ints.value("complete")) - 1;
    return true;
}

QString ThirdPartySwarm::start(const QString &torrentPath, const QString &contentPath,
                               int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QString missing = missingPrograms();
    if (!missing.isEmpty())
        return missing;
    const TorrentSource source = TorrentSource::parse(torrentPath);
    if (source.kind() != TorrentSource::Kind::TorrentFile || !source.id().hasV1())
        return QStringLiteral("%1 is not a torrent with a v1 info hash.").arg(torrentPath);

    QString error = startTracker(source.id());
    if (!error.isEmpty())
        return error;

    const QVector<Client> clients = installedClients();
    for (int i = 0; i < clients.size(); ++i) {
        Seeder seeder;
        seeder.client = clients[i];
        seeder.address = seederAddress(i);
        seeder.port = freePort(seeder.address, true);
        seeder.dir = QDir(m_root).filePath(clientName(seeder.client).toLower());
        if (seeder.port <= 0)
            return QStringLiteral("No free port on %1.").arg(seeder.address);
        // Each its own copy: a client that doubts the data may rewrite it.
        if (!copyInto(contentPath, QDir(seeder.dir).filePath(QStringLiteral("data"))))
            return QStringLiteral("Cannot copy %1 for %2.").arg(contentPath, seeder.dir);
        m_seeders.push_back(seeder);
    }
    // All start at once, then the ones with an API get the torrent once it answers.
    for (Seeder &seeder : m_seeders) {
        error = launchSeeder(seeder, torrentPath);
        if (!error.isEmpty())
            return error;
    }
    for (Seeder &seeder : m_seeders) {
        error = addTorrent(seeder, torrentPath,
                           static_cast<int>(std::max<qint64>(1000, deadline.remainingTime())));
        if (!error.isEmpty())
            return error;
    }

    // Seeding means: the tracker hands out every seeder's address and port, and counts as many
    // complete peers (a client announces only after it has checked its data).
    QStringList peers;
    int complete = 0;
    QString trackerError;
    while (true) {
        for (const Seeder &seeder : m_seeders) {
            if (seeder.process->state() != QProcess::Running)
                return exitedMessage(clientName(seeder.client), seeder.process);
        }
        if (m_tracker->state() != QProcess::Running)
            return exitedMessage(QStringLiteral("opentracker"), m_tracker);
        QStringList absent;
        if (trackerPeers(source.id(), &peers, &complete, &trackerError)) {
            trackerError.clear();
            for (const Seeder &seeder : m_seeders) {
                if (!peers.contains(seeder.endpoint()))
                    absent << clientName(seeder.client) + QLatin1Char(' ') + seeder.endpoint();
            }
            if (absent.isEmpty() && complete >= static_cast<int>(m_seeders.size()))
                return {};
        }
        if (deadline.hasExpired())
            return QStringLiteral("Not every seeder is seeding after %1 s. Not at the tracker: "
                                  "%2. The tracker lists %3 with %4 complete. %5\n%6")
                .arg(timeoutMs / 1000)
                .arg(absent.join(QStringLiteral(", ")), peers.join(QLatin1Char(' ')))
                .arg(complete)
                .arg(trackerError, diagnostics());
        QTest::qWait(300);
    }
}

void ThirdPartySwarm::stop()
{
    // Seeders first, so their "stopped" announces still find the tracker.
    std::vector<QProcess *> processes;
    for (const Seeder &seeder : m_seeders) {
        if (seeder.process)
            processes.push_back(seeder.process);
    }
    if (m_tracker)
        processes.push_back(m_tracker);
    for (QProcess *p : processes) {
        if (p->state() != QProcess::NotRunning)
            p->terminate();
    }
    const QDeadlineTimer deadline(15000);
    for (QProcess *p : processes) {
        if (p->state() != QProcess::NotRunning)
            p->waitForFinished(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
    for (QProcess *p : processes) {
        if (p->state() != QProcess::NotRunning) {
            qWarning("ThirdPartySwarm: %s ignored SIGTERM; killing it", qPrintable(p->program()));
            p->kill();
            p->waitForFinished(scaledMs(5000));
        }
    }
}

QString ThirdPartySwarm::diagnostics() const
{
    QString out;
    const auto state = [](QProcess *p) {
        return p->state() == QProcess::NotRunning
                   ? QStringLiteral("exited with %1").arg(p->exitCode())
                   : QStringLiteral("running");
    };
    if (m_tracker)
        out += QStringLiteral("opentracker on 127.0.0.1:%1: %2\n")
                   .arg(m_trackerPort)
                   .arg(state(m_tracker));
    for (const Seeder &seeder : m_seeders) {
        out += QStringLiteral("%1 on %2: %3\n")
                   .arg(clientName(seeder.client), seeder.endpoint(),
                        seeder.process ? state(seeder.process) : QStringLiteral("not started"));
    }
    for (const QString &log : m_logFiles)
        out += QStringLiteral("  %1:\n").arg(log) + tail(log, 12);
    return out;
}

} // namespace swarmplay::test
