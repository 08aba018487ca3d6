#include "librarykeeper.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include "librarypane.h"
#include "mainwindow.h"
#include "model/units.h"
#include "models/librarymodel.h"
#include "playchoice.h"
#include "player/playerwidget.h"
#include "player/promptbar.h"
#include "player/resumekeeper.h"
#include "removeprompt.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "storage/diskusage.h"
#include "storage/playbackmemory.h"
#include "storage/resumestore.h"

namespace swarmplay {

namespace {

constexpr int RefreshMs = 3000;
constexpr int SaveMs = 15000;
// After files were deleted the session takes a moment to do it; the measure lags behind.
constexpr qint64 AutoCleanupQuietMs = 15000;
constexpr int ListedInPrompt = 12;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

LibraryKeeper::LibraryKeeper(MainWindow *window, Session *session, PlaybackMemory *memory)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_memory(memory)
    , m_library(std::make_unique<Library>(
          QDir(session->settings().stateDir).filePath(QStringLiteral("library.json"))))
{
    m_model = new LibraryModel(this);
    m_pane = new LibraryPane(m_model, window);
    connect(m_pane, &LibraryPane::playRequested, this, &LibraryKeeper::play);
    connect(m_pane, &LibraryPane::removeRequested, this, &LibraryKeeper::removeFromLibrary);
    connect(m_pane, &LibraryPane::cleanupRequested, this, &LibraryKeeper::cleanUp);

    connect(session, &Session::torrentAdded, this, [this](const TorrentSnapshot &s) {
        m_forgotten.remove(s.id.key());
        m_library->noteTorrent(s);
        const TorrentInfo info = m_session->cachedInfo(s.id);
        if (info.isValid())
            m_library->noteInfo(info);
        refresh();
    });
    connect(session, &Session::torrentsUpdated, this,
            [this](const QVector<TorrentSnapshot> &snapshots) {
                for (const TorrentSnapshot &s : snapshots) {
                    if (!m_forgotten.contains(s.id.key()))
                        m_library->noteTorrent(s);
                }
            });
    connect(session, &Session::metadataReceived, this,
            [this](const TorrentId &id, const TorrentInfo &info) {
                if (!m_forgotten.contains(id.key()))
                    m_library->noteInfo(info);
            });
    connect(session, &Session::torrentRemoved, this, [this](const TorrentId &id) {
        m_forgotten.remove(id.key());
        refresh();
    });
    connect(window, &MainWindow::playRequested, this, &LibraryKeeper::onPlayRequested);
    connect(window, &MainWindow::torrentOpened, this, &LibraryKeeper::onOpened);
    connect(window, &MainWindow::openFailed, this, [this] { m_pendingKey.clear(); });
    connect(window->player(), &PlayerWidget::stageChanged, this, &LibraryKeeper::refresh);

    // Torrents restored from the last run are in the session before the window.
    for (const TorrentSnapshot &s : session->torrents()) {
        m_library->noteTorrent(s);
        const TorrentInfo info = session->cachedInfo(s.id);
        if (info.isValid())
            m_library->noteInfo(info);
    }

    m_refreshTimer.setInterval(RefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LibraryKeeper::refresh);
    m_refreshTimer.start();
    m_saveTimer.setInterval(SaveMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &LibraryKeeper::save);
    m_saveTimer.start();
    refresh();

    if (!m_library->loadError().isEmpty()) {
        // The window's message bar comes after its panes.
        QTimer::singleShot(0, this, [this] { m_window->showError(m_library->loadError()); });
    }
}

LibraryKeeper::~LibraryKeeper()
{
    // The player's last position is in the memory by now (the window stops it first).
    m_library->syncFrom(*m_memory);
    QString error;
    if (!m_library->save(&error))
        qWarning("%s", qPrintable(error));
}

QString LibraryKeeper::playingKey() const
{
    const PlayerWidget *player = m_window->player();
    if (player->stage() == PlayerWidget::Stage::Idle || !player->torrentId().isValid())
        return {};
    return player->torrentId().key();
}

QString LibraryKeeper::nameOf(const QString &key) const
{
    const QString name = m_library->record(key).name;
    return name.isEmpty() ? key : name;
}

qint64 LibraryKeeper::usedBytes() const
{
    qint64 total = 0;
    for (auto it = m_bytesOnDisk.cbegin(); it != m_bytesOnDisk.cend(); ++it)
        total += std::max<qint64>(it.value(), 0);
    return total;
}

qint64 LibraryKeeper::capBytes() const
{
    return m_window->appSettings()->libraryCapMiB() * 1024 * 1024;
}

void LibraryKeeper::refresh()
{
    m_library->syncFrom(*m_memory);
    m_library->keepTorrentFiles(ResumeStore(ResumeStore::dirIn(m_session->settings().stateDir)));
    const QString playing = playingKey();
    QVector<LibraryRow> rows;
    QHash<QString, qint64> usage;
    for (const Library::Record &record : m_library->records()) {
        if (m_forgotten.contains(record.key))
            continue;
        LibraryRow row;
        row.record = record;
        const TorrentId id = TorrentId::fromString(record.key);
        row.inSession = m_session->contains(id);
        if (row.inSession && record.files.isEmpty()) {
            // Metadata that came with the torrent, before the library heard of it.
            const TorrentInfo info = m_session->cachedInfo(id);
            if (info.isValid()) {
                m_library->noteInfo(info);
                row.record = m_library->record(record.key);
            }
        }
        if (row.inSession) {
            const TorrentSnapshot s = m_session->torrent(id);
            row.state = s.state;
            row.progress = s.hasMetadata ? s.progress : 0;
        }
        row.bytesOnDisk = DiskUsage::allocatedBytes(Library::dataFiles(row.record));
        usage.insert(record.key, row.bytesOnDisk);
        row.playing = record.key == playing;
        if (record.lastFile >= 0 && record.lastFile < row.record.files.size())
            row.lastFileName = QFileInfo(row.record.files.at(record.lastFile)).fileName();
        rows << row;
    }
    m_bytesOnDisk = usage;
    m_model->setRows(rows);
    m_pane->setUsage(usedBytes(), capBytes());
    autoCleanup();
    emit refreshed();
}

bool LibraryKeeper::save()
{
    QString error;
    if (m_library->save(&error))
        return true;
    m_window->showError(error);
    return false;
}

void LibraryKeeper::onPlayRequested(const TorrentId &id, int fileIndex)
{
    const PlaybackMemory::Entry e = m_memory->entry(id.key(), fileIndex);
    m_library->notePlayed(id.key(), fileIndex, e.positionMs, e.durationMs, now());
    refresh();
}

void LibraryKeeper::play(const QString &key)
{
    if (!m_library->contains(key))
        return;
    const Library::Record record = m_library->record(key);
    const TorrentId id = TorrentId::fromString(key);
    if (m_session->contains(id)) {
        int file = record.lastFile;
        if (file < 0)
            file = PlayChoice::automatic(m_session->cachedInfo(id).files);
        if (file >= 0)
            playNow(id, file);
        else
            m_window->setCurrentTorrent(id);
        return;
    }
    // Not in the session any more: opened again (its kept metadata, else a magnet link); the
    // window starts its main video unless a file was played before.
    m_pendingKey = key;
    m_pendingFile = record.lastFile;
    m_window->openSource(m_library->source(key));
}

void LibraryKeeper::onOpened(const TorrentId &id)
{
    if (m_pendingKey.isEmpty() || id.key() != m_pendingKey)
        return;
    m_pendingKey.clear();
    if (m_pendingFile >= 0)
        playNow(id, m_pendingFile);
}

void LibraryKeeper::playNow(const TorrentId &id, int fileIndex)
{
    m_window->playFile(id, fileIndex);
    // Chosen from the library, the file goes on where it stopped: the offer is taken at once.
    ResumeKeeper *resume = m_window->resumeKeeper();
    if (resume->offeredPosition() >= 0)
        resume->bar()->acceptButton()->click();
}

void LibraryKeeper::removeFromLibrary(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys) {
        if (m_library->contains(key))
            names << nameOf(key);
    }
    if (names.isEmpty())
        return;
    bool deleteFiles = false;
    if (!RemovePrompt::confirmLibraryRemoval(m_window, m_window->appSettings()->removePolicy(),
                                             names, &deleteFiles))
        return;
    QStringList failures;
    const QString playing = playingKey();
    for (const QString &key : keys) {
        if (!m_library->contains(key))
            continue;
        const Library::Record record = m_library->record(key);
        const TorrentId id = TorrentId::fromString(key);
        if (m_session->contains(id)) {
            if (key == playing)
                m_window->player()->stop();
            m_forgotten.insert(key);
            m_session->removeTorrent(id, deleteFiles);
        } else if (deleteFiles) {
            QString error;
            if (!DiskUsage::deleteFiles(record.savePath, Library::dataFiles(record), &error))
                failures << error;
        }
        m_library->remove(key);
    }
    save();
    refresh();
    if (!failures.isEmpty())
        m_window->showError(tr("Removed from the library, but not every file could be deleted: "
                               "%1")
                                .arg(failures.join(QLatin1Char(' '))));
}

Library::Cleanup LibraryKeeper::planCleanup() const
{
    QVector<Library::Record> records;
    for (const Library::Record &r : m_library->records()) {
        if (!m_forgotten.contains(r.key))
            records << r;
    }
    QSet<QString> keep;
    if (!playingKey().isEmpty())
        keep.insert(playingKey());
    return Library::chooseCleanup(records, m_bytesOnDisk, capBytes(), keep);
}

void LibraryKeeper::cleanUp()
{
    refresh();
    const qint64 cap = capBytes();
    if (cap <= 0) {
        m_window->showInformation(tr("The library uses %1 and has no size limit, so nothing "
                                     "has to go. Set a limit in Edit ▸ Settings…")
                                      .arg(formatBytes(usedBytes())));
        return;
    }
    const Library::Cleanup plan = planCleanup();
    if (plan.keys.isEmpty()) {
        m_window->showInformation(
            plan.usedBytes <= cap
                ? tr("The library uses %1 of its %2: nothing has to go.")
                      .arg(formatBytes(plan.usedBytes), formatBytes(cap))
                : tr("The library uses %1, more than its %2, but the only files to delete are "
                     "those of the video playing now.")
                      .arg(formatBytes(plan.usedBytes), formatBytes(cap)));
        return;
    }
    QStringList lines;
    for (const QString &key : plan.keys) {
        const Library::Record r = m_library->record(key);
        const QString watched =
            r.lastWatchedMs > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.lastWatchedMs),
                                     QLocale::ShortFormat)
                : tr("never watched");
        lines << tr("%1 — %2, last watched %3")
                     .arg(nameOf(key), formatBytes(m_bytesOnDisk.value(key)), watched);
    }
    QMessageBox box(QMessageBox::Warning, tr("Free space"), QString(), QMessageBox::NoButton,
                    m_window);
    box.setObjectName(QStringLiteral("libraryCleanupPrompt"));
    box.setText(tr("The library uses %1, more than its limit of %2. Delete the downloaded files "
                   "of these torrents, least recently watched first? They stay in the library "
                   "and download again when you play them.")
                    .arg(formatBytes(plan.usedBytes), formatBytes(cap)));
    QString list = lines.mid(0, ListedInPrompt).join(QLatin1Char('\n'));
    if (lines.size() > ListedInPrompt) {
        list += QLatin1Char('\n') + tr("and %n more", nullptr, int(lines.size() - ListedInPrompt));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    }
    list += QStringLiteral("\n\n") + tr("This frees %1.").arg(formatBytes(plan.freedBytes));
    if (!plan.reachesCap)
        list += QLatin1Char(' ') + tr("The library still uses %1 then: the video playing now is "
                                      "kept.")
                                       .arg(formatBytes(plan.usedBytes - plan.freedBytes));
    box.setInformativeText(list);
    QPushButton *remove = box.addButton(tr("&Delete files"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    deleteData(plan.keys);
}

void LibraryKeeper::deleteData(const QStringList &keys)
{
    QStringList failures;
    qint64 freed = 0;
    const QString playing = playingKey();
    for (const QString &key : keys) {
        if (!m_library->contains(key) || key == playing)
            continue;
        const Library::Record record = m_library->record(key);
        freed += m_bytesOnDisk.value(key);
        const TorrentId id = TorrentId::fromString(key);
        if (m_session->contains(id)) {
            // The session deletes its files; without them it would only fetch them again.
            m_session->removeTorrent(id, true);
        } else {
            QString error;
            if (!DiskUsage::deleteFiles(record.savePath, Library::dataFiles(record), &error))
                failures << error;
        }
    }
    m_autoCleanupQuietUntil = now() + AutoCleanupQuietMs;
    refresh();
    if (!failures.isEmpty())
        m_window->showError(
            tr("Not every file could be deleted: %1").arg(failures.join(QLatin1Char(' '))));
    else
        m_window->showInformation(tr("Freed %1.").arg(formatBytes(freed)));
}

void LibraryKeeper::autoCleanup()
{
    const qint64 cap = capBytes();
    if (cap <= 0 || !m_window->appSettings()->libraryAutoCleanup() ||
        now() < m_autoCleanupQuietUntil || usedBytes() <= cap)
        return;
    // Without asking, nothing the viewer is busy with goes: not what plays, not what downloads.
    QSet<QString> keep;
    if (!playingKey().isEmpty())
        keep.insert(playingKey());
    for (const TorrentSnapshot &s : m_session->torrents()) {
        if (s.state == TorrentState::Downloading || s.state == TorrentState::Checking ||
            s.state == TorrentState::FetchingMetadata)
            keep.insert(s.id.key());
    }
    QVector<Library::Record> records;
    for (const Library::Record &r : m_library->records()) {
        if (!m_forgotten.contains(r.key))
            records << r;
    }
    const Library::Cleanup plan = Library::chooseCleanup(records, m_bytesOnDisk, cap, keep);
    if (plan.keys.isEmpty())
        return;
    QStringList names;
    for (const QString &key : plan.keys)
        names << nameOf(key);
    deleteData(plan.keys);
    m_window->showInformation(tr("The library was over its limit of %1, so the files of the "
                                 "least recently watched were deleted: %2. They stay in the "
                                 "library.")
                                  .arg(formatBytes(cap), names.join(QStringLiteral(", "))));
}

} // namespace swarmplay
