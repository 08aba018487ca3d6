#pragma once

#include <QObject>
#include <QTimer>

#include "model/torrentid.h"
#include "playerwidget.h"

namespace swarmplay {

class PlaybackMemory;
class PromptBar;

// Remembers where the viewer is in every file (every few seconds while it plays, and when it
// stops or the window closes) and, when a file with a remembered position is opened again,
// offers "Resume from 12:34" or "Start over" in a bar over the player. Playback is not held up:
// it begins at the start, and accepting jumps to the remembered position (at once, or as soon as
// the first picture is there). Positions under 10 s or in the last 5 % are not offered.
class ResumeKeeper : public QObject
{
    Q_OBJECT

public:
    ResumeKeeper(PlayerWidget *player, PlaybackMemory *memory, QObject *parent = nullptr);

    PromptBar *bar() const { return m_bar; }
    // Where the open offer would resume, -1 when none is open.
    qint64 offeredPosition() const { return m_offerMs; }
    // Writes the position of what plays now into the memory and the memory to disk.
    void saveNow();

signals:
    void resumeOffered(qint64 ms);

private:
    void onStageChanged(PlayerWidget::Stage stage);
    void onPosition(qint64 ms);
    void onFirstFrame();
    void record();
    void accept();
    void dismiss();

    PlayerWidget *m_player;
    PlaybackMemory *m_memory;
    PromptBar *m_bar = nullptr;
    QTimer m_saveTimer;
    TorrentId m_id; // the file being tracked
    int m_file = -1;
    qint64 m_lastMs = -1; // its last position while a live device played it
    qint64 m_durationMs = 0;
    qint64 m_offerMs = -1;      // the position on offer, -1: no offer open
    bool m_seekPending = false; // accepted before the first picture: jump once it is there
    qint64 m_pendingMs = -1;    // where to
    bool m_framesShown = false;
};

} // namespace swarmplay
