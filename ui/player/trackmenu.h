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

// The Audio and Subtitles menus for the tracks inside the playing file (QMediaPlayer's track
// lists), named by language and title. A choice is made at once and remembered for that file
// (in the same memory as its position), and applied again whenever the file is opened. The
// Subtitles menu also holds the subtitle files Swarmplay draws itself (SubtitleController).
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

    // Whether this Qt can switch on a file's own subtitles. Qt 6.4.2's FFmpeg backend crashes in
    // its subtitle decoder as soon as one is activated (a local MKV with SRT, an MP4 with
    // mov_text alike; measured on Debian 12), so there the tracks are listed but not offered.
    static bool canShowEmbeddedSubtitles();

    // Chooses a track as the menus do (audio: 0..n-1; subtitles: -1 is off).
    void chooseAudio(int track);
    void chooseSubtitle(int track);

private:
    void rebuild();
    void applyRemembered();

    PlayerWidget *m_player;
    PlaybackMemory *m_memory;
    QMenu *m_audio = nullptr;
    QMenu *m_subtitles = nullptr;
    QActionGroup *m_audioGroup = nullptr;
    QActionGroup *m_subtitleGroup = nullptr;
    SubtitleController *m_files = nullptr;
};

} // namespace swarmplay
