#include "remotecommand.h"

#include <utility>

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrl>

#include "api/discoveryfile.h"
#include "input/torrentsource.h"
#include "remoteformat.h"

namespace swarmplay::engine {

namespace {

constexpr int StreamPollMs = 250;

} // namespace

RemoteCommand::RemoteCommand(const RemoteOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(stdout)
    , m_err(stderr)
{
    m_poll.setInterval(StreamPollMs);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &RemoteCommand::pollStream);
}

RemoteCommand::~RemoteCommand()
{
    delete m_events;
}

void RemoteCommand::start()
{
    QString error;
    if (!m_client.open(DiscoveryFile::defaultPath(m_options.discoveryName()), m_options.window(),
                       &error)) {
        fail(error);
        return;
    }
    const QString command = m_options.command();
    if (command == QLatin1String("add"))
        add();
    else if (command == QLatin1String("list"))
        list();
    else if (command == QLatin1String("files"))
        files();
    else if (command == QLatin1String("stream"))
        stream();
    else if (command == QLatin1String("rm"))
        remove();
    else
        watch();
}

QString RemoteCommand::torrentPath(const QString &infoHash, const QString &rest) const
{
    return QStringLiteral("/torrents/") +
           QString::fromLatin1(QUrl::toPercentEncoding(infoHash.trimmed().toLower())) + rest;
}

void RemoteCommand::add()
{
    const QString source = m_options.arguments().first();
    const auto added = [this](const ApiClient::Reply &r) {
        if (!r.ok()) {
            failed(r);
            return;
        }
        const QString name = RemoteFormat::printable(r.json[QStringLiteral("name")].toString());
        m_out << RemoteFormat::printable(r.json[QStringLiteral("info_hash")].toString()) << "  "
              << name << Qt::endl;
        if (r.json[QStringLiteral("already")].toBool())
            m_err << tr("It was there already; its new trackers and peers were added.") << Qt::endl;
        done();
    };
    // A local .torrent goes up as it is; anything else the engine reads itself.
    // The engine checks what it is given the same way (TorrentSource); a local file only this
    // side can read.
    const TorrentSource parsed = TorrentSource::parse(source);
    if (!parsed.isValid()) {
        fail(parsed.error().message, 3);
        return;
    }
    if (parsed.kind() == TorrentSource::Kind::TorrentFile) {
        m_client.upload(QStringLiteral("/torrents"), parsed.torrentData(), added);
        return;
    }
    m_client.call("POST", QStringLiteral("/torrents"), {{QStringLiteral("source"), source}}, added);
}

void RemoteCommand::list()
{
    m_client.get(QStringLiteral("/torrents"), [this](const ApiClient::Reply &r) {
        if (!r.ok()) {
            failed(r);
            return;
        }
        m_out << RemoteFormat::torrents(r.json[QStringLiteral("torrents")].toArray());
        done();
    });
}

void RemoteCommand::files()
{
    m_client.get(torrentPath(m_options.arguments().first(), QStringLiteral("/files")),
                 [this](const ApiClient::Reply &r) {
                     if (!r.ok()) {
                         failed(r);
                         return;
                     }
                     m_out << RemoteFormat::files(r.json[QStringLiteral("files")].toArray());
                     done();
                 });
}

void RemoteCommand::stream()
{
    const QJsonObject body{
        {QStringLiteral("info_hash"), m_options.arguments().at(0).trimmed().toLower()},
        {QStringLiteral("file"), m_options.arguments().at(1).toInt()},
        {QStringLiteral("prebuffer_bytes"), m_options.prebufferBytes()},
    };
    m_client.call("POST", QStringLiteral("/streams"), body, [this](const ApiClient::Reply &r) {
        if (r.ok())
            m_streamId = r.json[QStringLiteral("id")].toString();
        streamAnswered(r);
    });
}

void RemoteCommand::pollStream()
{
    m_client.get(QStringLiteral("/streams/") + m_streamId,
                 [this](const ApiClient::Reply &r) { streamAnswered(r); });
}

void RemoteCommand::streamAnswered(const ApiClient::Reply &r)
{
    if (m_done)
        return;
    if (!r.ok()) {
        failed(r);
        return;
    }
    const QString state = r.json[QStringLiteral("state")].toString();
    if (state == QLatin1String("error")) {
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        fail(error[QStringLiteral("message")].toString());
        return;
    }
    if (state == QLatin1String("ready")) {
        m_out << RemoteFormat::printable(r.json[QStringLiteral("stream_url")].toString())
              << Qt::endl;
        // Buffered: the player reads through the URL with readers of its own.
        done();
        return;
    }
    const QString buffer = RemoteFormat::buffer(r.json);
    if (buffer != m_lastBuffer && (!m_lastPrinted.isValid() || m_lastPrinted.elapsed() >= 1000)) {
        m_err << buffer << Qt::endl;
        m_lastBuffer = buffer;
        m_lastPrinted.start();
    }
    m_poll.start();
}

void RemoteCommand::remove()
{
    const QString files =
        m_options.deleteFiles() ? QStringLiteral("delete") : QStringLiteral("keep");
    m_client.call("DELETE",
                  torrentPath(m_options.arguments().first(), QStringLiteral("?files=") + files), {},
                  [this](const ApiClient::Reply &r) {
                      if (!r.ok()) {
                          failed(r);
                          return;
                      }
                      const QString ih =
                          RemoteFormat::printable(r.json[QStringLiteral("info_hash")].toString());
                      m_err << (r.json[QStringLiteral("removed")].toBool()
                                    ? tr("Removed %1.").arg(ih)
                                    : tr("%1 is being removed.").arg(ih))
                            << Qt::endl;
                      done();
                  });
}

void RemoteCommand::watch()
{
    m_events = m_client.openEvents();
    connect(m_events, &QNetworkReply::readyRead, this, &RemoteCommand::readEvents);
    connect(m_events, &QNetworkReply::finished, this, &RemoteCommand::eventsEnded);
}

void RemoteCommand::readEvents()
{
    const int status = m_events->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error's body: eventsEnded() says what it was
    m_eventBytes += m_events->readAll();
    // One line per event: "<id> <type> <data>"; keepalive comments are not printed.
    qsizetype end = 0;
    while ((end = m_eventBytes.indexOf("\n\n")) >= 0) {
        QByteArray id;
        QByteArray type;
        QByteArray data;
        for (const QByteArray &line : m_eventBytes.left(end).split('\n')) {
            if (line.startsWith("id: "))
                id = line.mid(4);
            else if (line.startsWith("event: "))
                type = line.mid(7);
            else if (line.startsWith("data: "))
                data = line.mid(6);
        }
        m_eventBytes.remove(0, end + 2);
        if (type.isEmpty())
            continue;
        if (type == "dropped")
            m_dropped = data;
        m_out << RemoteFormat::printableJson(
                     QString::fromUtf8(id.isEmpty() ? QByteArray("-") : id) + QLatin1Char(' ') +
                     QString::fromUtf8(type) + QLatin1Char(' ') + QString::fromUtf8(data))
              << Qt::endl;
    }
}

void RemoteCommand::eventsEnded()
{
    if (m_done)
        return;
    const int status = m_events->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || m_events->error() != QNetworkReply::NoError) {
        const QJsonObject json = QJsonDocument::fromJson(m_events->readAll()).object();
        if (status != 200 || m_eventBytes.isEmpty()) {
            fail(m_client.failure(m_events, json));
            return;
        }
    }
    readEvents();
    const QString why =
        QJsonDocument::fromJson(m_dropped).object()[QStringLiteral("message")].toString();
    fail(why.isEmpty() ? tr("The engine closed the event stream.")
                       : tr("The engine closed the event stream: %1").arg(why));
}

void RemoteCommand::failed(const ApiClient::Reply &reply)
{
    // 422: the engine cannot add what was given (TorrentSource's reasons).
    fail(reply.error, reply.status == 422 ? 3 : 1);
}

void RemoteCommand::fail(const QString &message, int exitCode)
{
    if (m_done)
        return;
    m_err << tr("Error: %1").arg(RemoteFormat::printable(message)) << Qt::endl;
    done(exitCode);
}

void RemoteCommand::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    m_out.flush();
    m_err.flush();
    if (m_events)
        m_events->abort();
    if (m_streamId.isEmpty()) {
        emit finished(exitCode);
        return;
    }
    // The stream was opened for this command: release it, ready or not.
    const QString id = std::exchange(m_streamId, QString());
    m_client.call("DELETE", QStringLiteral("/streams/") + id, {},
                  [this, exitCode](const ApiClient::Reply &) { emit finished(exitCode); });
}

void RemoteCommand::interrupt(int exitCode)
{
    done(m_options.command() == QLatin1String("watch") ? 0 : exitCode);
}

} // namespace swarmplay::engine
