#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSize>
#include <QVector>

#include "model/torrentid.h"
#include "playerwidget.h"
#include "subtitle/subtitleevent.h"
#include "subtitle/subtitletrack.h"

class QMenu;
class QShortcut;
class QVideoFrame;

namespace swarmplay {

class EmbeddedTracks;
class PlaybackMemory;
class PromptBar;
class SubtitleDrawer;
class SubtitleFetcher;
class SubtitleMenu;
class SubtitleOverlay;

// The subtitles Swarmplay draws over the video itself (QMediaPlayer's own output stays off):
// the tracks inside the file (EmbeddedTracks), the subtitle files of its torrent that belong to
// it (SubtitleMatcher), fetched ahead of the video's first pieces when they are the likely
// choice, and files loaded from disk — all drawn by one SubtitleDrawer, so they look alike. The
// first choice follows the memory of the file, then the preferred languages (SubtitleChoice).
// The picture follows the frames on screen, with a delay (Z/X, 100 ms steps) and size
// (G/Shift+G) the viewer can change; choice and delay are remembered per file. A track or file
// that cannot be shown says why; playback goes on.
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
        // What the memory keeps: "embedded:<n>", "torrent:<path>" or a local path.
        QString id;
        QString label;      // the track's language and title, or the file name
        int fileIndex = -1; // in the torrent; -1: a file on disk or a track inside
        int stream = -1;    // a track inside the file: its stream; -1: a file
        EmbeddedTrack embedded;
        State state = State::Waiting;
        SubtitleTrack track;
        QString error;
    };

    static constexpr qint64 DelayStepMs = 100;
    static constexpr int SizeStepPercent = 10;
    // The settings' size that draws text at the size its track asks for.
    static constexpr int DefaultFontPoints = 24;

    SubtitleController(PlayerWidget *player, PlaybackMemory *memory, QObject *parent = nullptr);
    ~SubtitleController() override;

    SubtitleOverlay *overlay() const { return m_overlay; }
    PromptBar *bar() const { return m_bar; }
    const QVector<Entry> &entries() const { return m_entries; }
    int current() const { return m_current; } // index into entries(), -1: none shown
    qint64 delayMs() const { return m_delayMs; }
    // The text on screen now, where it is known (a file's cues; "" between them).
    QString text() const;
    SubtitleDrawer *drawer() const { return m_drawer; }
    // The languages tried first when nothing was chosen for a file (ISO 639 codes).
    void setPreferredLanguages(const QStringList &languages);

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

    // Appends "Off", the tracks inside the file, the subtitle files, "Load subtitles from
    // file…" and the delay and size entries.
    void addMenuActions(QMenu *menu);
    // The tracks inside the file have been read (or there are none to read).
    bool embeddedKnown() const;

signals:
    void changed(); // the entries, their states or the choice: menus are rebuilt
    void messageShown(const QString &message);

private:
    void onFileFound();
    void onEmbeddedKnown();
    void onEmbeddedFailed(int stream, const QString &reason);
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
    void draw(int entry); // hands the entry's track to the drawer
    void onPicture(qint64 ms, const SubtitlePicture &picture);
    void applyScale();
    QString audioLanguage() const;
    void showMessage(const QString &message);
    QString delayText() const;

    PlayerWidget *m_player;
    PlaybackMemory *m_memory;
    SubtitleOverlay *m_overlay = nullptr;
    SubtitleDrawer *m_drawer = nullptr;
    EmbeddedTracks *m_embedded = nullptr;
    QStringList m_preferred;
    int m_fontPoints = DefaultFontPoints;
    PromptBar *m_bar = nullptr;
    SubtitleMenu *m_menu = nullptr;
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
    QSize m_videoSize; // of the frames, for a file's text
};

} // namespace swarmplay
