#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QVector>

#include "model/torrentid.h"
#include "playerwidget.h"
#include "subtitle/subtitletrack.h"

class QActionGroup;
class QMenu;
class QShortcut;
class QVideoFrame;

namespace swarmplay {

class PlaybackMemory;
class PromptBar;
class SubtitleFetcher;
class SubtitleOverlay;

// Subtitle files shown over the video by Swarmplay itself. When a file of a torrent starts,
// the subtitle files that belong to it (SubtitleMatcher) are offered, and the best one (or the
// one chosen last time) is fetched at once, ahead of the video's first pieces, and switched on
// when it arrives. Others are fetched when chosen; files from disk can be loaded too. The text
// follows the picture's frames, with a delay (Z/X, 100 ms steps) and size (G/Shift+G) the viewer
// can change; choice and delay are remembered per file. A file that cannot be read says why in
// a bar over the player; playback goes on.
class SubtitleController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Waiting,  // offered, not fetched yet
        Fetching, // its pieces are on their way
        Ready,
        Failed,
    };

    struct Entry
    {
        QString id;         // what the memory keeps: "torrent:<path>" or a local path
        QString label;      // the file name
        int fileIndex = -1; // in the torrent; -1: a file on disk
        State state = State::Waiting;
        SubtitleTrack track;
        QString error;
    };

    static constexpr qint64 DelayStepMs = 100;
    static constexpr int SizeStepPercent = 10;

    SubtitleController(PlayerWidget *player, PlaybackMemory *memory, QObject *parent = nullptr);
    ~SubtitleController() override;

    SubtitleOverlay *overlay() const { return m_overlay; }
    PromptBar *bar() const { return m_bar; }
    const QVector<Entry> &entries() const { return m_entries; }
    int current() const { return m_current; } // index into entries(), -1: none shown
    qint64 delayMs() const { return m_delayMs; }
    // The text on screen now ("" between cues).
    QString text() const;

    // What the menu and keys do. choose(-1) switches subtitles off.
    void choose(int entry);
    void toggle();
    // Reads a .srt or .vtt from disk and shows it; false (with the message shown) when it
    // cannot be read.
    bool loadFile(const QString &path);
    void chooseFile(); // asks for one with a file dialog
    void changeDelay(qint64 deltaMs);
    void changeSize(int deltaPercent);
    // The settings' subtitle size, in points.
    void setFontPoints(int points);

    // Appends the subtitle files, "Load subtitles from file…" and the delay and size entries.
    void addMenuActions(QMenu *menu);

signals:
    void changed(); // the entries, their states or the choice: menus are rebuilt
    void messageShown(const QString &message);

private:
    void onFileFound();
    void onStageChanged(PlayerWidget::Stage stage);
    void reset();
    void startFetch(int entry);
    void onFetched(int entry, const SubtitleTrack &track, const QString &error);
    void autoChoose();
    int target() const;
    void show(int entry, bool remember);
    void onFrame(const QVideoFrame &frame);
    void onPosition(qint64 ms);
    void refresh();
    void showMessage(const QString &message);
    QString delayText() const;

    PlayerWidget *m_player;
    PlaybackMemory *m_memory;
    SubtitleOverlay *m_overlay = nullptr;
    PromptBar *m_bar = nullptr;
    QActionGroup *m_group = nullptr; // the menu's entries, rebuilt with it
    QVector<QShortcut *> m_shortcuts;

    TorrentId m_id; // the file the entries belong to
    int m_file = -1;
    QVector<Entry> m_entries;
    QHash<int, SubtitleFetcher *> m_fetchers; // by entry
    int m_current = -1;
    int m_pending = -1;     // chosen while it was still being fetched
    bool m_decided = false; // shown automatically or chosen: no more automatic choices
    QString m_remembered;   // the memory's choice for this file
    int m_lastShown = -1;   // what V switches back on
    qint64 m_delayMs = 0;
    int m_sizePercent = 100;
    qint64 m_positionMs = 0; // of the picture on screen
    QElapsedTimer m_sinceFrame;
};

} // namespace swarmplay
