#pragma once

#include <QTabWidget>
#include <QTimer>

#include "model/torrentid.h"
#include "model/torrentinfo.h"

class QAbstractItemModel;
class QListView;
class QTreeView;

namespace swarmplay {

class FileListModel;
class InfoPane;
class LogModel;
class PeerListModel;
class Session;
class TrackerListModel;

// Everything about the torrent chosen in the window's list, one tab per aspect: its files
// (double-click plays one), the peers it is connected to, its trackers, its metadata, and the
// session's log. The visible tab is fetched again each second while the window is shown; the
// models update in place, so selections and scroll positions stay where the user left them.
class TorrentView : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        FilesTab,
        PeersTab,
        TrackersTab,
        InfoTab,
        LogTab,
    };
    Q_ENUM(Tab)

    explicit TorrentView(Session *session, QWidget *parent = nullptr);

    // Shows this torrent (an invalid id: none). Lists what the session knows at once and asks
    // for the rest.
    void setTorrent(const TorrentId &id);
    TorrentId torrent() const { return m_id; }

    // The file selected in the Files tab, -1 when none is.
    int selectedFileIndex() const;
    void selectFile(int fileIndex);

    // How often the visible tab is fetched again; 1000 ms unless set.
    void setRefreshInterval(int msecs) { m_refresh.setInterval(msecs); }

    FileListModel *fileModel() const { return m_files; }
    PeerListModel *peerModel() const { return m_peers; }
    TrackerListModel *trackerModel() const { return m_trackers; }
    LogModel *logModel() const { return m_log; }
    QTreeView *fileView() const { return m_fileView; }
    QTreeView *peerView() const { return m_peerView; }

signals:
    // The user asked for this file: double-click, Enter, or the context menu.
    void fileActivated(const swarmplay::TorrentId &id, int fileIndex);
    void copyStreamUrlRequested(const swarmplay::TorrentId &id, int fileIndex);
    void externalPlayerRequested(const swarmplay::TorrentId &id, int fileIndex);

protected:
    void changeEvent(QEvent *e) override;

private:
    QTreeView *makeTable(QAbstractItemModel *model, int stretchColumn, const char *objectName);
    void onMetadata(const TorrentId &id, const TorrentInfo &info);
    void refresh();
    void refreshFiles();
    void refreshPeers();
    void refreshTrackers();
    void showFileMenu(const QPoint &pos);
    void retranslate();

    Session *m_session;
    TorrentId m_id;
    FileListModel *m_files = nullptr;
    PeerListModel *m_peers = nullptr;
    TrackerListModel *m_trackers = nullptr;
    LogModel *m_log = nullptr;
    QTreeView *m_fileView = nullptr;
    QTreeView *m_peerView = nullptr;
    QTreeView *m_trackerView = nullptr;
    InfoPane *m_info = nullptr;
    QListView *m_logView = nullptr;
    QTimer m_refresh;
    // One request of each kind in flight at a time: a slow answer is not stacked up behind.
    bool m_filesPending = false;
    bool m_peersPending = false;
    bool m_trackersPending = false;
};

} // namespace swarmplay
