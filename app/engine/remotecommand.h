#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include "apiclient.h"
#include "remoteoptions.h"

class QNetworkReply;

namespace swarmplay::engine {

// `swarmplay-engine remote add|list|files|stream|rm|watch [--window]`: drives a running engine
// through its control API, so a user can script Swarmplay without writing HTTP. Tables and
// URLs go to stdout, progress and errors to stderr. Exit codes as the other commands: 0 done,
// 1 failed, 2 bad command line, 3 the source cannot be added.
class RemoteCommand : public QObject
{
    Q_OBJECT

public:
    explicit RemoteCommand(const RemoteOptions &options, QObject *parent = nullptr);
    ~RemoteCommand() override;

    void start();
    // SIGINT/SIGTERM: release what was opened and end (watch ends with 0, it runs until then).
    void interrupt(int exitCode);

signals:
    void finished(int exitCode);

private:
    void add();
    void list();
    void files();
    void stream();
    void remove();
    void watch();

    void pollStream();
    void streamAnswered(const ApiClient::Reply &reply);
    void readEvents();
    void eventsEnded();
    // A failed call: the reason, and 3 when the engine refused the source.
    void failed(const ApiClient::Reply &reply);
    void fail(const QString &message, int exitCode = 1);
    void done(int exitCode = 0);
    QString torrentPath(const QString &infoHash, const QString &rest = {}) const;

    const RemoteOptions &m_options;
    ApiClient m_client;
    QTextStream m_out;
    QTextStream m_err;
    bool m_done = false;
    // stream
    QString m_streamId;
    QTimer m_poll;
    QString m_lastBuffer;
    QElapsedTimer m_lastPrinted;
    // watch
    QNetworkReply *m_events = nullptr;
    QByteArray m_eventBytes;
    QByteArray m_dropped; // the engine's farewell, when it gave one
};

} // namespace swarmplay::engine
