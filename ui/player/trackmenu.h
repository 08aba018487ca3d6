#pragma once

#include <QObject>

class QActionGroup;
class QMediaMetaData;
class QMenu;
class QWidget;

namespace swarmplay {

class PlaybackMemory;
class PlayerWidget;
class SubtitleController;

// The Audio and Subtitles menus. Audio: the tracks inside the playing file (QMediaPlayer's
// list), named by language and title; a choice is made at once, remembered for that file (in
// the same memory as its position) and applied again whenever the file is opened. Subtitles:
// what SubtitleController draws itself — the tracks inside the file and subtitle files.
class TrackMenu : public QObject
{
    Q_OBJECT

public:
    // The menus are children of menuParent (the window whose menu bar shows them).
    TrackMenu(PlayerWidget *player, PlaybackMemory *memory, QWidget *menuParent);

    QMenu *audioMenu() const { return m_audio; }
    QMenu *subtitleMenu() const { return m_subtitles; }
    SubtitleController *subtitleFiles() const { return m_files; }
    void retranslate();

    // "English", "German — Commentary", "Track 2": what a menu entry calls a track.
    static QString trackName(const QMediaMetaData &track, int index);

    // Chooses an audio track as the menu does (0..n-1).
    void chooseAudio(int track);

private:
    void rebuild();
    void applyRemembered();

    PlayerWidget *m_player;
    PlaybackMemory *m_memory;
    QMenu *m_audio = nullptr;
    QMenu *m_subtitles = nullptr;
    QActionGroup *m_audioGroup = nullptr;
    SubtitleController *m_files = nullptr;
};

} // namespace swarmplay
