#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace swarmplay::engine {

// The command line of `swarmplay-engine remote`: which running engine (the daemon, or with
// --window the player window), the command and its arguments.
class RemoteOptions
{
    Q_DECLARE_TR_FUNCTIONS(RemoteOptions)

public:
    RemoteOptions();

    // arguments: the whole command line (program, "remote", ...). False with error() set when
    // it is wrong.
    bool parse(const QStringList &arguments);

    QString command() const { return m_command; } // add, list, files, stream, rm or watch
    QStringList arguments() const { return m_arguments; }
    QString error() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }
    bool helpRequested() const { return m_help; }

    bool window() const { return m_parser.isSet(QStringLiteral("window")); }
    bool deleteFiles() const { return m_parser.isSet(QStringLiteral("delete-files")); }
    qint64 prebufferBytes() const { return m_prebuffer; }
    // The engine's discovery file: daemon.json, or window.json with --window.
    QString discoveryName() const
    {
        return window() ? QStringLiteral("window") : QStringLiteral("daemon");
    }

private:
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_arguments;
    QString m_error;
    qint64 m_prebuffer = 0;
    bool m_help = false;
};

} // namespace swarmplay::engine
