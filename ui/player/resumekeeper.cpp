#include "resumekeeper.h"

#include <QMediaPlayer>
#include <QPushButton>

#include "playercontrols.h"
#include "promptbar.h"
#include "storage/playbackmemory.h"

namespace swarmplay {

namespace {
constexpr int SaveIntervalMs = 5000;
// An offer nobody answered is taken as "start over" once this much has played: from then on
// the new position is what the viewer would want to come back to.
constexpr qint64 OfferLapseMs = 30'000;
} // namespace

ResumeKeeper::ResumeKeeper(PlayerWidget *player, PlaybackMemory *memory, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_memory(memory)
{
    m_bar = new PromptBar(player);
    m_bar->setObjectName(QStringLiteral("resumeBar"));
    connect(m_bar, &PromptBar::accepted, this, &ResumeKeeper::accept);
    connect(m_bar, &PromptBar::dismissed, this, &ResumeKeeper::dismiss);
    m_saveTimer.setInterval(SaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ResumeKeeper::saveNow);
    connect(player, &PlayerWidget::stageChanged, this, &ResumeKeeper::onStageChanged);
    connect(player, &PlayerWidget::firstFrameShown, this, &ResumeKeeper::onFirstFrame);
    connect(player->mediaPlayer(), &QMediaPlayer::positionChanged, this, &ResumeKeeper::onPosition);
}

void ResumeKeeper::onStageChanged(PlayerWidget::Stage stage)
{
    using Stage = PlayerWidget::Stage;
    if (stage == Stage::Preparing) {
        // A new file (or the same one again): what was tracked before is done.
        record();
        saveNow();
        m_id = m_player->torrentId();
        m_file = m_player->fileIndex();
        m_lastMs = -1;
        m_durationMs = 0;
        m_seekPending = false;
        m_framesShown = false;
        m_offerMs = m_memory->resumePosition(m_id.key(), m_file);
        if (m_offerMs < 0) {
            m_bar->hide();
            return;
        }
        m_bar->ask(tr("You stopped this video at %1.").arg(PlayerControls::formatTime(m_offerMs)),
                   tr("Resume from %1").arg(PlayerControls::formatTime(m_offerMs)),
                   tr("Start over"));
        emit resumeOffered(m_offerMs);
    } else if (stage == Stage::Playing) {
        m_saveTimer.start();
    } else {
        m_saveTimer.stop();
        record();
        saveNow();
        m_bar->hide();
        m_offerMs = -1;
        m_seekPending = false;
    }
}

void ResumeKeeper::onPosition(qint64 ms)
{
    if (m_player->stage() != PlayerWidget::Stage::Playing || m_player->torrentId() != m_id ||
        m_player->fileIndex() != m_file)
        return;
    // A stopping or replaced device makes the backend report 0: not where the viewer was.
    const TorrentStreamDevice *device = m_player->device();
    if (!device || device->isAborted())
        return;
    if (m_offerMs >= 0 && ms >= OfferLapseMs) {
        m_bar->hide();
        m_offerMs = -1;
    }
    m_lastMs = ms;
    const qint64 duration = m_player->mediaPlayer()->duration();
    if (duration > 0)
        m_durationMs = duration;
}

void ResumeKeeper::onFirstFrame()
{
    m_framesShown = true;
    if (!m_seekPending)
        return;
    m_seekPending = false;
    const qint64 target = m_pendingMs;
    // Not from inside the frame's own signal: the seek may turn the event loop.
    QTimer::singleShot(0, this, [this, target] {
        if (m_player->stage() == PlayerWidget::Stage::Playing && target > 0)
            m_player->seekTo(target);
    });
}

void ResumeKeeper::accept()
{
    const qint64 target = m_offerMs;
    m_offerMs = -1;
    if (target < 0)
        return;
    if (m_player->stage() == PlayerWidget::Stage::Playing && m_framesShown) {
        m_player->seekTo(target);
        return;
    }
    m_seekPending = true;
    m_pendingMs = target;
}

void ResumeKeeper::dismiss()
{
    m_offerMs = -1;
}

void ResumeKeeper::record()
{
    // While an offer is open the old position stands: the viewer has not said to drop it.
    if (!m_id.isValid() || m_file < 0 || m_lastMs < 0 || m_offerMs >= 0)
        return;
    m_memory->setPosition(m_id.key(), m_file, m_lastMs, m_durationMs);
}

void ResumeKeeper::saveNow()
{
    record();
    QString error;
    if (!m_memory->save(&error))
        qWarning("%s", qPrintable(error));
}

} // namespace swarmplay
