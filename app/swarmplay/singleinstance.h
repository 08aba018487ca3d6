#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace swarmplay {

// One Swarmplay window per user, graphical session and state folder: the first launch listens on
// a local socket, a later one hands its sources to it and exits, so a double-clicked .torrent or
// a clicked magnet link opens in the window that is already there.
//
// The socket's name is a hash of the user name, XDG_RUNTIME_DIR, the display (WAYLAND_DISPLAY,
// else DISPLAY) and the state folder. The display separates graphical sessions of one user; the
// state folder keeps a test run with --state-dir apart from the user's own window (and two
// windows on different state folders are two libraries, so they should not merge anyway).
// XDG_SESSION_ID is left out on purpose: programs started by the desktop (a browser's xdg-open)
// do not always have it. The socket lives in XDG_RUNTIME_DIR when there is one.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &stateDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands sources to a running instance, or becomes the one others hand theirs to. True when
    // this process should go on and open its window (the first instance, or an instance on its
    // own because it could not listen: message() then says why); false when it should exit
    // with exitCode(): 0 once the running instance has taken the sources, 1 when one is
    // there but did not answer in time. A socket left by a crashed instance (nobody accepts
    // on it) is removed and replaced.
    bool claim(const QStringList &sources);
    int exitCode() const { return m_exitCode; }
    QString message() const { return m_message; }

    // Stops taking sources from later launches (while this one shuts down).
    void close();

    QString serverName() const { return m_serverName; }
    // The name for a state folder in this environment (user, runtime folder, display).
    static QString serverNameFor(const QString &stateDir);
    // Sources as the running instance must see them: local files, relative to this process's
    // working folder, become absolute paths; magnet links, web addresses and info hashes stay.
    static QStringList absoluteSources(const QStringList &sources, const QString &workingDir);

    // How long a second launch waits for the first to answer (it may be busy loading a video).
    static constexpr int AnswerTimeoutMs = 10000;

signals:
    // A later launch asked for these (possibly none: it only wants the window to the front).
    void sourcesReceived(const QStringList &sources);

private:
    bool forward(QLocalSocket *socket, const QStringList &sources);
    bool listen();
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_serverName;
    QString m_lockPath;
    QLocalServer *m_server = nullptr;
    int m_exitCode = 0;
    QString m_message;
};

} // namespace swarmplay
