#pragma once

#include <memory>

#include <QMainWindow>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include "model/torrentid.h"
#include "model/torrentinfo.h"
#include "model/torrentsnapshot.h"

class QAction;
class QShortcut;
class QSplitter;
class QTabWidget;

namespace swarmplay {

class AppSettings;
class LibraryKeeper;
class MessageBar;
class NextEpisode;
class PlaybackMemory;
class PlayerWidget;
class ResumeKeeper;
class Session;
class SourceOpener;
class StatusBarWidget;
class RemoteControl;
class StreamServer;
class TorrentListModel;
class TorrentListView;
class TorrentView;
class TrackMenu;

// Swarmplay's window: the player on top; below it the open torrents (and the library of every
// torrent opened before) and the chosen torrent's files, peers, trackers, metadata and log.
// Torrents come in by the File menu, Ctrl+V, drag and drop and the command line, all through
// openSource(); once a torrent's metadata is in, its largest video starts unless the user has
// picked a file. It drives the engine it is given and owns none of it: the session and the loopback
// stream server belong to the application.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // server may be null: the window then has no stream URLs to copy or hand to other players.
    MainWindow(Session *session, StreamServer *server, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A .torrent path, magnet link, info hash or http(s) address of a .torrent. What cannot be
    // opened shows the core's message in the message bar; the window stays as it was.
    void openSource(const QString &text);
    void openSources(const QStringList &texts);

    // Plays a file of an open torrent now (stops what played) and makes sure it downloads.
    void playFile(const TorrentId &id, int fileIndex);

    // The torrent shown in the panes below the player; invalid when none.
    TorrentId currentTorrent() const { return m_current; }
    void setCurrentTorrent(const TorrentId &id);

    // The loopback URL of a file, empty without a server. The name in it follows the metadata.
    QUrl streamUrl(const TorrentId &id, int fileIndex) const;
    // The file the Playback menu's actions mean: the one playing, else the one selected in the
    // Files tab, else the current torrent's largest video. False when there is none.
    bool streamTarget(TorrentId *id, int *fileIndex) const;
    // Copy stream URL / Open in external player for that file or a given one.
    void copyStreamUrl();
    void copyStreamUrl(const TorrentId &id, int fileIndex);
    void openInExternalPlayer();
    void openInExternalPlayer(const TorrentId &id, int fileIndex);

    // The viewer's settings (the dialog, what removing a torrent does). Not owned; without one
    // the window keeps its own in settings.ini in the session's state folder.
    void setAppSettings(AppSettings *settings);
    AppSettings *appSettings();
    // The switch of the window's control API, which the settings turn on and off. Not owned.
    void setRemoteControl(RemoteControl *remote) { m_remote = remote; }
    // Edit ▸ Settings…
    void showSettings();

    // A message across the top of the window, e.g. why the demo could not start.
    void showError(const QString &message);
    void showInformation(const QString &message);

    PlayerWidget *player() const { return m_player; }
    TorrentView *torrentView() const { return m_view; }
    TorrentListView *torrentList() const { return m_list; }
    TorrentListModel *torrentListModel() const { return m_torrents; }
    // Every torrent ever opened: the Library tab beside the open torrents.
    LibraryKeeper *library() const { return m_library; }
    // The tabs holding the open torrents (0) and the library (1).
    QTabWidget *listTabs() const { return m_lists; }
    MessageBar *messageBar() const { return m_messages; }
    StatusBarWidget *statusBarWidget() const { return m_status; }
    ResumeKeeper *resumeKeeper() const { return m_resume; }
    NextEpisode *nextEpisode() const { return m_next; }
    TrackMenu *trackMenu() const { return m_tracks; }

    // The window's actions, for tests and for the application to extend.
    QAction *openTorrentAction() const { return m_openTorrent; }
    QAction *openLinkAction() const { return m_openLink; }
    QAction *copyStreamUrlAction() const { return m_copyUrl; }
    QAction *externalPlayerAction() const { return m_external; }
    QAction *settingsAction() const { return m_settingsAction; }

signals:
    // A source was added to the session (or was there already) and is now the current torrent.
    void torrentOpened(const swarmplay::TorrentId &id);
    void openFailed(const QString &text, const QString &message);
    // The window asked the player to play this file (a double-click or the automatic choice).
    void playRequested(const swarmplay::TorrentId &id, int fileIndex);

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dragMoveEvent(QDragMoveEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    void buildLayout();
    void buildMenus();
    void connectSession();
    void retranslate();
    void updateActions();
    void updateTitle();

    void chooseTorrentFiles();
    void chooseLink();
    void pasteSource();
    void reportNewErrors(const QVector<TorrentSnapshot> &snapshots);
    void onOpened(const TorrentId &id, bool alreadyPresent);
    void onOpenFailed(const QString &text, const QString &message);
    void onMetadata(const TorrentId &id, const TorrentInfo &info);
    void autoPlay(const TorrentId &id, const TorrentInfo &info);
    void removeCurrentTorrent();
    void setPanelsHidden(bool hidden);
    void showAbout();

    Session *m_session;
    StreamServer *m_server;
    SourceOpener *m_opener = nullptr;
    PlayerWidget *m_player = nullptr;
    TorrentView *m_view = nullptr;
    TorrentListModel *m_torrents = nullptr;
    TorrentListView *m_list = nullptr;
    QTabWidget *m_lists = nullptr;
    LibraryKeeper *m_library = nullptr;
    MessageBar *m_messages = nullptr;
    StatusBarWidget *m_status = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_panels = nullptr;
    QShortcut *m_paste = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_playbackMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openTorrent = nullptr;
    QAction *m_openLink = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_playPause = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_copyUrl = nullptr;
    QAction *m_external = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QAction *m_settingsAction = nullptr;

    AppSettings *m_settings = nullptr;
    std::unique_ptr<AppSettings> m_ownSettings;
    RemoteControl *m_remote = nullptr;
    // Where each file stopped and what was chosen in it; the helpers below write to it.
    std::unique_ptr<PlaybackMemory> m_memory;
    ResumeKeeper *m_resume = nullptr;
    NextEpisode *m_next = nullptr;
    TrackMenu *m_tracks = nullptr;

    TorrentId m_current;
    // The torrent opened last, whose largest video starts once its metadata is in, unless the
    // user picks a file first. Invalid when nothing waits.
    TorrentId m_autoPlay;
    QString m_lastTorrentDir;
    QSet<TorrentId> m_inError; // reported already; reported again only after it recovers
};

} // namespace swarmplay
