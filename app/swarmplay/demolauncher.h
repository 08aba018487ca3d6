#pragma once

#include <QObject>
#include <QString>

#include "demomedia.h"
#include "demoswarm.h"

namespace swarmplay {

// `swarmplay --demo` from start to magnet: makes (or finds) the sample video, starts the
// loopback seeders, and hands over the magnet that the window then opens like any other.
// What it is doing is reported as text for the status bar; a failure as a message that says
// what to do.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(QObject *parent = nullptr);
    DemoLauncher(const DemoMedia::Options &media, const DemoSwarm::Options &swarm,
                 QObject *parent = nullptr);
    // Stops ffmpeg and the seeders (bounded by DemoSwarm's shutdown deadline).
    ~DemoLauncher() override;

    // Returns at once; emits ready() or failed() later.
    void start();
    // The seeders on loopback; valid after ready() until this object goes.
    DemoSwarm *swarm() const { return m_swarm; }

signals:
    void status(const QString &text);
    void ready(const QString &magnet);
    void failed(const QString &message);

private:
    void onMediaProgress(int percent);
    void onMediaFinished(const DemoMedia::Result &result);

    DemoMedia *m_media;
    DemoSwarm *m_swarm;
};

} // namespace swarmplay
