#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

// Off unless asked for: QT_LOGGING_RULES="swarmplay.instance.info=true" prints where the first
// instance listens and what later launches hand it (the tests read that).
Q_LOGGING_CATEGORY(lcInstance, "swarmplay.instance", QtWarningMsg)

namespace swarmplay {

namespace {

// One line of compact JSON each way: {"swarmplay":1,"sources":[...]} and "ok".
constexpr int ProtocolVersion = 1;
constexpr qint64 MaxMessageBytes = 1 << 20;
const QByteArray Answer = QByteArrayLiteral("ok\n");
// Unix socket paths are limited to about 107 bytes.
constexpr int MaxSocketPath = 100;

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    user += QLatin1Char('/') + QString::number(::getuid());
#endif
    return user;
}

bool looksLikeNonFile(const QString &text)
{
    if (QDir::isAbsolutePath(text))
        return false;
    // magnet:, http(s):, file: ... but not a Windows drive letter, whose "scheme" is one letter.
    if (QUrl(text).scheme().size() > 1)
        return true;
    static const QRegularExpression hash(
        QStringLiteral("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[A-Za-z2-7]{32})$"));
    return hash.match(text).hasMatch();
}

} // namespace

SingleInstance::SingleInstance(const QString &stateDir, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(stateDir))
{
    m_lockPath = QDir::isAbsolutePath(m_serverName)
                     ? m_serverName + QStringLiteral(".lock")
                     : QDir::temp().filePath(m_serverName + QStringLiteral(".lock"));
}

SingleInstance::~SingleInstance()
{
    close();
}

QString SingleInstance::serverNameFor(const QString &stateDir)
{
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QStringList parts = {userName(), runtimeDir, display, QDir::cleanPath(stateDir)};
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString name = QStringLiteral("swarmplay-") + QString::fromLatin1(hash);
    // The runtime folder is the user's own (mode 0700) and emptied at logout; without one, Qt
    // puts the socket in the temporary folder (and UserAccessOption keeps others out).
    const QFileInfo runtime(runtimeDir);
    if (!runtimeDir.isEmpty() && runtime.isDir() && runtime.isWritable()) {
        const QString path = QDir(runtimeDir).filePath(name);
        if (QFile::encodeName(path).size() <= MaxSocketPath)
            return path;
    }
    return name;
}

QStringList SingleInstance::absoluteSources(const QStringList &sources, const QString &workingDir)
{
    QStringList result;
    const QDir dir(workingDir);
    for (const QString &source : sources) {
        const QString text = source.trimmed();
        const QFileInfo file(dir, text);
        if (text.isEmpty() || (!file.exists() && looksLikeNonFile(text)))
            result << source;
        else // a file, or a path that does not exist: the error then names the one meant
            result << QDir::cleanPath(file.absoluteFilePath());
    }
    return result;
}

bool SingleInstance::claim(const QStringList &sources)
{
    // Two launches at once (a browser opening two links) must not both become the first. The
    // lock is only held while deciding; QLockFile takes over a lock whose process has died.
    // Should it fail all the same, carrying on unlocked is right in all but that race.
    QLockFile lock(m_lockPath);
    lock.tryLock(AnswerTimeoutMs);

    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(2000)) {
        lock.unlock();
        if (forward(&socket, sources)) {
            m_exitCode = 0;
            return false;
        }
        m_exitCode = 1;
        m_message = tr("Swarmplay is already running but did not answer within %1 seconds. Close "
                       "it, or open another window with --new-instance.")
                        .arg(AnswerTimeoutMs / 1000);
        return false;
    }
    const QLocalSocket::LocalSocketError error = socket.error();
    if (error != QLocalSocket::ServerNotFoundError &&
        error != QLocalSocket::ConnectionRefusedError) {
        m_message = tr("Swarmplay cannot tell whether it is already running (%1), so this window "
                       "will not receive what you open later from elsewhere.")
                        .arg(socket.errorString());
        return true;
    }
    listen();
    return true;
}

bool SingleInstance::forward(QLocalSocket *socket, const QStringList &sources)
{
    const QJsonObject message{{QStringLiteral("swarmplay"), ProtocolVersion},
                              {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}};
#ifdef Q_OS_WIN
    // Windows lets only the process the user just started take the foreground; this one passes
    // that right on, so the running window can come to the front.
    ::AllowSetForegroundWindow(ASFW_ANY);
#endif
    socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    QElapsedTimer clock;
    clock.start();
    QByteArray answer;
    while (!answer.contains('\n')) {
        const qint64 left = AnswerTimeoutMs - clock.elapsed();
        if (left <= 0)
            break;
        if (socket->bytesAvailable() == 0 && !socket->waitForReadyRead(int(left)))
            break;
        answer += socket->readAll();
    }
    qCInfo(lcInstance, "handed %d source(s) to %s: %s", int(sources.size()),
           qUtf8Printable(m_serverName), answer == Answer ? "taken" : "no answer");
    return answer == Answer;
}

bool SingleInstance::listen()
{
    // Nobody accepted: whatever is at the name was left by an instance that crashed.
    QLocalServer::removeServer(m_serverName);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        m_message = tr("Later launches of Swarmplay cannot reach this window (%1); each will "
                       "open a window of its own.")
                        .arg(server->errorString());
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCInfo(lcInstance, "listening on %s", qUtf8Printable(m_server->fullServerName()));
    return true;
}

void SingleInstance::close()
{
    if (!m_server)
        return;
    m_server->close(); // also removes the socket file
    delete m_server;
    m_server = nullptr;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that connects and says nothing is not kept forever.
        QTimer::singleShot(AnswerTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxMessageBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(MaxMessageBytes);
    QJsonParseError parseError;
    const QJsonObject message = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        message.value(QStringLiteral("swarmplay")).toInt() != ProtocolVersion) {
        qCWarning(lcInstance) << "ignored a message that is not from this Swarmplay version";
        socket->abort();
        return;
    }
    QStringList sources;
    const QJsonArray list = message.value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &v : list)
        sources << v.toString();
    socket->write(Answer);
    socket->flush();
    socket->disconnectFromServer();
    qCInfo(lcInstance, "received %d source(s) from another launch: %s", int(sources.size()),
           qUtf8Printable(sources.join(QLatin1Char(' '))));
    emit sourcesReceived(sources);
}

} // namespace swarmplay
