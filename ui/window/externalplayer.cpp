#include "externalplayer.h"

#include <QDesktopServices>
#include <QProcess>
#include <QStandardPaths>

namespace swarmplay {

QStringList ExternalPlayer::candidates()
{
    return {QStringLiteral("vlc"), QStringLiteral("mpv")};
}

QString ExternalPlayer::findProgram()
{
    for (const QString &name : candidates()) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString ExternalPlayer::open(const QUrl &url, QString *usedProgram)
{
    if (usedProgram)
        usedProgram->clear();
    const QString program = findProgram();
    if (!program.isEmpty()) {
        // The URL is one argument, never passed through a shell: its token must not be split
        // or expanded.
        if (QProcess::startDetached(program, {url.toString(QUrl::FullyEncoded)})) {
            if (usedProgram)
                *usedProgram = program;
            return {};
        }
        // Found but would not start (a broken install): the desktop may still have something.
    }
    if (QDesktopServices::openUrl(url))
        return {};
    return tr("No media player to hand the stream to: install VLC or mpv, or open this address "
              "in one yourself: %1")
        .arg(url.toString(QUrl::FullyEncoded));
}

} // namespace swarmplay
