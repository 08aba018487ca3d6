#pragma once

#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QVector>

#include "model/fileentry.h"
#include "model/torrentid.h"

class QShortcut;

namespace swarmplay {

class PlayerWidget;
class PromptBar;
class Session;

// At the end of a file, offers the next video of the same torrent, in the order the Files tab
// lists names ("E2" before "E10"): a bar over the player with "Play now (N)", and the N key
// plays the next video whenever there is one. What to play is asked of the window
// (playRequested), which plays files the one way it always does.
class NextEpisode : public QObject
{
    Q_OBJECT

public:
    NextEpisode(PlayerWidget *player, Session *session, QObject *parent = nullptr);

    // The index of the video after current in natural order; -1 when current is the last.
    static int nextVideo(const QVector<FileEntry> &files, int current);
    // The same for what the player plays now.
    int nextFile() const;

    PromptBar *bar() const { return m_bar; }
    QShortcut *shortcut() const { return m_key; }

    // Plays the next video now, if there is one.
    void playNext();

signals:
    void playRequested(const swarmplay::TorrentId &id, int fileIndex);

private:
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void offer();
    void updateKey();

    PlayerWidget *m_player;
    QPointer<Session> m_session;
    PromptBar *m_bar = nullptr;
    QShortcut *m_key = nullptr;
};

} // namespace swarmplay
