#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QTextStream>

#include "engineoptions.h"

namespace swarmplay {
class Session;
class TorrentSource;
struct AddOptions;
struct SessionEvent;
struct TorrentInfo;
class TorrentId;
} // namespace swarmplay

namespace swarmplay::engine {

// What every swarmplay-engine command shares: the session made from the command line, the
// peers and DHT nodes it names, the time limit, and how a command ends (finished(exit code)).
class EngineCommand : public QObject
{
    Q_OBJECT

public:
    explicit EngineCommand(const EngineOptions &options, QObject *parent = nullptr);
    ~EngineCommand() override;

    virtual void start() = 0;
    // SIGINT/SIGTERM: stop cleanly (resume data saved) and exit with the given code.
    void interrupt(int exitCode);

signals:
    void finished(int exitCode);

protected:
    Session *session();
    // The settings session() will use; change them before the first call.
    SessionSettings &sessionSettings() { return m_settings; }
    // Adds the source; on success calls added(id), connects the named peers, and calls
    // metadata(id, info) at once if the metadata is already known (a .torrent). A failure ends
    // the command with exit code 3.
    void addSource(const TorrentSource &source, const AddOptions &options,
                   const std::function<void(const TorrentId &)> &added,
                   const std::function<void(const TorrentId &, const TorrentInfo &)> &metadata);
    // Connects the --peer and --dht-node addresses for this torrent.
    void contactNamedPeers(const TorrentId &id);
    // Starts the --timeout clock (or a default when the option is absent and defaultSeconds > 0).
    void startTimeout(int defaultSeconds, const QString &whatFailed);
    // Prints the message to stderr and ends with exitCode after an orderly shutdown.
    void fail(const QString &message, int exitCode = 1);
    void done(int exitCode = 0);
    // Called by done() before the session shuts down: stop what uses it.
    virtual void stopping() {}

    // Clears a progress line first when stderr is a terminal.
    QString lineStart() const { return m_tty ? QStringLiteral("\r\033[K") : QString(); }
    bool isTerminal() const { return m_tty; }
    bool isDone() const { return m_done; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const EngineOptions &options() const { return m_options; }

private:
    const EngineOptions &m_options; // owned by main(), outlives the command
    SessionSettings m_settings;
    std::unique_ptr<Session> m_session;
    QTextStream m_out;
    QTextStream m_err;
    bool m_tty = false;
    bool m_done = false;
};

} // namespace swarmplay::engine
