#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace swarmplay {

// Hands a stream's loopback URL to a media player outside Swarmplay: VLC or mpv when one is
// installed (they play HTTP streams as they arrive and wait for slow bytes), else whatever the
// desktop opens http addresses with.
class ExternalPlayer
{
    Q_DECLARE_TR_FUNCTIONS(ExternalPlayer)

public:
    // The programs looked for in PATH, in order of preference.
    static QStringList candidates();
    // The full path of the first candidate found, empty when none is installed.
    static QString findProgram();

    // Starts the player detached (it outlives Swarmplay's window if the user wants). Returns an
    // empty string on success, else a message for the user. usedProgram receives the program
    // started, or "" when the desktop's handler was asked instead.
    static QString open(const QUrl &url, QString *usedProgram = nullptr);
};

} // namespace swarmplay
