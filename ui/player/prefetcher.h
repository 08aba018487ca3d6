#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVector>

#include "stream/proberegion.h"

class QThread;

namespace swarmplay {

class TorrentStreamDevice;

// Waits in a worker thread until byte ranges of a stream are downloaded, so that the GUI thread
// can then make a call into QMediaPlayer that reads them without waiting: Qt 6.4's FFmpeg backend
// reads on the calling thread while it loads a file, seeks and switches tracks. One fetch at a
// time; the GUI thread never waits for one, not even to give it up.
class Prefetcher : public QObject
{
    Q_OBJECT

public:
    explicit Prefetcher(QObject *parent = nullptr);
    ~Prefetcher() override;

    // Fetches ranges through device, which nobody else may read until fetched() hands it back;
    // the prefetcher is its parent meanwhile. A fetch under way is given up first.
    void fetch(TorrentStreamDevice *device, const QVector<ProbeRegion::Range> &ranges);
    // Gives up the fetch under way: its device is aborted, and deleted once its thread is done.
    void cancel();
    bool isBusy() const { return !m_device.isNull(); }

signals:
    // ok: every range is downloaded; else the device was aborted or the torrent went away.
    void fetched(swarmplay::TorrentStreamDevice *device, bool ok);

private:
    struct Job
    {
        QThread *thread = nullptr;
        TorrentStreamDevice *device = nullptr;
    };
    void finish(QThread *thread, bool ok);

    QPointer<TorrentStreamDevice> m_device; // of the fetch under way
    QList<Job> m_jobs;                      // also those given up, until their threads are done
};

} // namespace swarmplay
