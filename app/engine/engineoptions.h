#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include "session/sessionsettings.h"

namespace swarmplay::engine {

// The command line of swarmplay-engine: the command, its source, and the network and storage
// options every command shares (`remote` has a command line of its own, RemoteOptions).
class EngineOptions
{
    Q_DECLARE_TR_FUNCTIONS(EngineOptions)

public:
    EngineOptions();

    // False with error() set when the command line is wrong.
    bool parse(const QStringList &arguments);

    QString command() const { return m_command; }
    QString source() const { return m_source; }
    QString error() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    bool quiet() const { return m_parser.isSet(QStringLiteral("quiet")); }
    QVector<int> files() const { return m_files; }
    int timeoutSeconds() const { return m_timeout; }
    QStringList peers() const { return m_parser.values(QStringLiteral("peer")); }
    QStringList dhtNodes() const { return m_parser.values(QStringLiteral("dht-node")); }
    bool status() const { return m_parser.isSet(QStringLiteral("status")); }
    int httpPort() const { return m_httpPort; }
    // --bind, or null when not given.
    QHostAddress bindAddress() const { return m_bindAddress; }

    // Settings for the session; downloadDir and stateDir filled from --dir / --state-dir.
    SessionSettings sessionSettings() const { return m_settings; }
    // The settings the command line named, by their control API names (download_rate_limit,
    // dht, ...): they win over what the daemon kept from clients' changes.
    QStringList settingsGiven() const;

    // Where the daemon keeps its state and its downloads unless told.
    static QString defaultDaemonStateDir();
    static QString defaultDaemonDownloadDir();

private:
    QCommandLineParser m_parser;
    QString m_command;
    QString m_source;
    QString m_error;
    QVector<int> m_files;
    int m_timeout = 0;
    int m_httpPort = 0;
    QHostAddress m_bindAddress;
    bool m_help = false;
    bool m_version = false;
    SessionSettings m_settings;
};

} // namespace swarmplay::engine
