#pragma once

#include <atomic>
#include <memory>

#include <QIODevice>

#include "bytereader.h"
#include "readspans.h"

namespace swarmplay {

// The QIODevice QMediaPlayer reads a torrent's file through. Random access with an exact size;
// readData() blocks until the bytes are downloaded (it never returns 0 for "not yet"), and
// abort() releases a blocked read at once — call it before stop(), setSource() or destruction.
// Qt Multimedia reports no buffering for a device, so the device says itself when it starts and
// stops waiting, and how much is ready ahead of the read position. Those signals are emitted from
// the reading thread; connect them queued.
class TorrentStreamDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit TorrentStreamDevice(std::unique_ptr<ByteReader> reader, QObject *parent = nullptr);
    ~TorrentStreamDevice() override;

    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    void abort();
    bool isAborted() const { return m_aborted.load(); }
    bool isWaiting() const { return m_waiting.load(); }
    // Where the last read began or ended, or where fetch() waits: the reader's place in the file.
    qint64 readPosition() const { return m_position.load(); }
    qint64 bytesReadyAhead() const;
    // Blocks until [offset, offset + length) is downloaded, reading none of it for anyone: what a
    // caller does before it lets a demuxer read there on a thread that must not wait. The reader
    // expects the range, so the scheduler fetches exactly it first; isWaiting() and
    // bufferingChanged() report the wait as for a read; once the range is here the reader's window
    // opens again at offset. For a thread that is this device's only reader meanwhile. False when
    // aborted or when the torrent went away.
    bool fetch(qint64 offset, qint64 length);
    // Why the last read failed; Ok while reading works.
    ByteReader::Status lastStatus() const { return m_lastStatus.load(); }
    // What the demuxer has read through this device since it opened or since forgetReads().
    QVector<ByteRange> readSpans() const { return m_spans.spans(); }
    void forgetReads() { m_spans.clear(); }

signals:
    void bufferingChanged(bool waiting);
    void readyAheadChanged(qint64 bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::unique_ptr<ByteReader> m_reader;
    std::atomic<qint64> m_position{0};
    std::atomic<bool> m_aborted{false};
    std::atomic<bool> m_waiting{false};
    std::atomic<ByteReader::Status> m_lastStatus{ByteReader::Status::Ok};
    ReadSpans m_spans;
};

} // namespace swarmplay
