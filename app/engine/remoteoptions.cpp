#include "remoteoptions.h"

namespace swarmplay::engine {

RemoteOptions::RemoteOptions()
{
    m_parser.setApplicationDescription(
        tr("Controls a running swarmplay-engine daemon (or, with --window, the player window).\n\n"
           "Commands:\n"
           "  add <source>               add a magnet link, an info hash, an http(s) address or "
           "a .torrent file\n"
           "  list                       list the torrents\n"
           "  files <info hash>          list a torrent's files\n"
           "  stream <info hash> <file>  buffer a file and print its stream URL for any player\n"
           "  rm <info hash>             remove a torrent (its files stay unless "
           "--delete-files)\n"
           "  watch                      print the engine's events as they happen"));
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("add, list, files, stream, rm or watch"),
                                   QStringLiteral("remote <command> [arguments]"));
    m_parser.addOptions({
        {QStringLiteral("window"), tr("Control the player window instead of the daemon.")},
        {QStringLiteral("prebuffer"),
         tr("stream: bytes to have from the start of the file before the URL is printed."),
         tr("bytes")},
        {QStringLiteral("delete-files"), tr("rm: delete the downloaded files too.")},
    });
}

bool RemoteOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    m_help = m_parser.isSet(QStringLiteral("help"));
    if (m_help)
        return true;
    QStringList positional = m_parser.positionalArguments();
    positional.removeFirst(); // "remote"
    if (positional.isEmpty()) {
        m_error = tr("remote needs a command: add, list, files, stream, rm or watch.");
        return false;
    }
    m_command = positional.takeFirst();
    m_arguments = positional;
    struct Shape
    {
        const char *command;
        int arguments;
        const char *usage;
    };
    static const Shape shapes[] = {
        {"add", 1, "add <source>"},        {"list", 0, "list"},
        {"files", 1, "files <info hash>"}, {"stream", 2, "stream <info hash> <file>"},
        {"rm", 1, "rm <info hash>"},       {"watch", 0, "watch"},
    };
    const Shape *shape = nullptr;
    for (const Shape &s : shapes) {
        if (m_command == QLatin1String(s.command))
            shape = &s;
    }
    if (!shape) {
        m_error = tr("Unknown remote command \"%1\"; use add, list, files, stream, rm or watch.")
                      .arg(m_command);
        return false;
    }
    if (m_arguments.size() != shape->arguments) {
        m_error = tr("Usage: swarmplay-engine remote %1").arg(QLatin1String(shape->usage));
        return false;
    }
    if (m_command == QLatin1String("stream")) {
        bool ok = false;
        const int file = m_arguments.at(1).toInt(&ok);
        if (!ok || file < 0) {
            m_error = tr("stream takes a file number from remote files, not \"%1\".")
                          .arg(m_arguments.at(1));
            return false;
        }
    }
    if (m_parser.isSet(QStringLiteral("prebuffer"))) {
        bool ok = false;
        m_prebuffer = m_parser.value(QStringLiteral("prebuffer")).toLongLong(&ok);
        if (!ok || m_prebuffer < 0) {
            m_error = tr("--prebuffer takes a number of bytes.");
            return false;
        }
    }
    return true;
}

} // namespace swarmplay::engine
