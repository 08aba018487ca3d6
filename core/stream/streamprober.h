#pragma once

#include <memory>

#include <QObject>

#include "proberegion.h"
#include "streamcatalog.h"

class QThread;

namespace swarmplay {

// Finds a file's probe region — the bytes a demuxer needs before it can start — and its seek
// index by walking the container through a reader of its own. Its reads are what downloads first
// (the scheduler puts deadlines on a reader's next pieces), and the region goes into the catalog
// as soon as it is known, where the scheduler keeps those pieces at the top and the player can see
// when they are all there; the walk then reads the index at the end of the file.
class StreamProber : public QObject
{
    Q_OBJECT

public:
    StreamProber(std::shared_ptr<StreamCatalog> catalog, const QString &torrentKey, int fileIndex,
                 QObject *parent = nullptr);
    ~StreamProber() override;

    // False when the torrent's metadata is not known yet or the file does not exist.
    bool start();
    bool isFinished() const { return m_finished; }
    const ProbeRegion::Result &result() const { return m_result; }
    // Once finished, its reader stays open, so the scheduler keeps fetching the whole region
    // (the prober itself reads only the container's structure, not the first frames' bytes);
    // the owner lets go when the region is no longer needed (playback started).
    void release() { m_reader.reset(); }

signals:
    // The region and the seek index (result().seekIndex), which a player uses to fetch what a
    // seek will read before it seeks.
    void finished(const swarmplay::ProbeRegion::Result &result);

private:
    void publishRegion(const ProbeRegion::Result &region);

    std::shared_ptr<StreamCatalog> m_catalog;
    QString m_key;
    int m_index;
    std::unique_ptr<ByteReader> m_reader;
    QThread *m_thread = nullptr;
    ProbeRegion::Result m_result;
    bool m_finished = false;
    bool m_published = false;
};

} // namespace swarmplay
