#pragma once

#include <atomic>
#include <memory>

#include <QObject>

#include "stream/streamsource.h"
#include "subtitletrack.h"

class QThread;

namespace swarmplay {

// Reads one subtitle file of a torrent whole, through a reader of its own, and parses it. Its
// reader counts as someone waiting (it is not a prober), so the scheduler fetches its pieces
// before the video's probe region: the subtitles are there before the picture is. A fetch that
// has not finished after timeoutMs gives up, so a subtitle nobody seeds never holds the video up.
class SubtitleFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 20000;

    SubtitleFetcher(std::shared_ptr<StreamSource> source, const QString &torrentKey, int fileIndex,
                    QObject *parent = nullptr);
    ~SubtitleFetcher() override;

    // False when the torrent or the file is not known.
    bool start(int timeoutMs = DefaultTimeoutMs);
    int fileIndex() const { return m_index; }
    bool isFinished() const { return m_finished; }

signals:
    // Queued to this object's thread; exactly one of them, once.
    void finished(const swarmplay::SubtitleTrack &track);
    void failed(const QString &message);

private:
    std::shared_ptr<StreamSource> m_source;
    QString m_key;
    int m_index;
    std::unique_ptr<ByteReader> m_reader;
    QThread *m_thread = nullptr;
    bool m_finished = false;
};

} // namespace swarmplay
