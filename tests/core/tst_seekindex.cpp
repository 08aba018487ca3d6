// SeekIndex: the bytes FFmpeg's demuxer reads to resume playback at a time. The proof is
// FFmpeg itself: each real file (made with ffmpeg here) is opened with libavformat through I/O
// callbacks that record every read, as Qt's FFmpeg backend reads a QIODevice; it seeks as Qt 6.4
// does and reads packets until every stream has reached the time plus what is to play ahead.
// Every byte read must be in the spans (or, for the Cues a Matroska seek reads, in the probe
// region), and the spans must not be much more than what was read. Containers without an index
// give none; corrupt and truncated indexes give none and never hang.

#include <cstring>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

extern "C" {
#include <libavformat/avformat.h>
}

#include "input/torrentsource.h"
#include "localswarm.h"
#include "session/session.h"
#include "stream/proberegion.h"
#include "stream/seekindex.h"
#include "stream/streamprober.h"
#include "stream/streamview.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;
using Span = SeekIndex::Span;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * 1024;
constexpr int kSeconds = 60;

// Sorted and merged.
QVector<Span> merged(QVector<Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.offset < b.offset; });
    QVector<Span> out;
    for (const Span &s : std::as_const(spans)) {
        if (!out.isEmpty() && s.offset <= out.last().end())
            out.last().length = qMax(out.last().end(), s.end()) - out.last().offset;
        else if (s.length > 0)
            out.append(s);
    }
    return out;
}

qint64 bytes(const QVector<Span> &spans)
{
    qint64 total = 0;
    for (const Span &s : spans)
        total += s.length;
    return total;
}

// Bytes of `reads` outside `cover`.
qint64 uncovered(const QVector<Span> &reads, const QVector<Span> &cover)
{
    const QVector<Span> c = merged(cover);
    qint64 outside = 0;
    for (const Span &r : merged(reads)) {
        qint64 inside = 0;
        for (const Span &s : c)
            inside += qMax<qint64>(0, qMin(r.end(), s.end()) - qMax(r.offset, s.offset));
        outside += r.length - inside;
    }
    return outside;
}

QString describe(const QVector<Span> &spans)
{
    QStringList parts;
    for (const Span &s : spans)
        parts << QStringLiteral("[%1, %2)").arg(s.offset).arg(s.end());
    return parts.join(QLatin1Char(' '));
}

// Sorted, apart, inside the file: what a player relies on.
QString malformed(const QVector<Span> &spans, qint64 fileSize)
{
    qint64 previousEnd = -1;
    for (const Span &s : spans) {
        if (s.length <= 0 || s.offset < 0 || s.end() > fileSize)
            return QStringLiteral("span [%1, %2) outside [0, %3)")
                .arg(s.offset)
                .arg(s.end())
                .arg(fileSize);
        if (s.offset <= previousEnd)
            return QStringLiteral("spans not sorted and merged at %1").arg(s.offset);
        previousEnd = s.end();
    }
    return {};
}

ProbeRegion::Result probe(const QString &name, const QByteArray &data)
{
    return ProbeRegion::compute(
        name, data.size(), [&](qint64 offset, qint64 length) { return data.mid(offset, length); });
}

QVector<Span> spans(const QVector<ProbeRegion::Range> &ranges)
{
    QVector<Span> out;
    for (const ProbeRegion::Range &r : ranges)
        out.append({r.offset, r.length});
    return out;
}

// FFmpeg's demuxer over a file in memory, reading through callbacks with a 32 KiB buffer as Qt's
// FFmpeg backend reads a QIODevice.
class Demuxer
{
public:
    explicit Demuxer(const QByteArray &data)
        : m_data(data)
    {}
    ~Demuxer()
    {
        avformat_close_input(&m_context);
        if (m_io) {
            av_freep(&m_io->buffer);
            avio_context_free(&m_io);
        }
    }
    Demuxer(const Demuxer &) = delete;
    Demuxer &operator=(const Demuxer &) = delete;

    // As Qt 6.4 loads a file: open, then find the streams' parameters.
    QString open()
    {
        constexpr int kBufferSize = 32768;
        auto *buffer = static_cast<unsigned char *>(av_malloc(kBufferSize));
        m_io = avio_alloc_context(buffer, kBufferSize, 0, this, &Demuxer::read, nullptr,
                                  &Demuxer::seek);
        m_context = avformat_alloc_context();
        m_context->pb = m_io;
        if (avformat_open_input(&m_context, nullptr, nullptr, nullptr) < 0)
            return QStringLiteral("libavformat could not open the file");
        if (avformat_find_stream_info(m_context, nullptr) < 0)
            return QStringLiteral("libavformat found no stream information");
        return {};
    }

    // As Qt 6.4 seeks (av_seek_frame on the default stream, backwards to a sync point), then the
    // packets until every audio and video stream has one at or after untilMs. Every read on the
    // way, in the order made.
    QVector<Span> seekAndRead(qint64 timeMs, qint64 untilMs, QString *error)
    {
        m_reads.clear();
        m_recording = true;
        if (av_seek_frame(m_context, -1, timeMs * 1000, AVSEEK_FLAG_BACKWARD) < 0)
            *error = QStringLiteral("av_seek_frame failed");
        QSet<int> waiting;
        for (unsigned i = 0; i < m_context->nb_streams; ++i) {
            const AVMediaType type = m_context->streams[i]->codecpar->codec_type;
            if (type == AVMEDIA_TYPE_VIDEO || type == AVMEDIA_TYPE_AUDIO)
                waiting.insert(int(i));
        }
        AVPacket *packet = av_packet_alloc();
        for (int n = 0; n < 100000 && !waiting.isEmpty(); ++n) {
            if (av_read_frame(m_context, packet) < 0)
                break;
            const AVStream *stream = m_context->streams[packet->stream_index];
            const qint64 ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
            if (ts != AV_NOPTS_VALUE && av_rescale_q(ts, stream->time_base, {1, 1000}) >= untilMs)
                waiting.remove(packet->stream_index);
            av_packet_unref(packet);
        }
        av_packet_free(&packet);
        m_recording = false;
        return m_reads;
    }

private:
    static int read(void *opaque, uint8_t *buffer, int size)
    {
        auto *self = static_cast<Demuxer *>(opaque);
        const qint64 n = qMin<qint64>(size, self->m_data.size() - self->m_position);
        if (n <= 0)
            return AVERROR_EOF;
        std::memcpy(buffer, self->m_data.constData() + self->m_position, size_t(n));
        if (self->m_recording)
            self->m_reads.append({self->m_position, n});
        self->m_position += n;
        return int(n);
    }
    static int64_t seek(void *opaque, int64_t offset, int whence)
    {
        auto *self = static_cast<Demuxer *>(opaque);
        const qint64 size = self->m_data.size();
        if (whence & AVSEEK_SIZE)
            return size;
        qint64 to = offset;
        if ((whence & 3) == SEEK_CUR)
            to += self->m_position;
        else if ((whence & 3) == SEEK_END)
            to += size;
        if (to < 0 || to > size)
            return -1;
        self->m_position = to;
        return to;
    }

    QByteArray m_data;
    qint64 m_position = 0;
    bool m_recording = false;
    QVector<Span> m_reads;
    AVFormatContext *m_context = nullptr;
    AVIOContext *m_io = nullptr;
};

QByteArray le(quint64 v, int bytes)
{
    QByteArray b(8, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b.left(bytes);
}

// The AVI as FFmpeg writes one past 1 GiB, which is too big to make here: each stream's
// reserved JUNK in its strl becomes a super index (indx) naming one standard index (ix00, ix01)
// made from idx1 and put after it. FFmpeg then reads those, not idx1.
QByteArray withOpenDmlIndexes(QByteArray avi)
{
    const qint64 movi = avi.indexOf("movi"); // idx1 counts from here
    const qint64 idx1 = avi.lastIndexOf("idx1");
    if (movi < 0 || idx1 < movi)
        return {};
    const qint64 count = qFromLittleEndian<quint32>(avi.constData() + idx1 + 4) / 16;
    QByteArray entries[2];
    int used[2] = {0, 0};
    for (qint64 i = 0; i < count; ++i) {
        const char *e = avi.constData() + idx1 + 8 + 16 * i;
        const int stream = e[0] == '0' && (e[1] == '0' || e[1] == '1') ? e[1] - '0' : -1;
        if (stream < 0)
            continue;
        const quint32 flags = qFromLittleEndian<quint32>(e + 4);
        const quint32 data = quint32(movi + qFromLittleEndian<quint32>(e + 8) + 8);
        const quint32 size = qFromLittleEndian<quint32>(e + 12) | (flags & 0x10 ? 0 : 0x80000000u);
        entries[stream] += le(data, 4) + le(size, 4);
        ++used[stream];
    }
    qint64 strl = 0;
    for (int s = 0; s < 2; ++s) {
        const QByteArray id = QByteArray("0") + char('0' + s) + (s == 0 ? "dc" : "wb");
        const QByteArray ix =
            QByteArray("ix0") + char('0' + s) + le(quint64(24 + entries[s].size()), 4) + le(2, 2) +
            le(0, 1) + le(1, 1) + le(quint64(used[s]), 4) + id + le(0, 8) + le(0, 4) + entries[s];
        const QByteArray super = le(4, 2) + le(0, 1) + le(0, 1) + le(1, 4) + id +
                                 QByteArray(12, 0) + le(quint64(avi.size()), 8) +
                                 le(quint64(ix.size()), 4) + le(quint64(used[s]), 4);
        avi += ix;
        strl = avi.indexOf("strl", strl + 1);
        const qint64 junk = avi.indexOf("JUNK", strl);
        if (strl < 0 || junk < 0 || junk > movi ||
            qFromLittleEndian<quint32>(avi.constData() + junk + 4) < quint32(super.size()))
            return {};
        avi.replace(junk, 4, "indx");
        avi.replace(junk + 8, super.size(), super);
    }
    return avi;
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray u64(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray box(const char *type, const QByteArray &payload)
{
    return u32(quint32(8 + payload.size())) + QByteArray(type) + payload;
}

// A full box: version 0 and no flags.
QByteArray fullBox(const char *type, const QByteArray &payload)
{
    return box(type, QByteArray(4, 0) + payload);
}

// A track of a film made up here: chunks of `perChunk` samples, each `size` bytes (a keyframe
// `keySize` every `keyEvery` samples when keyEvery > 0), where chunkOffsets says.
struct MadeTrack
{
    bool video = false;
    quint32 timescale = 0;
    quint32 delta = 0;
    qint64 samples = 0;
    int perChunk = 1;
    quint32 size = 0;
    quint32 keySize = 0;
    int keyEvery = 0;
    QVector<qint64> chunkOffsets;

    quint32 sizeOf(qint64 sample) const
    {
        return keyEvery > 0 && sample % keyEvery == 0 ? keySize : size;
    }
    qint64 offsetOf(qint64 sample) const
    {
        qint64 offset = chunkOffsets.at(sample / perChunk);
        for (qint64 s = sample / perChunk * perChunk; s < sample; ++s)
            offset += sizeOf(s);
        return offset;
    }
    QByteArray trak() const
    {
        QByteArray stss;
        for (qint64 s = 0; keyEvery > 0 && s < samples; s += keyEvery)
            stss += u32(quint32(s + 1));
        QByteArray sizes;
        for (qint64 s = 0; s < samples; ++s)
            sizes += u32(sizeOf(s));
        QByteArray offsets;
        for (qint64 o : chunkOffsets)
            offsets += u64(quint64(o));
        QByteArray stbl = fullBox("stsd", u32(0)) +
                          fullBox("stts", u32(1) + u32(quint32(samples)) + u32(delta)) +
                          fullBox("stsc", u32(1) + u32(1) + u32(quint32(perChunk)) + u32(1)) +
                          fullBox("stsz", u32(0) + u32(quint32(samples)) + sizes) +
                          fullBox("co64", u32(quint32(chunkOffsets.size())) + offsets);
        if (keyEvery > 0)
            stbl += fullBox("stss", u32(quint32(stss.size() / 4)) + stss);
        const QByteArray mdhd = fullBox("mdhd", u32(0) + u32(0) + u32(timescale) +
                                                    u32(quint32(samples * delta)) + u32(0));
        const QByteArray hdlr =
            fullBox("hdlr", u32(0) + QByteArray(video ? "vide" : "soun") + QByteArray(13, 0));
        return box("trak", box("mdia", mdhd + hdlr + box("minf", box("stbl", stbl))));
    }
};

} // namespace

namespace QTest {
template <> char *toString(const Span &s)
{
    return qstrdup(qPrintable(QStringLiteral("[%1, %2)").arg(s.offset).arg(s.end())));
}
} // namespace QTest

class tst_SeekIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demuxerReadsAreCovered_data();
    void demuxerReadsAreCovered();
    void noIndex_data();
    void noIndex();
    void regionBeforeIndex_data();
    void regionBeforeIndex();
    void proberDeliversIndex();
    void spans();
    void twoHourFilm();
    void corruptIndex_data();
    void corruptIndex();
    void fuzzedIndex();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString ffmpeg(const QStringList &args, const QString &output);

    QTemporaryDir m_dir;
    QStringList m_indexed; // files with an index, by name
};

QString tst_SeekIndex::ffmpeg(const QStringList &args, const QString &output)
{
    const ProcessResult r = runFfmpeg(args, path(output));
    return r.exitCode == 0 ? QString()
                           : QStringLiteral("ffmpeg could not make %1: %2").arg(output, r.err);
}

void tst_SeekIndex::initTestCase()
{
    av_log_set_level(AV_LOG_ERROR);
    // Not a skip: the project's test setup installs it, so a missing one is a broken setup.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty(),
             "tst_seekindex makes its media with ffmpeg: install the Debian package ffmpeg");
    QVERIFY(m_dir.isValid());
    const QStringList source = {
        QStringLiteral("-f"), QStringLiteral("lavfi"),
        QStringLiteral("-i"), QStringLiteral("testsrc2=size=640x360:rate=25"),
        QStringLiteral("-f"), QStringLiteral("lavfi"),
        QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"),
        QStringLiteral("-t"), QString::number(kSeconds)};
    // A minute at about 1.2 Mbit/s, a keyframe every 4 s (and B-frames, so an edit list).
    const QString made = ffmpeg(
        source + QStringList{QStringLiteral("-c:v"), QStringLiteral("libx264"),
                             QStringLiteral("-preset"), QStringLiteral("veryfast"),
                             QStringLiteral("-b:v"), QStringLiteral("1M"), QStringLiteral("-g"),
                             QStringLiteral("100"), QStringLiteral("-pix_fmt"),
                             QStringLiteral("yuv420p"), QStringLiteral("-c:a"),
                             QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("128k")},
        QStringLiteral("moov-at-end.mp4"));
    QVERIFY2(made.isEmpty(), qPrintable(made));
    m_indexed << QStringLiteral("moov-at-end.mp4");

    const QStringList remux = {QStringLiteral("-i"), path(QStringLiteral("moov-at-end.mp4")),
                               QStringLiteral("-c:v"), QStringLiteral("copy")};
    const QStringList copyAudio = {QStringLiteral("-c:a"), QStringLiteral("copy")};
    const QStringList pcm = {QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")};
    const QList<QPair<QString, QStringList>> remuxes = {
        {QStringLiteral("faststart.mp4"),
         copyAudio + QStringList{QStringLiteral("-movflags"), QStringLiteral("+faststart")}},
        {QStringLiteral("movie.mkv"), copyAudio},
        // PCM: samples of one size, listed by the chunk.
        {QStringLiteral("pcm.mov"), pcm},
        {QStringLiteral("movie.ts"), copyAudio},
        {QStringLiteral("fragmented.mp4"),
         copyAudio + QStringList{QStringLiteral("-movflags"),
                                 QStringLiteral("empty_moov+default_base_moof"),
                                 QStringLiteral("-frag_duration"), QStringLiteral("2000000")}},
    };
    for (const auto &[name, extra] : remuxes) {
        const QString e = ffmpeg(remux + extra, name);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    m_indexed << QStringLiteral("faststart.mp4") << QStringLiteral("movie.mkv")
              << QStringLiteral("pcm.mov");

    // The classic AVI (MPEG-4 part 2 and MP3, idx1), one with PCM audio (a sample size: times
    // count bytes) and one with OpenDML indexes.
    const QString avi =
        ffmpeg(source + QStringList{QStringLiteral("-c:v"), QStringLiteral("mpeg4"),
                                    QStringLiteral("-b:v"), QStringLiteral("1M"),
                                    QStringLiteral("-g"), QStringLiteral("100"),
                                    QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                    QStringLiteral("-b:a"), QStringLiteral("128k")},
               QStringLiteral("movie.avi"));
    QVERIFY2(avi.isEmpty(), qPrintable(avi));
    const QString pcmAvi =
        ffmpeg({QStringLiteral("-i"), path(QStringLiteral("movie.avi")), QStringLiteral("-c:v"),
                QStringLiteral("copy"), QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")},
               QStringLiteral("pcm.avi"));
    QVERIFY2(pcmAvi.isEmpty(), qPrintable(pcmAvi));
    const QByteArray odml = withOpenDmlIndexes(readFile(path(QStringLiteral("movie.avi"))));
    QVERIFY(!odml.isEmpty());
    QFile odmlFile(path(QStringLiteral("odml.avi")));
    QVERIFY(odmlFile.open(QIODevice::WriteOnly) && odmlFile.write(odml) == odml.size());
    odmlFile.close();
    m_indexed << QStringLiteral("movie.avi") << QStringLiteral("pcm.avi")
              << QStringLiteral("odml.avi");
    for (const QString &name : std::as_const(m_indexed))
        qInfo("%s: %lld bytes", qPrintable(name), QFileInfo(path(name)).size());
}

void tst_SeekIndex::demuxerReadsAreCovered_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("aheadMs");
    for (const QString &name : std::as_const(m_indexed)) {
        for (const int percent : {25, 50, 90}) {
            for (const qint64 ahead : {qint64(0), qint64(3000)}) {
                QTest::addRow("%s %d%% +%lld ms", qPrintable(name), percent, ahead)
                    << name << percent << ahead;
            }
        }
    }
}

void tst_SeekIndex::demuxerReadsAreCovered()
{
    QFETCH(QString, name);
    QFETCH(int, percent);
    QFETCH(qint64, aheadMs);
    const QByteArray d = readFile(path(name));
    const ProbeRegion::Result region = probe(name, d);
    const SeekIndex &index = region.seekIndex;
    QVERIFY2(!index.isEmpty(), qPrintable(region.fallbackReason));
    QVERIFY2(qAbs(index.durationMs() - kSeconds * 1000) < 500,
             qPrintable(QString::number(index.durationMs())));
    const qint64 timeMs = index.durationMs() * percent / 100;

    Demuxer demuxer(d);
    const QString opened = demuxer.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QString error;
    const QVector<Span> reads = merged(demuxer.seekAndRead(timeMs, timeMs + aheadMs, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QVector<Span> spans = index.spansFor(timeMs, aheadMs);
    const QString bad = malformed(spans, d.size());
    QVERIFY2(bad.isEmpty(), qPrintable(bad));

    const qint64 read = bytes(reads);
    const qint64 spanned = bytes(spans);
    const qint64 outsideSpans = uncovered(reads, spans);
    qInfo("%s seek to %lld ms, %lld ms ahead: FFmpeg read %lld bytes, the spans hold %lld "
          "(%.2fx); %lld bytes read outside them",
          qPrintable(name), timeMs, aheadMs, read, spanned, double(spanned) / qMax<qint64>(1, read),
          outsideSpans);
    const QString detail =
        QStringLiteral("read %1\nspans %2").arg(describe(reads), describe(spans));
    QVERIFY2(read > 0, qPrintable(detail));
    // FFmpeg reads a Matroska file's Cues at its first seek: they are in the probe region.
    if (name.endsWith(QLatin1String(".mkv")))
        QVERIFY2(uncovered(reads, spans + ::spans(region.ranges)) == 0, qPrintable(detail));
    else
        QVERIFY2(outsideSpans == 0, qPrintable(detail));
    QVERIFY2(spanned < 3 * read + MiB, qPrintable(detail));
}

void tst_SeekIndex::noIndex_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("MPEG-TS") << QStringLiteral("movie.ts");
    QTest::newRow("fragmented MP4") << QStringLiteral("fragmented.mp4");
}

// The player keeps its fallback for these.
void tst_SeekIndex::noIndex()
{
    QFETCH(QString, name);
    const ProbeRegion::Result region = probe(name, readFile(path(name)));
    QVERIFY2(region.fallbackReason.isEmpty(), qPrintable(region.fallbackReason));
    QVERIFY(region.seekIndex.isEmpty());
    QVERIFY(region.seekIndex.spansFor(10000, 1000).isEmpty());
    QCOMPARE(region.seekIndex.durationMs(), -1);
}

void tst_SeekIndex::regionBeforeIndex_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("readsAfter");
    QTest::newRow("mp4: the moov is the index") << QStringLiteral("moov-at-end.mp4") << false;
    QTest::newRow("mkv: Cues") << QStringLiteral("movie.mkv") << true;
    QTest::newRow("avi: idx1") << QStringLiteral("movie.avi") << true;
    QTest::newRow("avi: OpenDML") << QStringLiteral("odml.avi") << true;
}

// A streamer learns the region before the walk waits for the index at the end of the file, and
// the walk reads nothing outside the region.
void tst_SeekIndex::regionBeforeIndex()
{
    QFETCH(QString, name);
    QFETCH(bool, readsAfter);
    const QByteArray d = readFile(path(name));
    QVector<Span> reads;
    int readsBefore = -1;
    QVector<ProbeRegion::Range> told;
    const ProbeRegion::Result result = ProbeRegion::compute(
        name, d.size(),
        [&](qint64 offset, qint64 length) {
            reads.append({offset, length});
            return d.mid(offset, length);
        },
        ProbeRegion::Options(),
        [&](const ProbeRegion::Result &region) {
            QVERIFY(readsBefore < 0);
            readsBefore = reads.size();
            told = region.ranges;
            QVERIFY(region.seekIndex.isEmpty());
        });
    QVERIFY(readsBefore > 0);
    QCOMPARE(told, result.ranges);
    QVERIFY(!result.seekIndex.isEmpty());
    QCOMPARE(reads.size() > readsBefore, readsAfter);
    QCOMPARE(uncovered(reads, ::spans(result.ranges)), 0);
}

// What the player gets: the prober walks a torrent's file through its own reader, publishes the
// region and hands over the seek index with it, the same as from the file itself.
void tst_SeekIndex::proberDeliversIndex()
{
    LocalSwarm swarm;
    QVERIFY(QDir().mkpath(swarm.path(QStringLiteral("src"))));
    QVERIFY(QFile::copy(path(QStringLiteral("movie.mkv")),
                        swarm.path(QStringLiteral("src/movie.mkv"))));
    TorrentCreator::Options options;
    options.pieceSize = 256 * 1024;
    const QString torrent = swarm.makeTorrent(swarm.path(QStringLiteral("src/movie.mkv")), options);
    QVERIFY(swarm.addSeeder(torrent, swarm.path(QStringLiteral("src"))));
    Session *leech = swarm.addSession(QStringLiteral("leech"));
    AddOptions add;
    add.files = AddOptions::Files::None;
    AddResult added;
    QVERIFY(await(leech->addTorrent(torrent, add), &added) && added.ok());
    swarm.connectToSeeders(leech, added.id);
    QVERIFY(
        QTest::qWaitFor([&] { return leech->cachedInfo(added.id).isValid(); }, scaledMs(10000)));
    QVERIFY(QTest::qWaitFor([&] { return leech->streams()->file(added.id.key(), 0).has_value(); },
                            scaledMs(10000)));

    std::unique_ptr<StreamProber> prober(leech->createProber(added.id, 0));
    bool finished = false;
    connect(prober.get(), &StreamProber::finished, this, [&] { finished = true; });
    QVERIFY(prober->start());
    QVERIFY(QTest::qWaitFor([&] { return finished; }, scaledMs(60000)));
    const ProbeRegion::Result result = prober->result();
    const ProbeRegion::Result local =
        probe(QStringLiteral("movie.mkv"), readFile(path(QStringLiteral("movie.mkv"))));
    QCOMPARE(result.ranges, local.ranges);
    QVERIFY(!result.seekIndex.isEmpty());
    QCOMPARE(result.seekIndex.blockCount(), local.seekIndex.blockCount());
    QCOMPARE(result.seekIndex.spansFor(30000, 2000), local.seekIndex.spansFor(30000, 2000));
    qint64 durationMs = -1;
    QCOMPARE(leech->streams()->probeRegion(added.id.key(), 0, &durationMs), result.ranges);
    QCOMPARE(durationMs, result.durationMs);
}

// The rules on an index made by hand: a video track whose samples lie 100 KiB apart (each its own
// block), a keyframe every 2 s, and an audio track apart from it in the file.
void tst_SeekIndex::spans()
{
    QVERIFY(SeekIndex().isEmpty());
    QVERIFY(SeekIndex().spansFor(0, 1000).isEmpty());

    constexpr qint64 step = 100 * KiB;
    constexpr qint64 audioAt = 50 * MiB;
    constexpr qint64 readAhead = 64 * KiB;
    const auto made = [&](qint64 fileSize) {
        SeekIndex index;
        const int audio = index.addTrack(false, false);
        const int video = index.addTrack(true, true);
        for (int i = 0; i < 100; ++i) {
            index.addSample(video, i * step, 1000, i * 100, i % 20 == 0);
            index.addSample(audio, audioAt + i * step, 500, i * 100 + 50, true);
        }
        index.finish(fileSize, 10000);
        return index;
    };
    const SeekIndex index = made(audioAt + 100 * step);
    QVERIFY(!index.isEmpty());
    QCOMPARE(index.durationMs(), 10000);
    QCOMPARE(index.blockCount(), 200);

    // 5.0 s plays from the keyframe at 4.0 s: video samples 40–50, audio from its sample before
    // 4.0 s (3.95 s) to the one before 5.0 s. Each sample with the demuxer's read-ahead.
    QVector<Span> expected;
    for (int i = 40; i <= 50; ++i)
        expected.append({i * step, 1000 + readAhead});
    for (int i = 39; i <= 49; ++i)
        expected.append({audioAt + i * step, 500 + readAhead});
    QCOMPARE(index.spansFor(5000, 0), expected);
    // 1.5 s more reaches samples 51–65 of both.
    QCOMPARE(index.spansFor(5000, 1500).size(), expected.size() + 30);
    // On a keyframe: it alone, and the audio before it.
    QCOMPARE(index.spansFor(4000, 0).first(), (Span{40 * step, 1000 + readAhead}));
    QCOMPARE(index.spansFor(4000, 0).size(), 2);
    // Before the first sample: the first keyframe; past the end: the last keyframe to the end.
    QCOMPARE(index.spansFor(-500, 0).first(), (Span{0, 1000 + readAhead}));
    QCOMPARE(index.spansFor(60000, 0).first(), (Span{80 * step, 1000 + readAhead}));
    QCOMPARE(index.spansFor(60000, 0).size(), 20 + 21);

    // Samples closer than the read-ahead are one span; the file's end clips.
    SeekIndex dense;
    const int track = dense.addTrack(true, false);
    for (int i = 0; i < 1000; ++i)
        dense.addSample(track, i * 10 * KiB, 8 * KiB, i * 40, true);
    QVERIFY(dense.finish(10000 * KiB - 100, -1));
    QCOMPARE(dense.durationMs(), 999 * 40);
    // Blocks of 13 samples (0 to 480 ms): 20 s is in the one from sample 494, 22 s in the one
    // to sample 558.
    QCOMPARE(dense.spansFor(20000, 2000),
             (QVector<Span>{{494 * 10 * KiB, 64 * 10 * KiB + 8 * KiB + readAhead}}));
    QCOMPARE(dense.spansFor(39000, 5000).last().end(), 10000 * KiB - 100);
    QVERIFY(dense.blockCount() < 100); // a block ends after half a second

    // Time going backwards, a negative offset, a time past 24 days: corrupt, so empty.
    const auto corrupt = [](qint64 offset, qint64 secondTime) {
        SeekIndex index;
        const int t = index.addTrack(true, false);
        index.addSample(t, 0, 100, 1000, true);
        index.addSample(t, offset, 100, secondTime, true);
        return !index.finish(MiB, -1) && index.isEmpty() && index.spansFor(0, 0).isEmpty();
    };
    QVERIFY(corrupt(1000, 500));
    QVERIFY(corrupt(-5, 2000));
    QVERIFY(corrupt(1000, qint64(1) << 40));
    QVERIFY(!corrupt(1000, 2000));
}

// A two-hour film's moov (180 000 video samples, 338 400 audio samples, a chunk of each per
// second, interleaved, moov at the end): the index stays small, and a seek to the middle covers
// exactly the samples FFmpeg would read.
void tst_SeekIndex::twoHourFilm()
{
    MadeTrack video{true, 12800, 512, 180000, 25, 4000, 40000, 50, {}};
    MadeTrack audio{false, 48000, 1024, 7200 * 47, 47, 370, 0, 0, {}};
    const QByteArray head = box("ftyp", QByteArray("isom") + u32(0)) + u32(1) + "mdat" + u64(0);
    qint64 at = head.size();
    for (int chunk = 0; chunk < 7200; ++chunk) {
        video.chunkOffsets.append(at);
        for (qint64 s = chunk * 25; s < (chunk + 1) * 25; ++s)
            at += video.sizeOf(s);
        audio.chunkOffsets.append(at);
        at += 47 * 370;
    }
    const qint64 mdatEnd = at;
    QByteArray headBytes = head;
    headBytes.replace(head.size() - 8, 8, u64(quint64(mdatEnd - (head.size() - 16))));
    const QByteArray moov = box(
        "moov", fullBox("mvhd", u32(0) + u32(0) + u32(1000) + u32(7200000) + QByteArray(80, 0)) +
                    video.trak() + audio.trak());
    const qint64 size = mdatEnd + moov.size();
    QElapsedTimer timer;
    timer.start();
    const ProbeRegion::Result region =
        ProbeRegion::compute(QStringLiteral("film.mp4"), size, [&](qint64 offset, qint64 length) {
            QByteArray out(int(length), 0);
            for (qint64 i = 0; i < length; ++i) {
                const qint64 p = offset + i;
                if (p < headBytes.size())
                    out[int(i)] = headBytes[int(p)];
                else if (p >= mdatEnd)
                    out[int(i)] = moov[int(p - mdatEnd)];
            }
            return out;
        });
    qInfo("%lld bytes of moov walked in %lld ms: %d blocks", qint64(moov.size()), timer.elapsed(),
          region.seekIndex.blockCount());
    QVERIFY2(!region.seekIndex.isEmpty(), qPrintable(region.fallbackReason));
    QCOMPARE(region.seekIndex.durationMs(), 7200000);
    // Some 16 bytes a block: under half a MiB for the film.
    QVERIFY2(region.seekIndex.blockCount() < 30000,
             qPrintable(QString::number(region.seekIndex.blockCount())));

    // 3600.7 s: the keyframe at 3600 s (video sample 90000), audio from its sample before that
    // (3599.98 s, sample 168749), to 3602.7 s in both.
    const qint64 timeMs = 3600700;
    const qint64 aheadMs = 2000;
    QVector<Span> needed;
    for (qint64 s = 90000; s <= (timeMs + aheadMs) * 25 / 1000; ++s)
        needed.append({video.offsetOf(s), video.sizeOf(s)});
    for (qint64 s = 3600 * 48000 / 1024; s <= (timeMs + aheadMs) * 48 / 1024; ++s)
        needed.append({audio.offsetOf(s), 370});
    const QVector<Span> spans = region.seekIndex.spansFor(timeMs, aheadMs);
    const QString detail =
        QStringLiteral("needed %1\nspans %2").arg(describe(merged(needed)), describe(spans));
    QCOMPARE(uncovered(needed, spans), 0);
    QVERIFY2(bytes(spans) < 2 * bytes(merged(needed)) + 256 * KiB, qPrintable(detail));
}

void tst_SeekIndex::corruptIndex_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");

    const QByteArray mp4 = readFile(path(QStringLiteral("faststart.mp4")));
    const QByteArray mkv = readFile(path(QStringLiteral("movie.mkv")));
    const QByteArray avi = readFile(path(QStringLiteral("movie.avi")));
    const QByteArray odml = readFile(path(QStringLiteral("odml.avi")));
    const auto patched = [](QByteArray d, qint64 at, const QByteArray &bytes) {
        d.replace(at, bytes.size(), bytes);
        return d;
    };
    const auto table = [&](const char *type) {
        return mp4.indexOf(type) + 4 + 4;
    };

    // A count past its box, in each table.
    for (const char *type : {"stts", "stss", "stsc", "stsz", "stco"}) {
        const qint64 count = table(type) + (QByteArray(type) == "stsz" ? 4 : 0);
        QTest::addRow("mp4 %s count past its box", type)
            << QStringLiteral("bad.mp4") << patched(mp4, count, u32(0x10000000));
    }
    QTest::newRow("mp4 chunk past the end")
        << QStringLiteral("bad.mp4") << patched(mp4, table("stco") + 8, u32(0x7FFFFFFF));
    QTest::newRow("mp4 stsc chunks not rising")
        << QStringLiteral("bad.mp4") << patched(mp4, table("stsc") + 4, u32(0));
    // Time runs to 2^62 ticks and beyond.
    QTest::newRow("mp4 huge sample duration")
        << QStringLiteral("bad.mp4") << patched(mp4, table("stts") + 8, u32(0xFFFFFFFF));
    QTest::newRow("mp4 no mdhd timescale")
        << QStringLiteral("bad.mp4") << patched(mp4, mp4.indexOf("mdhd") + 4 + 12, u32(0));

    const qint64 cues = mkv.lastIndexOf(QByteArray("\x1C\x53\xBB\x6B", 4));
    // The last cue's CueClusterPosition, three bytes long.
    const qint64 position = mkv.lastIndexOf(QByteArray("\xF1\x83", 2));
    QVERIFY(position > cues);
    QTest::newRow("mkv cluster position past the Segment")
        << QStringLiteral("bad.mkv") << patched(mkv, position + 2, QByteArray(3, '\xFF'));
    QTest::newRow("mkv Cues garbage")
        << QStringLiteral("bad.mkv")
        << patched(mkv, cues + 12, QByteArray(mkv.size() - cues - 12, '\xBB'));
    QTest::newRow("mkv cut before the Cues") << QStringLiteral("cut.mkv") << mkv.left(cues + 20);

    const qint64 idx1 = avi.lastIndexOf("idx1");
    QTest::newRow("avi idx1 entries of no stream")
        << QStringLiteral("bad.avi")
        << patched(avi, idx1 + 8, QByteArray(avi.size() - idx1 - 8, '\xFF'));
    QTest::newRow("avi idx1 offsets past the end")
        << QStringLiteral("bad.avi")
        << patched(avi, idx1 + 8 + 16 + 8, QByteArray("\xF0\xFF\xFF\x7F", 4));
    QTest::newRow("avi no movi list")
        << QStringLiteral("bad.avi") << patched(avi, avi.indexOf("movi"), "MOVI");
    const qint64 ix = odml.lastIndexOf("ix00");
    QTest::newRow("avi OpenDML index of the wrong type")
        << QStringLiteral("bad.avi") << patched(odml, ix + 11, QByteArray(1, 0));
    QTest::newRow("avi OpenDML index count past its chunk")
        << QStringLiteral("bad.avi") << patched(odml, ix + 12, QByteArray("\xFF\xFF\xFF\x0F", 4));
}

// No crash, no hang, and nothing to trust: the index is empty.
void tst_SeekIndex::corruptIndex()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QElapsedTimer timer;
    timer.start();
    const ProbeRegion::Result region = probe(name, data);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(region.seekIndex.isEmpty());
    QVERIFY(region.seekIndex.spansFor(30000, 1000).isEmpty());
}

// Random bytes over the indexes: whatever the index makes of them, spans stay in the file,
// sorted and apart, and every walk ends.
void tst_SeekIndex::fuzzedIndex()
{
    QRandomGenerator random(42);
    int nonEmpty = 0;
    for (const QString &name : {QStringLiteral("faststart.mp4"), QStringLiteral("movie.mkv"),
                                QStringLiteral("movie.avi"), QStringLiteral("odml.avi")}) {
        const QByteArray original = readFile(path(name));
        qint64 indexAt = original.indexOf("moov");
        if (name.endsWith(QLatin1String(".mkv")))
            indexAt = original.lastIndexOf(QByteArray("\x1C\x53\xBB\x6B", 4));
        else if (name == QLatin1String("movie.avi"))
            indexAt = original.lastIndexOf("idx1");
        else if (name.endsWith(QLatin1String(".avi")))
            indexAt = original.lastIndexOf("ix00");
        QVERIFY(indexAt > 0);
        const qint64 indexEnd = qMin<qint64>(original.size(), indexAt + 64 * KiB);
        for (int round = 0; round < 60; ++round) {
            QByteArray d = original;
            for (int flips = 1 + random.bounded(8); flips > 0; --flips)
                d[int(indexAt + random.bounded(indexEnd - indexAt))] = char(random.bounded(256));
            QElapsedTimer timer;
            timer.start();
            const ProbeRegion::Result region = probe(name, d);
            for (const qint64 t : {qint64(0), qint64(15000), qint64(59000), qint64(1) << 40}) {
                const QString bad = malformed(region.seekIndex.spansFor(t, 2000), d.size());
                QVERIFY2(bad.isEmpty(), qPrintable(name + QLatin1Char(' ') + bad));
            }
            QVERIFY2(timer.elapsed() < 5000, qPrintable(name));
            nonEmpty += region.seekIndex.isEmpty() ? 0 : 1;
        }
    }
    qInfo("%d of 240 fuzzed indexes still usable", nonEmpty);
}

QTEST_GUILESS_MAIN(tst_SeekIndex)
#include "tst_seekindex.moc"
