#pragma once

// Internal to swarmplay_core (libavformat).

#include <memory>

#include <QString>
#include <QVector>

#include "subtitledecoder.h"
#include "subtitleevent.h"

struct AVFormatContext;
struct AVPacket;

namespace swarmplay {

class AvioReader;
class ByteReader;

// A second demuxer over a media file, beside the player's own, that reads one subtitle stream
// and the font attachments and discards everything else. It opens with the container's head
// alone (no find_stream_info probe), seeks by time on the video stream (Matroska's Cues index
// that one), and decodes the chosen stream's packets into SubtitleEvents. Every call blocks
// while its bytes are on their way; interrupt() ends the wait.
class SubtitleDemuxer
{
public:
    enum class Step
    {
        Events,      // zero or more events were added
        End,         // the end of the file
        Interrupted, // interrupt() was called
        Failed,      // the file cannot be read on (error() says why)
    };

    explicit SubtitleDemuxer(std::unique_ptr<ByteReader> reader);
    ~SubtitleDemuxer();
    SubtitleDemuxer(const SubtitleDemuxer &) = delete;
    SubtitleDemuxer &operator=(const SubtitleDemuxer &) = delete;

    // Reads the container's head: the tracks and the attachments.
    bool open();
    QString error() const { return m_error; }
    const QVector<EmbeddedTrack> &tracks() const { return m_tracks; }
    const QVector<SubtitleFont> &fonts() const { return m_fonts; }
    int videoWidth() const { return m_videoWidth; }
    int videoHeight() const { return m_videoHeight; }

    // Starts reading `stream` (one of tracks()); false with error() when it cannot be decoded.
    bool select(int stream);
    int selected() const { return m_selected; }
    const SubtitleDecoder &decoder() const { return m_decoder; }
    // Goes to the video's key frame at or before ms — or an earlier one, up to PrerollMs before,
    // whose bytes are all there already, so that a line that began before the key frame and
    // still shows at ms is read too; the next events are from there. A file with no index to
    // seek by is read again from its start. Right after opening, a time within PrerollMs needs
    // no seek: reading on from the head gets there (and wants no index).
    bool seek(qint64 ms);
    static constexpr qint64 PrerollMs = 10000;
    // Reads the next packet of the chosen stream, waiting for its bytes, and no further than the
    // reader's readLimit() (a follower waits for the viewers to read on).
    Step next(QVector<SubtitleEvent> *events);

    // From any thread: the call in progress gives up; so does every call until resume().
    void interrupt();
    void resume();
    // The offset the demuxer waits for bytes at, -1 when it does not wait.
    qint64 waitingAt() const;

private:
    bool openInput();
    void listStreams();
    // Opens the file again and reads the chosen stream from its start. When it is cut short
    // (interrupt()), the next seek, select or next tries again.
    bool restart();
    // The earliest indexed key frame of the video from ms - PrerollMs on whose bytes up to
    // the key frame at ms are all there; -1 when there is none before it.
    qint64 prerollStart(qint64 ms) const;

    std::unique_ptr<AvioReader> m_io;
    AVFormatContext *m_format = nullptr;
    AVPacket *m_packet = nullptr;
    SubtitleDecoder m_decoder;
    QVector<EmbeddedTrack> m_tracks;
    QVector<SubtitleFont> m_fonts;
    int m_videoStream = -1;
    int m_videoWidth = 0;
    int m_videoHeight = 0;
    int m_selected = -1;
    bool m_lost = false; // a restart was cut short: the file is to be opened again
    // Matroska parses its Cues once, on the first seek, and keeps what it has when that is cut
    // short: after an interrupted seek the file is opened again before the next one.
    bool m_seekCut = false;
    bool m_atHead = false; // opened, and nothing read or sought since
    QString m_error;
};

} // namespace swarmplay
