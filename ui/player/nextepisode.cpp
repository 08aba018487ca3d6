#include "nextepisode.h"

#include <algorithm>

#include <QFileInfo>
#include <QShortcut>

#include "models/filelistmodel.h"
#include "playerwidget.h"
#include "promptbar.h"
#include "session/session.h"

namespace swarmplay {

NextEpisode::NextEpisode(PlayerWidget *player, Session *session, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_session(session)
{
    m_bar = new PromptBar(player);
    m_bar->setObjectName(QStringLiteral("nextEpisodeBar"));
    connect(m_bar, &PromptBar::accepted, this, &NextEpisode::playNext);
    m_key = new QShortcut(QKeySequence(Qt::Key_N), player);
    // Like the player's own keys: whenever the player or anything in it has the focus.
    m_key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_key, &QShortcut::activated, this, &NextEpisode::playNext);
    connect(player, &PlayerWidget::stageChanged, this, [this] {
        m_bar->hide();
        updateKey();
    });
    connect(player->mediaPlayer(), &QMediaPlayer::mediaStatusChanged, this,
            &NextEpisode::onMediaStatus);
    updateKey();
}

int NextEpisode::nextVideo(const QVector<FileEntry> &files, int current)
{
    QVector<FileEntry> videos;
    const FileEntry *playing = nullptr;
    for (const FileEntry &f : files) {
        if (f.kind == MediaKind::Video)
            videos << f;
        if (f.index == current)
            playing = &f;
    }
    if (!playing)
        return -1;
    std::sort(videos.begin(), videos.end(), &FileListModel::pathLessThan);
    const auto after =
        std::upper_bound(videos.cbegin(), videos.cend(), *playing, &FileListModel::pathLessThan);
    return after == videos.cend() ? -1 : after->index;
}

int NextEpisode::nextFile() const
{
    if (!m_session || !m_player->torrentId().isValid())
        return -1;
    return nextVideo(m_session->cachedInfo(m_player->torrentId()).files, m_player->fileIndex());
}

void NextEpisode::playNext()
{
    const int next = nextFile();
    if (next < 0)
        return;
    m_bar->hide();
    emit playRequested(m_player->torrentId(), next);
}

void NextEpisode::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    if (status != QMediaPlayer::EndOfMedia)
        return;
    // Queued: an aborted device (a stop, a seek that reopens) also ends the media, and is
    // recognised only once the player has had its say.
    QMetaObject::invokeMethod(this, &NextEpisode::offer, Qt::QueuedConnection);
}

void NextEpisode::offer()
{
    const TorrentStreamDevice *device = m_player->device();
    if (m_player->stage() != PlayerWidget::Stage::Playing || !device || device->isAborted())
        return;
    const int next = nextFile();
    if (next < 0)
        return;
    const FileEntry *file = nullptr;
    const QVector<FileEntry> files = m_session->cachedInfo(m_player->torrentId()).files;
    for (const FileEntry &f : files) {
        if (f.index == next)
            file = &f;
    }
    const QString name = file ? QFileInfo(file->path).fileName() : QString();
    m_bar->ask(tr("Up next: %1").arg(name), tr("Play now (N)"), tr("Dismiss"));
}

void NextEpisode::updateKey()
{
    m_key->setEnabled(m_player->stage() == PlayerWidget::Stage::Playing);
}

} // namespace swarmplay
