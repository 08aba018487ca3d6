#pragma once

#include <QObject>
#include <QString>

class QActionGroup;
class QMenu;

namespace swarmplay {

class PlayerWidget;
class SubtitleController;
struct EmbeddedTrack;

// The Subtitles menu's part that SubtitleController fills: "Off", the tracks inside the file,
// the subtitle files, "Load subtitles from file…", and the delay and size entries, whose keys
// are the player's own shortcuts. Rebuilt whenever the controller changes.
class SubtitleMenu : public QObject
{
    Q_OBJECT

public:
    SubtitleMenu(SubtitleController *subtitles, PlayerWidget *player);

    void addTo(QMenu *menu);
    // "English — Signs & Songs (default)", "Track 2 (forced)": what the menu calls a track.
    static QString trackLabel(const EmbeddedTrack &track);

private:
    void addEntries(QMenu *menu, bool embedded);

    SubtitleController *m_subtitles;
    PlayerWidget *m_player;
    QActionGroup *m_group; // the entries, rebuilt with the menu
};

} // namespace swarmplay
