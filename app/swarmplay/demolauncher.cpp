#include "demolauncher.h"

namespace swarmplay {

DemoLauncher::DemoLauncher(QObject *parent)
    : DemoLauncher(DemoMedia::Options(), DemoSwarm::Options(), parent)
{}

DemoLauncher::DemoLauncher(const DemoMedia::Options &media, const DemoSwarm::Options &swarm,
                           QObject *parent)
    : QObject(parent)
    , m_media(new DemoMedia(media, this))
    , m_swarm(new DemoSwarm(swarm, this))
{
    connect(m_media, &DemoMedia::progress, this, &DemoLauncher::onMediaProgress);
    connect(m_media, &DemoMedia::finished, this, &DemoLauncher::onMediaFinished);
    connect(m_media, &DemoMedia::failed, this, [this](const QString &message) {
        emit failed(tr("The demo video could not be made: %1").arg(message));
    });
    connect(m_swarm, &DemoSwarm::ready, this, [this](const QString &magnet) {
        emit status(tr("The demo swarm is seeding on this computer."));
        emit ready(magnet);
    });
    connect(m_swarm, &DemoSwarm::failed, this, [this](const QString &message) {
        emit failed(tr("The demo swarm could not start: %1").arg(message));
    });
}

DemoLauncher::~DemoLauncher()
{
    // Seeders first: they read the video file that the media object may still be writing.
    m_swarm->stop();
    m_media->cancel();
}

void DemoLauncher::start()
{
    emit status(tr("Preparing the demo video…"));
    m_media->start();
}

void DemoLauncher::onMediaProgress(int percent)
{
    // Percentages only mean something while ffmpeg runs; a cached video is found at once.
    if (percent < 100)
        emit status(tr("Making the demo video with ffmpeg… %1%").arg(percent));
}

void DemoLauncher::onMediaFinished(const DemoMedia::Result &result)
{
    emit status(result.reused ? tr("Starting the demo swarm…")
                              : tr("Demo video made; starting the demo swarm…"));
    m_swarm->start(result.torrentPath, result.contentFolder, result.bytesPerSecond());
}

} // namespace swarmplay
