#pragma once

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include "../model/fileentry.h"
#include "../model/torrentid.h"
#include "../stream/byterange.h"

namespace swarmplay {

class ByteReader;
class PieceAvailability;
class Session;
class StreamProber;
class StreamServer;

// A stream as the API describes it (ApiJson::stream()).
struct ApiStreamStatus
{
    enum class State
    {
        Metadata,  // the torrent's metadata has not arrived
        Buffering, // the probe region and the pre-buffer are on their way
        Ready,     // they are here: a player can start without waiting
        Error,
    };

    QString id;
    QString torrentKey;
    int fileIndex = -1;
    qint64 offset = 0;
    qint64 prebufferBytes = 0;
    QString streamUrl;
    QString playlistUrl;
    State state = State::Metadata;
    qint64 bytesReady = 0;
    qint64 bytesNeeded = 0;
    qint64 etaSeconds = -1; // -1 when unknown
    QString errorCode;
    QString errorMessage;

    static QString stateId(State state); // "metadata", "buffering", "ready", "error"
};

// One stream a client opened (POST /api/v1/streams): torrent2http's pre-buffer loop as an
// object. It finds the file's probe region (StreamProber), then holds one reader (ReaderRole::
// Http) on each range of the region and of the pre-buffer from the client's offset, moved to the
// range's first missing byte on every status round, so that those bytes download first; and it
// counts how many are here. The readers stay until the stream is released. Lives on the
// Session's thread.
class ApiStream : public QObject
{
    Q_OBJECT

public:
    ApiStream(Session *session, StreamServer *streams, const QString &id, const TorrentId &torrent,
              int fileIndex, qint64 offset, qint64 prebufferBytes, QObject *parent = nullptr);
    ~ApiStream() override;

    const ApiStreamStatus &status() const { return m_status; }
    // Looks again: called on every status round of the session.
    void refresh();
    // A client asked for the stream, or a player reads its URL: it is not idle.
    void markUsed() { m_lastUse.start(); }
    qint64 idleMs() const { return m_lastUse.elapsed(); }
    // The readers the stream itself holds on its file (ReaderRole::Http, as a player's are).
    int readerCount() const { return int(m_fetches.size()); }

signals:
    // The state, the bytes ready or needed, or the error changed.
    void changed();

private:
    struct Fetch
    {
        ByteRange range;
        std::unique_ptr<ByteReader> reader;
    };

    // Lets go of the readers and the prober, to find the file again.
    void stop();
    bool isFinal() const;
    bool findFile();
    void setUrls();
    bool regionKnown();
    bool openReaders();
    void keepFetching();
    void measure();
    void fail(const QString &code, const QString &message);
    void publish(const ApiStreamStatus &before);
    // Downloaded bytes of a range of the file, and its first missing byte (-1: none).
    qint64 bytesHave(const ByteRange &range) const;
    qint64 firstMissing(const ByteRange &range) const;

    Session *m_session;
    QPointer<StreamServer> m_streams;
    TorrentId m_torrent;
    ApiStreamStatus m_status;
    FileEntry m_file;
    bool m_fileKnown = false;
    int m_pieceLength = 0;
    std::shared_ptr<const PieceAvailability> m_pieces;
    std::unique_ptr<StreamProber> m_prober;
    QVector<ByteRange> m_ranges; // the probe region and the pre-buffer, sorted and merged
    std::vector<Fetch> m_fetches;
    QElapsedTimer m_lastUse;
};

} // namespace swarmplay
