#include "trackmenu.h"

#include <algorithm>

#include <QActionGroup>
#include <QLocale>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QMenu>

#include "playerwidget.h"
#include "storage/playbackmemory.h"
#include "subtitlecontroller.h"

namespace swarmplay {

TrackMenu::TrackMenu(PlayerWidget *player, PlaybackMemory *memory, QWidget *menuParent)
    : QObject(menuParent)
    , m_player(player)
    , m_memory(memory)
{
    m_audio = new QMenu(menuParent);
    m_audio->setObjectName(QStringLiteral("audioTrackMenu"));
    m_subtitles = new QMenu(menuParent);
    m_subtitles->setObjectName(QStringLiteral("subtitleTrackMenu"));
    m_audioGroup = new QActionGroup(this);
    QMediaPlayer *media = player->mediaPlayer();
    // Queued: the backend reports its tracks from inside the call that loads the file.
    connect(media, &QMediaPlayer::tracksChanged, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                rebuild();
                applyRemembered();
            },
            Qt::QueuedConnection);
    });
    connect(media, &QMediaPlayer::activeTracksChanged, this, &TrackMenu::rebuild,
            Qt::QueuedConnection);
    connect(player, &PlayerWidget::stageChanged, this, &TrackMenu::rebuild);
    m_files = new SubtitleController(player, memory, this);
    connect(m_files, &SubtitleController::changed, this, &TrackMenu::rebuild);
    retranslate();
}

void TrackMenu::retranslate()
{
    m_audio->setTitle(tr("&Audio track"));
    m_subtitles->setTitle(tr("&Subtitles"));
    rebuild();
}

QString TrackMenu::trackName(const QMediaMetaData &track, int index)
{
    const QVariant language = track.value(QMediaMetaData::Language);
    QString name;
    if (language.isValid()) {
        const auto l = language.value<QLocale::Language>();
        if (l != QLocale::AnyLanguage && l != QLocale::C)
            name = QLocale::languageToString(l);
    }
    const QString title = track.value(QMediaMetaData::Title).toString().trimmed();
    if (name.isEmpty() && title.isEmpty())
        return tr("Track %1").arg(index + 1);
    if (name.isEmpty())
        return title;
    if (title.isEmpty() || title.compare(name, Qt::CaseInsensitive) == 0)
        return name;
    return tr("%1 — %2", "language — track title").arg(name, title);
}

void TrackMenu::rebuild()
{
    const bool playing = m_player->stage() == PlayerWidget::Stage::Playing;
    QMediaPlayer *media = m_player->mediaPlayer();
    const QList<QMediaMetaData> audio = playing ? media->audioTracks() : QList<QMediaMetaData>();
    // The viewer's choice for this file wins over what the backend reports: it may not have
    // been applied yet (the stream is waiting, or there is no audio device to switch).
    PlaybackMemory::Entry remembered;
    if (playing)
        remembered = m_memory->entry(m_player->torrentId().key(), m_player->fileIndex());
    // -1 until a track is chosen: the file's default, the first.
    const int audioChecked = remembered.audioTrack >= 0 && remembered.audioTrack < audio.size()
                                 ? remembered.audioTrack
                                 : std::max(media->activeAudioTrack(), 0);

    // Clearing deletes the actions, which leave their group as they go.
    m_audio->clear();
    for (int i = 0; i < audio.size(); ++i) {
        QAction *a = m_audio->addAction(trackName(audio.at(i), i));
        a->setCheckable(true);
        a->setChecked(i == audioChecked);
        a->setActionGroup(m_audioGroup);
        connect(a, &QAction::triggered, this, [this, i] { chooseAudio(i); });
    }
    if (audio.isEmpty())
        m_audio->addAction(tr("No audio tracks"))->setEnabled(false);

    m_subtitles->clear();
    m_files->addMenuActions(m_subtitles);
}

void TrackMenu::chooseAudio(int track)
{
    if (m_player->stage() != PlayerWidget::Stage::Playing)
        return;
    m_memory->setAudioTrack(m_player->torrentId().key(), m_player->fileIndex(), track);
    m_memory->save();
    applyRemembered();
}

void TrackMenu::applyRemembered()
{
    if (m_player->stage() != PlayerWidget::Stage::Playing)
        return;
    const QString key = m_player->torrentId().key();
    const int file = m_player->fileIndex();
    if (!m_memory->contains(key, file))
        return;
    const PlaybackMemory::Entry e = m_memory->entry(key, file);
    QMediaPlayer *media = m_player->mediaPlayer();
    // Qt 6.4's FFmpeg backend switches a track in the renderer that plays it, and crashes when
    // there is none (a system without audio devices). The choice is kept all the same, and
    // shown in the menu.
    const bool audio = media->audioOutput() && e.audioTrack >= 0 &&
                       e.audioTrack < media->audioTracks().size() &&
                       e.audioTrack != media->activeAudioTrack();
    // The player makes the switch once it reads nothing that is still missing.
    if (audio)
        m_player->setAudioTrack(e.audioTrack);
    rebuild();
}

} // namespace swarmplay
