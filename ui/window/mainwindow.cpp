#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeView>

#include "externalplayer.h"
#include "http/streamserver.h"
#include "librarykeeper.h"
#include "librarypane.h"
#include "messagebar.h"
#include "models/filelistmodel.h"
#include "models/torrentlistmodel.h"
#include "opensourcedialog.h"
#include "playchoice.h"
#include "player/nextepisode.h"
#include "player/playerwidget.h"
#include "player/resumekeeper.h"
#include "player/trackmenu.h"
#include "removeprompt.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "sourceopener.h"
#include "statusbarwidget.h"
#include "storage/playbackmemory.h"
#include "torrentlistview.h"
#include "torrentview.h"

namespace swarmplay {

namespace {

// Where Ctrl+V belongs to the widget: pasting text into a field is not opening a torrent.
bool isEditableText(const QWidget *w)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(w))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return !edit->isReadOnly();
    return false;
}

} // namespace

MainWindow::MainWindow(Session *session, StreamServer *server, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_server(server)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_opener = new SourceOpener(session, this);
    connect(m_opener, &SourceOpener::opened, this,
            [this](const TorrentId &id, bool alreadyPresent, const QString &) {
                onOpened(id, alreadyPresent);
            });
    connect(m_opener, &SourceOpener::failed, this, &MainWindow::onOpenFailed);
    m_lastTorrentDir = QDir::homePath();

    buildLayout();
    buildMenus();
    connectSession();
    retranslate();
    updateActions();
    updateTitle();
    resize(1100, 760);
}

MainWindow::~MainWindow()
{
    // The player's readers go before the session the application destroys after us.
    m_player->stop();
    // What writes to the playback memory goes before it; the library reads it last.
    delete m_tracks;
    delete m_next;
    delete m_resume;
    delete m_library;
}

void MainWindow::buildLayout()
{
    m_player = new PlayerWidget(m_session, this);
    m_player->setObjectName(QStringLiteral("player"));
    m_memory = std::make_unique<PlaybackMemory>(
        QDir(m_session->settings().stateDir).filePath(QStringLiteral("playback.json")));
    if (!m_memory->loadError().isEmpty()) {
        // The message bar comes after the panes.
        QTimer::singleShot(0, this, [this] { showError(m_memory->loadError()); });
    }
    m_resume = new ResumeKeeper(m_player, m_memory.get(), this);
    m_next = new NextEpisode(m_player, m_session, this);
    connect(m_next, &NextEpisode::playRequested, this, &MainWindow::playFile);
    m_tracks = new TrackMenu(m_player, m_memory.get(), this);

    m_torrents = new TorrentListModel(this);
    m_list = new TorrentListView(m_torrents, this);
    connect(m_list, &TorrentListView::currentTorrentChanged, this, &MainWindow::setCurrentTorrent);
    connect(m_list, &TorrentListView::torrentActivated, this, [this](const TorrentId &id) {
        // Double-click on a torrent: play what it would have started with.
        const TorrentInfo info = m_session->cachedInfo(id);
        if (info.isValid())
            autoPlay(id, info);
    });
    connect(m_torrents, &QAbstractItemModel::rowsInserted, this, [this] {
        // The torrent just opened may be listed after the window made it current.
        if (m_current.isValid() && m_list->currentTorrent() != m_current)
            m_list->selectTorrent(m_current);
    });

    m_view = new TorrentView(m_session, this);
    connect(m_view, &TorrentView::fileActivated, this, [this](const TorrentId &id, int index) {
        const FileEntry *f = PlayChoice::find(m_session->cachedInfo(id).files, index);
        if (f && !isPlayable(f->kind)) {
            showInformation(PlayChoice::notPlayable(f->path));
            return;
        }
        playFile(id, index);
    });
    connect(m_view, &TorrentView::copyStreamUrlRequested, this,
            qOverload<const TorrentId &, int>(&MainWindow::copyStreamUrl));
    connect(m_view, &TorrentView::externalPlayerRequested, this,
            qOverload<const TorrentId &, int>(&MainWindow::openInExternalPlayer));
    connect(m_view->fileView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    m_library = new LibraryKeeper(this, m_session, m_memory.get());
    m_lists = new QTabWidget(this);
    m_lists->setObjectName(QStringLiteral("listTabs"));
    m_lists->setDocumentMode(true);
    m_lists->addTab(m_list, QString());
    m_lists->addTab(m_library->pane(), QString());

    m_panels = new QSplitter(Qt::Horizontal, this);
    m_panels->setObjectName(QStringLiteral("panels"));
    m_panels->addWidget(m_lists);
    m_panels->addWidget(m_view);
    m_panels->setStretchFactor(0, 2);
    m_panels->setStretchFactor(1, 3);
    m_panels->setChildrenCollapsible(false);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_player);
    m_vertical->addWidget(m_panels);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setCollapsible(0, false);
    // The picture gets most of the height; the lists want width more than height. Proportions:
    // a splitter not yet shown scales these to its size.
    m_vertical->setSizes({600, 340});
    m_panels->setSizes({360, 640});

    m_messages = new MessageBar(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_vertical, 1);
    setCentralWidget(central);

    m_status = new StatusBarWidget(this);
    statusBar()->addWidget(m_status, 1);

    connect(m_player, &PlayerWidget::stageChanged, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(m_player, &PlayerWidget::externalPlayerRequested, this,
            qOverload<const TorrentId &, int>(&MainWindow::openInExternalPlayer));
    connect(m_player, &PlayerWidget::fullScreenChanged, this, &MainWindow::setPanelsHidden);
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::torrentAdded, m_torrents, &TorrentListModel::add);
    connect(m_session, &Session::torrentsUpdated, m_torrents, &TorrentListModel::update);
    connect(m_session, &Session::torrentsUpdated, this, &MainWindow::reportNewErrors);
    connect(m_session, &Session::torrentRemoved, this, [this](const TorrentId &id) {
        m_torrents->remove(id);
        if (m_player->torrentId() == id)
            m_player->stop();
        if (m_autoPlay == id)
            m_autoPlay = TorrentId();
        if (m_current == id)
            setCurrentTorrent(m_torrents->rowCount() > 0 ? m_torrents->id(0) : TorrentId());
    });
    connect(m_session, &Session::metadataReceived, this, &MainWindow::onMetadata);
    connect(m_session, &Session::statsUpdated, m_status, &StatusBarWidget::setStats);
    // Torrents restored from the last run are there before the window.
    for (const TorrentSnapshot &t : m_session->torrents())
        m_torrents->add(t);
}

void MainWindow::reportNewErrors(const QVector<TorrentSnapshot> &snapshots)
{
    // Once per torrent going into error: a list cell alone is easy to miss, and the torrent
    // stops downloading until the cause is fixed.
    QSet<TorrentId> inError;
    for (const TorrentSnapshot &t : snapshots) {
        if (t.state != TorrentState::Error && t.state != TorrentState::CannotWrite)
            continue;
        inError.insert(t.id);
        if (m_inError.contains(t.id))
            continue;
        const QString name = t.name.isEmpty() ? t.id.key() : t.name;
        showError(t.state == TorrentState::Error
                      ? tr("\"%1\" stopped: %2").arg(name, t.errorMessage)
                      : tr("\"%1\" cannot download: %2").arg(name, t.errorMessage));
    }
    m_inError = inError;
}

void MainWindow::openSource(const QString &text)
{
    m_status->showMessage(tr("Opening %1…").arg(text.trimmed()), 0);
    m_opener->open(text);
}

void MainWindow::openSources(const QStringList &texts)
{
    for (const QString &text : texts)
        openSource(text);
}

void MainWindow::onOpened(const TorrentId &id, bool alreadyPresent)
{
    m_status->clearMessage();
    setCurrentTorrent(id);
    // The newest torrent is the one the viewer waits for; an earlier one still fetching its
    // metadata no longer starts by itself.
    m_autoPlay = id;
    emit torrentOpened(id);
    const TorrentInfo info = m_session->cachedInfo(id);
    // A .torrent's metadata arrives with it, often before this answer.
    if (info.isValid())
        autoPlay(id, info);
    else if (alreadyPresent)
        m_status->showMessage(tr("Already open; still fetching its metadata."));
}

void MainWindow::onOpenFailed(const QString &text, const QString &message)
{
    m_status->clearMessage();
    showError(message);
    emit openFailed(text, message);
}

void MainWindow::onMetadata(const TorrentId &id, const TorrentInfo &info)
{
    if (id == m_autoPlay)
        autoPlay(id, info);
    if (id == m_current)
        updateTitle();
    updateActions();
}

void MainWindow::autoPlay(const TorrentId &id, const TorrentInfo &info)
{
    if (m_autoPlay == id)
        m_autoPlay = TorrentId();
    if (m_player->torrentId() == id && m_player->stage() != PlayerWidget::Stage::Idle)
        return; // opened again while it plays: keep playing
    const int file = PlayChoice::automatic(info.files);
    if (file < 0) {
        showInformation(PlayChoice::nothingToPlay(info.name));
        return;
    }
    playFile(id, file);
}

void MainWindow::playFile(const TorrentId &id, int fileIndex)
{
    m_autoPlay = TorrentId(); // a choice was made; a late metadata must not override it
    if (!m_session->contains(id))
        return;
    // On top of what the user ticked, not instead of it: the check boxes are theirs.
    m_session->addWantedFile(id, fileIndex);
    setCurrentTorrent(id);
    m_view->selectFile(fileIndex);
    m_player->play(id, fileIndex);
    emit playRequested(id, fileIndex);
    updateTitle();
    updateActions();
}

void MainWindow::setCurrentTorrent(const TorrentId &id)
{
    if (id == m_current)
        return;
    m_current = id;
    m_view->setTorrent(id);
    m_list->selectTorrent(id);
    updateTitle();
    updateActions();
}

void MainWindow::removeCurrentTorrent()
{
    if (!m_current.isValid())
        return;
    bool deleteFiles = false;
    if (!RemovePrompt::decide(this, appSettings()->removePolicy(),
                              m_session->torrent(m_current).name, &deleteFiles))
        return;
    if (m_player->torrentId() == m_current)
        m_player->stop();
    m_session->removeTorrent(m_current, deleteFiles);
}

void MainWindow::chooseTorrentFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open torrent"), m_lastTorrentDir, tr("Torrent files (*.torrent);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_lastTorrentDir = QFileInfo(paths.first()).absolutePath();
    openSources(paths);
}

void MainWindow::chooseLink()
{
    OpenSourceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openSource(dialog.source());
}

void MainWindow::pasteSource()
{
    if (isEditableText(QApplication::focusWidget()))
        return;
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QStringList sources =
        SourceOpener::sourcesIn(clipboard ? clipboard->mimeData() : nullptr);
    if (sources.isEmpty()) {
        showInformation(tr("The clipboard holds nothing to open. Copy a magnet link, an info "
                           "hash, the web address of a .torrent or a .torrent file, then press "
                           "Ctrl+V again."));
        return;
    }
    openSources(sources);
}

QUrl MainWindow::streamUrl(const TorrentId &id, int fileIndex) const
{
    if (!m_server || !m_server->isListening() || !id.isValid() || fileIndex < 0)
        return {};
    return m_server->streamUrl(id.key(), fileIndex);
}

bool MainWindow::streamTarget(TorrentId *id, int *fileIndex) const
{
    if (m_player->stage() != PlayerWidget::Stage::Idle && m_player->torrentId().isValid() &&
        m_player->fileIndex() >= 0) {
        *id = m_player->torrentId();
        *fileIndex = m_player->fileIndex();
        return true;
    }
    if (!m_current.isValid())
        return false;
    *id = m_current;
    *fileIndex = m_view->selectedFileIndex();
    if (*fileIndex < 0)
        *fileIndex = PlayChoice::automatic(m_session->cachedInfo(m_current).files);
    return *fileIndex >= 0;
}

void MainWindow::copyStreamUrl()
{
    TorrentId id;
    int file = -1;
    if (streamTarget(&id, &file))
        copyStreamUrl(id, file);
    else
        showInformation(tr("Choose a file first: there is no stream URL to copy yet."));
}

void MainWindow::copyStreamUrl(const TorrentId &id, int fileIndex)
{
    const QUrl url = streamUrl(id, fileIndex);
    if (url.isEmpty()) {
        showError(tr("The stream server is not running, so there is no URL to copy. Restart "
                     "Swarmplay; if this persists, see the Log tab."));
        return;
    }
    const QString text = url.toString(QUrl::FullyEncoded);
    QGuiApplication::clipboard()->setText(text);
    m_status->showMessage(tr("Copied %1").arg(text));
}

void MainWindow::openInExternalPlayer()
{
    TorrentId id;
    int file = -1;
    if (streamTarget(&id, &file))
        openInExternalPlayer(id, file);
    else
        showInformation(tr("Choose a file first: there is nothing to open in another player."));
}

void MainWindow::openInExternalPlayer(const TorrentId &id, int fileIndex)
{
    const QUrl url = streamUrl(id, fileIndex);
    if (url.isEmpty()) {
        showError(tr("The stream server is not running, so no other player can be given the "
                     "file. Restart Swarmplay; if this persists, see the Log tab."));
        return;
    }
    m_session->addWantedFile(id, fileIndex);
    // Two players reading one file would split the download between them and play the sound
    // twice; the viewer asked for the other one.
    if (m_player->torrentId() == id && m_player->fileIndex() == fileIndex)
        m_player->stop();
    QString program;
    const QString error = ExternalPlayer::open(url, &program);
    if (!error.isEmpty())
        showError(error);
    else if (!program.isEmpty())
        m_status->showMessage(tr("Playing in %1").arg(QFileInfo(program).fileName()));
    else
        m_status->showMessage(tr("Opened %1").arg(url.toString(QUrl::FullyEncoded)));
}

void MainWindow::showError(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Kind::Error);
}

void MainWindow::showInformation(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Kind::Information);
}

void MainWindow::updateTitle()
{
    QString subject;
    if (m_player->stage() != PlayerWidget::Stage::Idle && m_player->torrentId().isValid()) {
        const TorrentInfo info = m_session->cachedInfo(m_player->torrentId());
        if (const FileEntry *f = PlayChoice::find(info.files, m_player->fileIndex()))
            subject = QFileInfo(f->path).fileName();
    }
    if (subject.isEmpty() && m_current.isValid()) {
        subject = m_session->torrent(m_current).name;
        if (subject.isEmpty())
            subject = m_current.key();
    }
    setWindowTitle(subject.isEmpty() ? tr("Swarmplay") : tr("%1 — Swarmplay").arg(subject));
}

void MainWindow::setPanelsHidden(bool hidden)
{
    // Full screen is the picture alone.
    m_panels->setHidden(hidden);
    menuBar()->setHidden(hidden);
    statusBar()->setHidden(hidden);
    if (hidden)
        m_messages->hide();
    m_fullScreen->setChecked(hidden);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (!SourceOpener::sourcesIn(e->mimeData()).isEmpty())
        e->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *e)
{
    if (!SourceOpener::sourcesIn(e->mimeData()).isEmpty())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    const QStringList sources = SourceOpener::sourcesIn(e->mimeData());
    if (sources.isEmpty())
        return;
    e->acceptProposedAction();
    openSources(sources);
}

void MainWindow::changeEvent(QEvent *e)
{
    QMainWindow::changeEvent(e);
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        updateTitle();
    }
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    // Stop reading before the application starts taking the session down.
    m_player->stop();
    e->accept();
}

} // namespace swarmplay
