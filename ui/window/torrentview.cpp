#include "torrentview.h"

#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QTreeView>

#include "infopane.h"
#include "models/filelistmodel.h"
#include "models/logmodel.h"
#include "models/peerlistmodel.h"
#include "models/trackerlistmodel.h"
#include "session/session.h"

namespace swarmplay {

TorrentView::TorrentView(Session *session, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("torrentView"));
    setDocumentMode(true);
    m_files = new FileListModel(this);
    m_peers = new PeerListModel(this);
    m_trackers = new TrackerListModel(this);
    m_log = new LogModel(this);

    m_fileView = makeTable(m_files, FileListModel::NameColumn, "fileView");
    m_peerView = makeTable(m_peers, PeerListModel::ClientColumn, "peerView");
    m_trackerView = makeTable(m_trackers, TrackerListModel::MessageColumn, "trackerView");
    m_info = new InfoPane(this);
    m_logView = new QListView(this);
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setModel(m_log);
    m_logView->setUniformItemSizes(true);
    m_logView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    addTab(m_fileView, QString());
    addTab(m_peerView, QString());
    addTab(m_trackerView, QString());
    addTab(m_info, QString());
    addTab(m_logView, QString());

    // The files keep the model's own order (media first, counting order) until the user clicks
    // a header; -1 tells the view not to sort by the first column on its own.
    m_fileView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_fileView->setSortingEnabled(true);
    m_peerView->setSortingEnabled(true);
    m_peerView->sortByColumn(PeerListModel::DownloadRateColumn, Qt::DescendingOrder);
    m_fileView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_fileView, &QTreeView::customContextMenuRequested, this, &TorrentView::showFileMenu);
    connect(m_fileView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int file = m_files->fileIndex(index.row());
        if (m_id.isValid() && file >= 0)
            emit fileActivated(m_id, file);
    });
    connect(m_files, &FileListModel::wantedFilesRequested, this, [this](const QVector<int> &files) {
        if (m_id.isValid())
            m_session->setWantedFiles(m_id, files);
    });

    connect(m_session, &Session::metadataReceived, this, &TorrentView::onMetadata);
    connect(m_session, &Session::eventsLogged, this, [this](const QVector<SessionEvent> &events) {
        // Follow the newest line only when the user is already at the bottom, so reading
        // older lines is not interrupted.
        QScrollBar *bar = m_logView->verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum();
        m_log->append(events);
        if (atBottom)
            m_logView->scrollToBottom();
    });
    connect(this, &QTabWidget::currentChanged, this, &TorrentView::refresh);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &TorrentView::refresh);
    m_refresh.start();
    retranslate();
}

QTreeView *TorrentView::makeTable(QAbstractItemModel *model, int stretchColumn,
                                  const char *objectName)
{
    auto *view = new QTreeView(this);
    view->setObjectName(QLatin1String(objectName));
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

void TorrentView::setTorrent(const TorrentId &id)
{
    if (id == m_id && id.isValid())
        return;
    m_id = id;
    m_filesPending = m_peersPending = m_trackersPending = false;
    m_peers->clear();
    m_trackers->clear();
    const TorrentInfo info = id.isValid() ? m_session->cachedInfo(id) : TorrentInfo();
    if (info.isValid()) {
        m_files->setFiles(info.files);
        m_info->setInfo(info);
    } else {
        m_files->clear();
        m_info->clear();
    }
    refresh();
}

int TorrentView::selectedFileIndex() const
{
    const QModelIndex current = m_fileView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_fileView->selectionModel()->isRowSelected(current.row()))
        return -1;
    return m_files->fileIndex(current.row());
}

void TorrentView::selectFile(int fileIndex)
{
    const int row = m_files->row(fileIndex);
    if (row < 0)
        return;
    const QModelIndex index = m_files->index(row, FileListModel::NameColumn);
    m_fileView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_fileView->scrollTo(index);
}

void TorrentView::onMetadata(const TorrentId &id, const TorrentInfo &info)
{
    if (id != m_id)
        return;
    m_files->setFiles(info.files);
    m_info->setInfo(info);
}

void TorrentView::refresh()
{
    // Nobody is looking: a minimised or hidden window costs the worker nothing.
    if (!m_id.isValid() || !isVisible())
        return;
    switch (currentIndex()) {
    case FilesTab:
        refreshFiles();
        break;
    case PeersTab:
        refreshPeers();
        break;
    case TrackersTab:
        refreshTrackers();
        break;
    default:
        break;
    }
}

void TorrentView::refreshFiles()
{
    // Before metadata there are no files to ask about; onMetadata() fills the list.
    if (m_filesPending || !m_session->cachedInfo(m_id).isValid())
        return;
    m_filesPending = true;
    const TorrentId id = m_id;
    m_session->files(id).then(this, [this, id](const QVector<FileEntry> &files) {
        if (id != m_id)
            return; // the user moved on; setTorrent() already cleared the flag
        m_filesPending = false;
        if (!files.isEmpty())
            m_files->setFiles(files);
    });
}

void TorrentView::refreshPeers()
{
    if (m_peersPending)
        return;
    m_peersPending = true;
    const TorrentId id = m_id;
    m_session->peers(id).then(this, [this, id](const QVector<PeerEntry> &peers) {
        if (id != m_id)
            return;
        m_peersPending = false;
        m_peers->update(peers);
    });
}

void TorrentView::refreshTrackers()
{
    if (m_trackersPending)
        return;
    m_trackersPending = true;
    const TorrentId id = m_id;
    m_session->trackers(id).then(this, [this, id](const QVector<TrackerEntry> &trackers) {
        if (id != m_id)
            return;
        m_trackersPending = false;
        m_trackers->update(trackers);
    });
}

void TorrentView::showFileMenu(const QPoint &pos)
{
    const QModelIndex index = m_fileView->indexAt(pos);
    const int file = index.isValid() ? m_files->fileIndex(index.row()) : -1;
    if (!m_id.isValid() || file < 0)
        return;
    const TorrentId id = m_id;
    QMenu menu(this);
    menu.addAction(tr("Play"), this, [this, id, file] { emit fileActivated(id, file); });
    menu.addAction(tr("Copy stream URL"), this,
                   [this, id, file] { emit copyStreamUrlRequested(id, file); });
    menu.addAction(tr("Open in external player"), this,
                   [this, id, file] { emit externalPlayerRequested(id, file); });
    menu.exec(m_fileView->viewport()->mapToGlobal(pos));
}

void TorrentView::changeEvent(QEvent *e)
{
    QTabWidget::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslate();
}

void TorrentView::retranslate()
{
    setTabText(FilesTab, tr("Files"));
    setTabText(PeersTab, tr("Peers"));
    setTabText(TrackersTab, tr("Trackers"));
    setTabText(InfoTab, tr("Info"));
    setTabText(LogTab, tr("Log"));
}

} // namespace swarmplay
