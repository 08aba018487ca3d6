// ProbeRegion on real files made with ffmpeg. For every layout the region holds what FFmpeg reads
// to open the file (ffprobe says the same of a copy in which every other byte is zero, and the
// first frames decode) and none of the media data's middle; compute() reads structure only, far
// less than the file; garbage, truncation and loops fall back to head and tail and never hang.

#include <cstring>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "stream/proberegion.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;
using Container = ProbeRegion::Container;
using Range = ProbeRegion::Range;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * 1024;

using Run = ProcessResult;

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    return runProcess(program, args, timeoutMs);
}

// What compute() made of a file held in memory, and every read it asked for.
struct Probe
{
    ProbeRegion::Result result;
    qint64 fileSize = 0;
    qint64 bytesRead = 0;
    QVector<Range> reads;
};

// `size` < data.size() plays a file cut there, without copying it.
Probe probe(const QString &name, const QByteArray &data, const ProbeRegion::Options &options = {},
            qint64 size = -1)
{
    Probe p;
    p.fileSize = size < 0 ? data.size() : size;
    p.result = ProbeRegion::compute(
        name, p.fileSize,
        [&](qint64 offset, qint64 length) {
            p.reads.append({offset, length});
            p.bytesRead += length;
            return data.mid(offset, qMin(length, p.fileSize - offset));
        },
        options);
    return p;
}

// What compute() falls back to: the head and the tail, one range when they meet.
QVector<Range> headAndTail(qint64 size)
{
    const ProbeRegion::Options o;
    if (o.fallbackHeadBytes >= size - o.fallbackTailBytes)
        return {{0, size}};
    return {{0, o.fallbackHeadBytes}, {size - o.fallbackTailBytes, o.fallbackTailBytes}};
}

QString describe(const Probe &p)
{
    QStringList ranges;
    for (const Range &r : p.result.ranges)
        ranges << QStringLiteral("[%1, %2)").arg(r.offset).arg(r.end());
    return QStringLiteral("%1 of %2 bytes: %3 = %4 bytes, read %5 in %6 calls%7")
        .arg(ProbeRegion::containerName(p.result.container))
        .arg(p.fileSize)
        .arg(ranges.join(QLatin1Char(' ')))
        .arg(p.result.bytes())
        .arg(p.bytesRead)
        .arg(p.reads.size())
        .arg(p.result.fallbackReason.isEmpty()
                 ? QString()
                 : QStringLiteral(" (") + p.result.fallbackReason + QLatin1Char(')'));
}

// Sorted, merged, inside the file: what the scheduler relies on.
QString malformed(const ProbeRegion::Result &r, qint64 fileSize)
{
    qint64 previousEnd = -1;
    for (const Range &x : r.ranges) {
        if (x.length <= 0 || x.offset < 0 || x.end() > fileSize)
            return QStringLiteral("range [%1, %2) outside [0, %3)")
                .arg(x.offset)
                .arg(x.end())
                .arg(fileSize);
        if (x.offset <= previousEnd)
            return QStringLiteral("ranges not sorted and merged at %1").arg(x.offset);
        previousEnd = x.end();
    }
    return {};
}

bool covers(const ProbeRegion::Result &r, qint64 offset, qint64 length)
{
    return std::any_of(r.ranges.begin(), r.ranges.end(), [&](const Range &x) {
        return x.offset <= offset && offset + length <= x.end();
    });
}

// Bytes compute() read that the region leaves out: reading them was not needed.
qint64 readOutside(const Probe &p)
{
    qint64 outside = 0;
    for (const Range &read : p.reads) {
        for (qint64 i = read.offset; i < read.end(); ++i)
            outside += p.result.contains(i) ? 0 : 1;
    }
    return outside;
}

// The test's own structure finders, independent of ProbeRegion's.
struct Box
{
    QByteArray type;
    qint64 offset = -1;
    qint64 header = 0;
    qint64 size = 0;
};

QVector<Box> topLevelBoxes(const QByteArray &d)
{
    QVector<Box> boxes;
    for (qint64 pos = 0; pos + 8 <= d.size();) {
        Box b;
        b.type = d.mid(pos + 4, 4);
        b.offset = pos;
        b.header = 8;
        b.size = qFromBigEndian<quint32>(d.constData() + pos);
        if (b.size == 1) {
            b.size = qint64(qFromBigEndian<quint64>(d.constData() + pos + 8));
            b.header = 16;
        }
        if (b.size < 8)
            break;
        boxes.append(b);
        pos += b.size;
    }
    return boxes;
}

Box topLevelBox(const QByteArray &d, const char *type)
{
    for (const Box &b : topLevelBoxes(d)) {
        if (b.type == type)
            return b;
    }
    return {};
}

struct Ebml
{
    qint64 offset = -1;
    int idLength = 0;
    int header = 0;
    qint64 size = 0;
    qint64 end() const { return offset + header + size; }
};

Ebml ebmlAt(const QByteArray &d, qint64 pos)
{
    const auto length = [](uchar b) {
        int n = 1;
        while (n <= 8 && !(b & (0x80 >> (n - 1))))
            ++n;
        return n;
    };
    Ebml e;
    e.offset = pos;
    e.idLength = length(uchar(d[pos]));
    const int sizeLength = length(uchar(d[pos + e.idLength]));
    quint64 v = uchar(d[pos + e.idLength]) & (0xFF >> sizeLength);
    for (int i = 1; i < sizeLength; ++i)
        v = (v << 8) | uchar(d[pos + e.idLength + i]);
    e.header = e.idLength + sizeLength;
    e.size = qint64(v);
    return e;
}

const QByteArray kCuesId("\x1C\x53\xBB\x6B", 4);
const QByteArray kClusterId("\x1F\x43\xB6\x75", 4);
const QByteArray kSegmentId("\x18\x53\x80\x67", 4);
const QByteArray kSeekHeadId("\x11\x4D\x9B\x74", 4);

QByteArray be64(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

// `bytes` little-endian bytes of v, as RIFF writes numbers.
QByteArray le(quint64 v, int bytes)
{
    QByteArray b(8, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b.left(bytes);
}

// An EBML element with an 8-byte size, as the synthetic Matroska files below need.
QByteArray element(quint32 id, const QByteArray &payload)
{
    QByteArray out;
    for (int shift = id > 0xFFFFFF ? 24
                     : id > 0xFFFF ? 16
                     : id > 0xFF   ? 8
                                   : 0;
         shift >= 0; shift -= 8)
        out.append(char(id >> shift));
    out.append(char(0x01));
    out.append(be64(quint64(payload.size())).mid(1));
    return out + payload;
}

QByteArray seekEntry(quint32 id, quint64 position)
{
    QByteArray idBytes(4, Qt::Uninitialized);
    qToBigEndian(id, idBytes.data());
    return element(0x4DBB, element(0x53AB, idBytes) + element(0x53AC, be64(position)));
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray d(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(d.data()), size / 4);
    return d;
}

} // namespace

class tst_ProbeRegion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mp4Faststart();
    void mp4Fragmented();
    void moovAtEnd_data();
    void moovAtEnd();
    void mvhdVersions_data();
    void mvhdVersions();
    void matroska_data();
    void matroska();
    void avi();
    void aviOpenDmlIndex();
    void mpegTs_data();
    void mpegTs();
    void zeroedCopyStillProbes_data();
    void zeroedCopyStillProbes();
    void unknownFile();
    void corrupt_data();
    void corrupt();
    void seekHeadLoop();
    void fuzz();
    void edgeCases();
    void detect_data();
    void detect();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString ffmpeg(const QStringList &args, const QString &output);
    Probe probeFile(const QString &name, const ProbeRegion::Options &options = {});
    void checkWalked(const Probe &p, Container container);

    QTemporaryDir m_dir;
    QString m_ffmpeg;
    QString m_ffprobe;
    QStringList m_layouts; // every file made, by name
};

QString tst_ProbeRegion::ffmpeg(const QStringList &args, const QString &output)
{
    const Run r = run(
        m_ffmpeg, QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} +
                      args + QStringList{path(output)});
    if (r.exitCode != 0)
        return QStringLiteral("ffmpeg could not make %1: %2").arg(output, r.err);
    m_layouts << output;
    return {};
}

void tst_ProbeRegion::initTestCase()
{
    m_ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    m_ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
    // Not a skip: the project's test setup installs it, so a missing one is a broken setup.
    QVERIFY2(!m_ffmpeg.isEmpty() && !m_ffprobe.isEmpty(),
             "tst_proberegion makes its media with ffmpeg and checks the regions with ffprobe: "
             "install the Debian package ffmpeg");
    QVERIFY(m_dir.isValid());

    const Run list = run(m_ffmpeg, {QStringLiteral("-hide_banner"), QStringLiteral("-encoders")});
    const QStringList encoders = list.out.split(QRegularExpression(QStringLiteral("\\s+")));
    const auto pick = [&](const QStringList &candidates) {
        for (const QString &c : candidates) {
            if (encoders.contains(c))
                return c;
        }
        return QString();
    };
    const QString h264 = pick({QStringLiteral("libx264")});
    const QString webmVideo = pick({QStringLiteral("libvpx"), QStringLiteral("libvpx-vp9")});
    const QString webmAudio = pick({QStringLiteral("libvorbis"), QStringLiteral("libopus")});
    QVERIFY2(!webmVideo.isEmpty() && !webmAudio.isEmpty(),
             "this ffmpeg has no VP8/VP9 or Vorbis/Opus encoder for the WebM file");

    // Ten seconds at about 4 Mbit/s (lossless H.264 of a busy picture): the media data is
    // almost all of each file, as in a film.
    const QStringList source = {
        QStringLiteral("-f"), QStringLiteral("lavfi"),
        QStringLiteral("-i"), QStringLiteral("testsrc2=size=640x360:rate=25"),
        QStringLiteral("-f"), QStringLiteral("lavfi"),
        QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"),
        QStringLiteral("-t"), QStringLiteral("10")};
    const QStringList video =
        h264.isEmpty() ? QStringList{QStringLiteral("-c:v"), QStringLiteral("mpeg4"),
                                     QStringLiteral("-q:v"), QStringLiteral("1")}
                       : QStringList{QStringLiteral("-c:v"),     h264,
                                     QStringLiteral("-preset"),  QStringLiteral("ultrafast"),
                                     QStringLiteral("-qp"),      QStringLiteral("0"),
                                     QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
    const QString err =
        ffmpeg(source + video + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac")},
               QStringLiteral("moov-at-end.mp4"));
    QVERIFY2(err.isEmpty(), qPrintable(err));

    // The other MP4-family and stream layouts hold the same encoded frames.
    const QStringList remux = {QStringLiteral("-i"), path(QStringLiteral("moov-at-end.mp4")),
                               QStringLiteral("-c"), QStringLiteral("copy")};
    const QList<QPair<QString, QStringList>> remuxes = {
        {QStringLiteral("faststart.mp4"),
         {QStringLiteral("-movflags"), QStringLiteral("+faststart")}},
        {QStringLiteral("movie.mov"), {}},
        // Fragments of 2 s, each a moof (where its samples are) and an mdat: video, then audio.
        {QStringLiteral("fragmented.mp4"),
         {QStringLiteral("-movflags"), QStringLiteral("empty_moov+default_base_moof"),
          QStringLiteral("-frag_duration"), QStringLiteral("2000000")}},
        {QStringLiteral("movie.mkv"), {}},
        {QStringLiteral("movie.ts"), {}},
        {QStringLiteral("movie.m2ts"), {QStringLiteral("-mpegts_m2ts_mode"), QStringLiteral("1")}},
        // Constant-rate broadcast style: null packets pad to 12 Mbit/s.
        {QStringLiteral("padded.ts"), {QStringLiteral("-muxrate"), QStringLiteral("12M")}},
    };
    for (const auto &[name, extra] : remuxes) {
        const QString e = ffmpeg(remux + extra, name);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    const QString webm =
        ffmpeg(source + QStringList{QStringLiteral("-c:v"), webmVideo, QStringLiteral("-deadline"),
                                    QStringLiteral("realtime"), QStringLiteral("-cpu-used"),
                                    QStringLiteral("8"), QStringLiteral("-b:v"),
                                    QStringLiteral("4M"), QStringLiteral("-c:a"), webmAudio},
               QStringLiteral("movie.webm"));
    QVERIFY2(webm.isEmpty(), qPrintable(webm));
    // The classic AVI: MPEG-4 part 2 and MP3 (MP2 when there is no LAME), with an idx1.
    const QString mp3 = pick({QStringLiteral("libmp3lame")});
    const QString avi = ffmpeg(source + QStringList{QStringLiteral("-c:v"), QStringLiteral("mpeg4"),
                                                    QStringLiteral("-q:v"), QStringLiteral("1"),
                                                    QStringLiteral("-c:a"),
                                                    mp3.isEmpty() ? QStringLiteral("mp2") : mp3},
                               QStringLiteral("movie.avi"));
    QVERIFY2(avi.isEmpty(), qPrintable(avi));

    // Matroska variants FFmpeg does not write on a seekable output: a Segment of unknown size (a
    // live recording) and no SeekHead (the SeekHead turned into a Void of the same size).
    QByteArray mkv = readFile(path(QStringLiteral("movie.mkv")));
    const Ebml header = ebmlAt(mkv, 0);
    const Ebml segment = ebmlAt(mkv, header.end());
    QCOMPARE(mkv.mid(segment.offset, 4), kSegmentId);
    QByteArray unknownSize = mkv;
    const int sizeLength = segment.header - segment.idLength;
    unknownSize[segment.offset + segment.idLength] = char(0xFF >> (sizeLength - 1));
    for (int i = 1; i < sizeLength; ++i)
        unknownSize[segment.offset + segment.idLength + i] = char(0xFF);
    QFile unknownFile(path(QStringLiteral("unknown-size-segment.mkv")));
    QVERIFY(unknownFile.open(QIODevice::WriteOnly) && unknownFile.write(unknownSize) > 0);
    unknownFile.close();
    m_layouts << QStringLiteral("unknown-size-segment.mkv");

    const Ebml seekHead = ebmlAt(mkv, segment.offset + segment.header);
    QCOMPARE(mkv.mid(seekHead.offset, 4), kSeekHeadId);
    const qint64 total = seekHead.end() - seekHead.offset;
    const QByteArray voidElement = QByteArray(1, char(0xEC)) + QByteArray(1, char(0x01)) +
                                   be64(quint64(total - 9)).mid(1) + QByteArray(total - 9, 0);
    mkv.replace(seekHead.offset, total, voidElement);
    QFile noSeekHead(path(QStringLiteral("no-seekhead.mkv")));
    QVERIFY(noSeekHead.open(QIODevice::WriteOnly) && noSeekHead.write(mkv) > 0);
    noSeekHead.close();
    m_layouts << QStringLiteral("no-seekhead.mkv");

    for (const QString &name : std::as_const(m_layouts))
        qInfo("%s: %lld bytes", qPrintable(name), QFileInfo(path(name)).size());
}

Probe tst_ProbeRegion::probeFile(const QString &name, const ProbeRegion::Options &options)
{
    const Probe p = probe(name, readFile(path(name)), options);
    qInfo("%s: %s", qPrintable(name), qPrintable(describe(p)));
    return p;
}

// What every walked layout shares: the container, a well-formed region smaller than the file,
// and reads far smaller than the file.
void tst_ProbeRegion::checkWalked(const Probe &p, Container container)
{
    QVERIFY2(p.result.container == container, qPrintable(describe(p)));
    QVERIFY2(p.result.fallbackReason.isEmpty(), qPrintable(describe(p)));
    const QString bad = malformed(p.result, p.fileSize);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QVERIFY2(p.bytesRead < p.fileSize / 4, qPrintable(describe(p)));
    QVERIFY2(p.result.bytes() < p.fileSize, qPrintable(describe(p)));
}

void tst_ProbeRegion::mp4Faststart()
{
    const Probe p = probeFile(QStringLiteral("faststart.mp4"));
    checkWalked(p, Container::Mp4);
    if (QTest::currentTestFailed())
        return;
    const QByteArray d = readFile(path(QStringLiteral("faststart.mp4")));
    const Box moov = topLevelBox(d, "moov");
    const Box mdat = topLevelBox(d, "mdat");
    QVERIFY(moov.offset >= 0 && mdat.offset > moov.offset);

    // One range from 0: ftyp, moov, the mdat header and the first frames.
    const qint64 firstFrames = ProbeRegion::Options().firstFramesBytes;
    QCOMPARE(p.result.ranges.size(), 1);
    QCOMPARE(p.result.ranges.first().offset, 0);
    QVERIFY(covers(p.result, moov.offset, moov.size));
    const qint64 end = p.result.ranges.first().end();
    QVERIFY2(end >= mdat.offset + mdat.header + firstFrames &&
                 end <= mdat.offset + mdat.header + firstFrames + 256 * KiB,
             qPrintable(describe(p)));
    QVERIFY(qAbs(p.result.durationMs - 10000) <= 500);
    // ftyp, box headers and the moov: structure only, and all of it in the region.
    QVERIFY2(p.bytesRead < moov.size + 16 * KiB, qPrintable(describe(p)));
    QCOMPARE(readOutside(p), 0);
}

// FFmpeg reads every moof while it opens the file, and the mfra at the end; the first samples
// of each track are where the first moof says (the audio run comes after the video run).
void tst_ProbeRegion::mp4Fragmented()
{
    const Probe p = probeFile(QStringLiteral("fragmented.mp4"));
    checkWalked(p, Container::Mp4);
    if (QTest::currentTestFailed())
        return;
    const QVector<Box> boxes = topLevelBoxes(readFile(path(QStringLiteral("fragmented.mp4"))));
    int moofs = 0;
    int mdats = 0;
    for (const Box &b : boxes) {
        if (b.type == "mdat") {
            QVERIFY2(covers(p.result, b.offset, b.header), qPrintable(describe(p)));
            // The first fragment's runs and their allowance reach into the second; no further.
            if (++mdats > 2)
                QVERIFY2(!p.result.contains(b.offset + b.size / 2), qPrintable(describe(p)));
        } else {
            QVERIFY2(covers(p.result, b.offset, b.size), qPrintable(b.type));
        }
        moofs += b.type == "moof" ? 1 : 0;
    }
    QVERIFY2(moofs >= 4 && boxes.last().type == "mfra", qPrintable(describe(p)));
    QCOMPARE(readOutside(p), 0);

    // A first fragment wider than maxFragmentBytes is what corrupt offsets look like: each run
    // keeps its own allowance, and the span between them is left out.
    const auto mdat =
        std::find_if(boxes.cbegin(), boxes.cend(), [](const Box &b) { return b.type == "mdat"; });
    QVERIFY(mdat != boxes.cend());
    const qint64 pastVideo = mdat->offset + mdat->header + ProbeRegion::Options().firstFramesBytes;
    QVERIFY2(p.result.contains(pastVideo), qPrintable(describe(p)));
    ProbeRegion::Options narrow;
    narrow.maxFragmentBytes = 64 * KiB;
    const Probe n = probe(QStringLiteral("fragmented.mp4"),
                          readFile(path(QStringLiteral("fragmented.mp4"))), narrow);
    QVERIFY2(!n.result.contains(pastVideo), qPrintable(describe(n)));
    QVERIFY(n.result.bytes() < p.result.bytes());
}

void tst_ProbeRegion::moovAtEnd_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mp4") << QStringLiteral("moov-at-end.mp4");
    QTest::newRow("mov") << QStringLiteral("movie.mov");
}

// The case: the head plus the moov box, nothing more.
void tst_ProbeRegion::moovAtEnd()
{
    QFETCH(QString, name);
    const Probe p = probeFile(name);
    checkWalked(p, Container::Mp4);
    if (QTest::currentTestFailed())
        return;
    const QByteArray d = readFile(path(name));
    const Box moov = topLevelBox(d, "moov");
    const Box mdat = topLevelBox(d, "mdat");
    QVERIFY(mdat.offset >= 0 && moov.offset > mdat.offset);
    QCOMPARE(moov.offset + moov.size, d.size());

    const qint64 firstFrames = ProbeRegion::Options().firstFramesBytes;
    const qint64 mdatPayload = mdat.offset + mdat.header;
    QCOMPARE(p.result.ranges.size(), 2);
    const Range head = p.result.ranges.first();
    QCOMPARE(head.offset, 0);
    // ftyp, free/wide, the mdat header and the first frames of each track (their first chunks
    // are a few hundred bytes apart in an interleaved file).
    QVERIFY2(head.end() >= mdatPayload + firstFrames &&
                 head.end() <= mdatPayload + firstFrames + 256 * KiB,
             qPrintable(describe(p)));
    QCOMPARE(p.result.ranges.last(), (Range{moov.offset, moov.size}));
    QCOMPARE(p.result.bytes(), head.length + moov.size);
    // Not a byte of the mdat's middle.
    for (qint64 at = head.end(); at < moov.offset; at += 4096)
        QVERIFY2(!p.result.contains(at), qPrintable(QString::number(at)));
    QVERIFY(qAbs(p.result.durationMs - 10000) <= 500);
    QVERIFY2(p.bytesRead < moov.size + 16 * KiB, qPrintable(describe(p)));
    QCOMPARE(readOutside(p), 0);
}

void tst_ProbeRegion::mvhdVersions_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<quint32>("timescale");
    QTest::addColumn<quint64>("duration");
    QTest::addColumn<qint64>("durationMs");
    QTest::newRow("v0") << 0 << 600u << quint64(6000) << qint64(10000);
    // Version 1 is for durations 32 bits cannot hold: here 20 000 hours at 90 kHz.
    QTest::newRow("v1") << 1 << 90000u << quint64(90000) * 3600 * 20000 << qint64(72000000000);
    QTest::newRow("v0 unknown") << 0 << 1000u << quint64(0xFFFFFFFF) << qint64(-1);
    QTest::newRow("no timescale") << 0 << 0u << quint64(5000) << qint64(-1);
}

// FFmpeg writes version 0 unless the duration needs 64 bits, so both are made here.
void tst_ProbeRegion::mvhdVersions()
{
    QFETCH(int, version);
    QFETCH(quint32, timescale);
    QFETCH(quint64, duration);
    QFETCH(qint64, durationMs);
    const auto box = [](const char *type, const QByteArray &payload) {
        QByteArray size(4, Qt::Uninitialized);
        qToBigEndian(quint32(8 + payload.size()), size.data());
        return size + QByteArray(type) + payload;
    };
    QByteArray scale(4, Qt::Uninitialized);
    qToBigEndian(timescale, scale.data());
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian(quint32(duration), length.data());
    const QByteArray mvhd =
        version == 1
            ? QByteArray(1, 1) + QByteArray(3 + 16, 0) + scale + be64(duration) + QByteArray(80, 0)
            : QByteArray(4 + 8, 0) + scale + length + QByteArray(80, 0);
    const QByteArray file = box("ftyp", QByteArray("isom") + QByteArray(4, 0)) +
                            box("moov", box("mvhd", mvhd)) + box("mdat", QByteArray(MiB, 0));
    const Probe p = probe(QStringLiteral("made.mp4"), file);
    QCOMPARE(p.result.container, Container::Mp4);
    QCOMPARE(p.result.durationMs, durationMs);
}

void tst_ProbeRegion::matroska_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("mkv") << QStringLiteral("movie.mkv");
    QTest::newRow("webm") << QStringLiteral("movie.webm");
    QTest::newRow("unknown-size segment") << QStringLiteral("unknown-size-segment.mkv");
    QTest::newRow("no SeekHead") << QStringLiteral("no-seekhead.mkv");
}

void tst_ProbeRegion::matroska()
{
    QFETCH(QString, name);
    const Probe p = probeFile(name);
    checkWalked(p, Container::Matroska);
    if (QTest::currentTestFailed())
        return;
    const QByteArray d = readFile(path(name));

    // Found by scanning, which ProbeRegion never does.
    const qint64 cluster = d.indexOf(kClusterId);
    const qint64 cuesAt = d.lastIndexOf(kCuesId);
    QVERIFY(cluster > 0 && cuesAt > cluster);
    const Ebml cues = ebmlAt(d, cuesAt);
    QCOMPARE(cues.end(), d.size()); // FFmpeg writes the Cues last

    const qint64 firstFrames = ProbeRegion::Options().firstFramesBytes;
    const qint64 head = cluster + ebmlAt(d, cluster).header + firstFrames;
    QVERIFY2(covers(p.result, 0, head), qPrintable(describe(p)));
    QVERIFY2(covers(p.result, cues.offset, cues.end() - cues.offset), qPrintable(describe(p)));
    QVERIFY2(!p.result.contains(head), qPrintable(describe(p)));
    QVERIFY2(!p.result.contains((head + cuesAt) / 2), qPrintable(describe(p)));
    QCOMPARE(p.result.bytes(), head + cues.end() - cues.offset);
    // Headers and the small elements at the front: structure only.
    QVERIFY2(p.bytesRead < 16 * KiB, qPrintable(describe(p)));
    QVERIFY(qAbs(p.result.durationMs - 10000) <= 500);
    // Without a SeekHead the Cues are found by jumping over the Clusters, reading their headers.
    const bool walksClusters = name == QLatin1String("no-seekhead.mkv");
    QVERIFY2(walksClusters ? readOutside(p) <= 12 * ProbeRegion::Options().maxClustersWalked
                           : readOutside(p) == 0,
             qPrintable(QString::number(readOutside(p))));
}

void tst_ProbeRegion::avi()
{
    const Probe p = probeFile(QStringLiteral("movie.avi"));
    checkWalked(p, Container::Avi);
    if (QTest::currentTestFailed())
        return;
    const QByteArray d = readFile(path(QStringLiteral("movie.avi")));
    const qint64 movi = d.indexOf("movi") - 8;
    const qint64 idx1 = d.lastIndexOf("idx1");
    QVERIFY(movi > 0 && idx1 > movi);
    const qint64 idx1Size = qFromLittleEndian<quint32>(d.constData() + idx1 + 4);
    QCOMPARE(idx1 + 8 + idx1Size, d.size());

    const qint64 firstFrames = ProbeRegion::Options().firstFramesBytes;
    QVERIFY2(covers(p.result, 0, movi + 12 + firstFrames), qPrintable(describe(p)));
    QVERIFY2(covers(p.result, idx1, 8 + idx1Size), qPrintable(describe(p)));
    QCOMPARE(p.result.ranges.size(), 2);
    QCOMPARE(p.result.bytes(), movi + 12 + firstFrames + 8 + idx1Size);
    QVERIFY(qAbs(p.result.durationMs - 10000) <= 500);
    // hdrl, chunk headers and idx1.
    QVERIFY2(p.bytesRead < 8 + idx1Size + 16 * KiB, qPrintable(describe(p)));
    QCOMPARE(readOutside(p), 0);
}

// An AVI over 1 GiB keeps OpenDML indexes (ix00, …) all through the file, named by a super index
// (indx) in each stream's header; FFmpeg reads them all while it opens the file. Too big to make
// here, so the stream header's reserved JUNK becomes an indx naming two indexes.
void tst_ProbeRegion::aviOpenDmlIndex()
{
    QByteArray d = readFile(path(QStringLiteral("movie.avi")));
    const qint64 junk = d.indexOf("JUNK", d.indexOf("strl"));
    QVERIFY(junk > 0 && junk < d.indexOf("movi"));
    const qint64 plain = probe(QStringLiteral("movie.avi"), d).result.bytes();
    const QVector<Range> indexes = {{2 * MiB, 8 + 4000}, {3 * MiB + 7, 8 + 100}};
    QByteArray indx = le(4, 2) + le(0, 1) + le(0, 1) + le(quint64(indexes.size()), 4) +
                      QByteArray("00dc") + QByteArray(12, 0);
    for (const Range &r : indexes)
        indx += le(quint64(r.offset), 8) + le(quint64(r.length - 8), 4) + le(25, 4);
    d.replace(junk, 4, "indx");
    d.replace(junk + 8, indx.size(), indx);

    const Probe p = probe(QStringLiteral("odml.avi"), d);
    qInfo("%s", qPrintable(describe(p)));
    QCOMPARE(p.result.container, Container::Avi);
    for (const Range &r : indexes)
        QVERIFY2(covers(p.result, r.offset, r.length), qPrintable(describe(p)));
    QCOMPARE(p.result.bytes(), plain + indexes[0].length + indexes[1].length);
}

void tst_ProbeRegion::mpegTs_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ts") << QStringLiteral("movie.ts");
    QTest::newRow("m2ts") << QStringLiteral("movie.m2ts");
    QTest::newRow("padded ts") << QStringLiteral("padded.ts");
}

// No index: the head FFmpeg probes (5 s of stream) and the tail it takes the duration from.
void tst_ProbeRegion::mpegTs()
{
    QFETCH(QString, name);
    const Probe p = probeFile(name);
    checkWalked(p, Container::MpegTs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(p.result.ranges.size(), 2);
    const Range head = p.result.ranges.first();
    const Range tail = p.result.ranges.last();
    QCOMPARE(head.offset, 0);
    QCOMPARE(tail.end(), p.fileSize);
    QCOMPARE(tail.length, ProbeRegion::Options().tsTailBytes);
    // Five seconds of ten, and a fifth more: well short of the tail.
    QVERIFY2(head.end() < p.fileSize * 7 / 10, qPrintable(describe(p)));
    QCOMPARE(p.result.durationMs, -1);
    QCOMPARE(readOutside(p), 0);
}

void tst_ProbeRegion::zeroedCopyStillProbes_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : std::as_const(m_layouts))
        QTest::newRow(qPrintable(name)) << name;
}

// The proof that the region is what a demuxer needs: in a copy where every byte outside it is
// zero, ffprobe finds the same streams and duration, with no error, and the first video and
// audio frames decode cleanly. (MPEG-TS passes only because the region has a tail: without it
// ffprobe says 4.1 s instead of 10 s, estimated from what the head holds.) It shows the region is
// enough to open the file, not that all of it is needed then: FFmpeg reads the Matroska Cues only
// at the first seek, so a copy without them passes too; they are in the region so that it does not
// wait.
void tst_ProbeRegion::zeroedCopyStillProbes()
{
    QFETCH(QString, name);
    const QByteArray d = readFile(path(name));
    const Probe p = probe(name, d);
    QVERIFY2(p.result.fallbackReason.isEmpty(), qPrintable(describe(p)));
    QByteArray zeroed(d.size(), 0);
    for (const Range &r : p.result.ranges)
        std::memcpy(zeroed.data() + r.offset, d.constData() + r.offset, size_t(r.length));
    const QString copy = path(QStringLiteral("zeroed-") + name);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(zeroed) == zeroed.size());
    f.close();

    const QStringList args = {QStringLiteral("-v"),
                              QStringLiteral("error"),
                              QStringLiteral("-show_entries"),
                              QStringLiteral("format=duration:stream=codec_type,codec_name,width,"
                                             "height,sample_rate,channels"),
                              QStringLiteral("-of"),
                              QStringLiteral("compact")};
    const Run original = run(m_ffprobe, args + QStringList{path(name)});
    const Run region = run(m_ffprobe, args + QStringList{copy});
    QVERIFY2(original.exitCode == 0, qPrintable(original.err));
    QVERIFY2(region.exitCode == 0, qPrintable(region.err));
    QCOMPARE(region.err, original.err);
    QCOMPARE(region.out, original.out);
    QVERIFY(region.out.contains(QLatin1String("duration=")));
    qInfo("%s", qPrintable(region.out.simplified()));

    const Run decode =
        run(m_ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-xerror"),
                       QStringLiteral("-i"), copy, QStringLiteral("-map"), QStringLiteral("0"),
                       QStringLiteral("-frames:v"), QStringLiteral("1"),
                       QStringLiteral("-frames:a"), QStringLiteral("1"), QStringLiteral("-f"),
                       QStringLiteral("null"), QStringLiteral("-")});
    QVERIFY2(decode.exitCode == 0 && decode.err.isEmpty(), qPrintable(decode.err));
    QFile::remove(copy);
}

void tst_ProbeRegion::unknownFile()
{
    const QByteArray d = randomBytes(6 * MiB, 7);
    for (const QString &name : {QStringLiteral("random.bin"), QStringLiteral("random.mp4")}) {
        const Probe p = probe(name, d);
        QCOMPARE(p.result.container, Container::Unknown);
        QVERIFY(!p.result.fallbackReason.isEmpty());
        QCOMPARE(p.result.ranges, headAndTail(d.size()));
        QCOMPARE(p.result.durationMs, -1);
        QCOMPARE(p.bytesRead, qint64(4096)); // the look at the magic bytes
    }
}

void tst_ProbeRegion::corrupt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("container");
    QTest::addColumn<QString>("reason");

    const QByteArray slow = readFile(path(QStringLiteral("moov-at-end.mp4")));
    const QByteArray fast = readFile(path(QStringLiteral("faststart.mp4")));
    const QByteArray mkv = readFile(path(QStringLiteral("movie.mkv")));
    const QByteArray avi = readFile(path(QStringLiteral("movie.avi")));
    const int unknown = int(Container::Unknown);
    const qint64 free = topLevelBox(slow, "free").offset;
    QVERIFY(free > 0);
    const auto patched = [](QByteArray d, qint64 at, const QByteArray &bytes) {
        d.replace(at, bytes.size(), bytes);
        return d;
    };
    const auto be32 = [](quint32 v) {
        QByteArray b(4, Qt::Uninitialized);
        qToBigEndian(v, b.data());
        return b;
    };

    QTest::newRow("moov-at-end mp4 cut in the mdat")
        << QStringLiteral("cut.mp4") << slow.left(slow.size() * 6 / 10) << unknown
        << QStringLiteral("moov");
    // Plays up to the cut, as FFmpeg does: the index came first.
    QTest::newRow("faststart mp4 cut in the mdat")
        << QStringLiteral("cut.mp4") << fast.left(fast.size() * 6 / 10) << int(Container::Mp4)
        << QString();
    QTest::newRow("garbage after ftyp")
        << QStringLiteral("garbage.mp4")
        << slow.left(topLevelBox(slow, "ftyp").size) + randomBytes(2 * MiB, 3) << unknown
        << QString();
    QTest::newRow("box size past the end")
        << QStringLiteral("past.mp4") << patched(slow, free, be32(0x7FFFFFF0)) << unknown
        << QStringLiteral("past the end");
    QTest::newRow("64-bit box size past the end")
        << QStringLiteral("past64.mp4")
        << patched(slow, free, be32(1) + QByteArray("free") + be64(1ull << 62)) << unknown
        << QStringLiteral("past the end");
    // Size 0 means "to the end of the file": the moov after it is never reached.
    QTest::newRow("zero-size box before the mdat")
        << QStringLiteral("zero.mp4") << patched(slow, free, be32(0)) << unknown
        << QStringLiteral("moov");
    QTest::newRow("box smaller than its header")
        << QStringLiteral("tiny.mp4") << patched(slow, free, be32(4)) << unknown
        << QStringLiteral("impossible size");
    QByteArray manyBoxes = slow.left(topLevelBox(slow, "ftyp").size);
    for (int i = 0; i < 30000; ++i)
        manyBoxes += be32(8) + QByteArray("free");
    manyBoxes += QByteArray(2 * MiB, 0);
    QTest::newRow("30000 empty boxes")
        << QStringLiteral("many.mp4") << manyBoxes << unknown << QStringLiteral("more than");
    QTest::newRow("garbage after the EBML header")
        << QStringLiteral("garbage.mkv") << mkv.left(ebmlAt(mkv, 0).end()) + randomBytes(MiB, 5)
        << unknown << QStringLiteral("Segment");
    // Plays up to the cut; the SeekHead's Cues entry points past the end and is left out.
    QTest::newRow("mkv cut in a Cluster")
        << QStringLiteral("cut.mkv") << mkv.left(mkv.size() * 6 / 10) << int(Container::Matroska)
        << QString();
    const qint64 idx1 = avi.lastIndexOf("idx1");
    QTest::newRow("avi idx1 size past the end")
        << QStringLiteral("past.avi") << patched(avi, idx1 + 4, QByteArray("\xF0\xFF\xFF\x7F", 4))
        << unknown << QStringLiteral("past the end");
    QTest::newRow("avi cut in the movi")
        << QStringLiteral("cut.avi") << avi.left(avi.size() * 6 / 10) << int(Container::Avi)
        << QString();
    // Lists in lists, 100000 deep, where only strl and odml belong: must not eat the stack.
    constexpr int depth = 100000;
    QByteArray nested;
    for (int k = 0; k < depth; ++k)
        nested += QByteArray("LIST") + le(4 + 12 * (depth - 1 - k), 4) + QByteArray("strl");
    const QByteArray hdrl =
        QByteArray("LIST") + le(quint64(4 + nested.size()), 4) + QByteArray("hdrl") + nested;
    QTest::newRow("avi lists 100000 deep")
        << QStringLiteral("deep.avi")
        << QByteArray("RIFF") + le(quint64(4 + hdrl.size()), 4) + QByteArray("AVI ") + hdrl +
               QByteArray("JUNK") + le(4 * MiB, 4) + QByteArray(4 * MiB, 0)
        << unknown << QStringLiteral("no hdrl or no movi");
    QTest::newRow("avi without hdrl")
        << QStringLiteral("nohdrl.avi") << patched(avi, 20, QByteArray("junk")) << unknown
        << QStringLiteral("hdrl");
}

void tst_ProbeRegion::corrupt()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(int, container);
    QFETCH(QString, reason);
    QElapsedTimer timer;
    timer.start();
    const Probe p = probe(name, data);
    qInfo("%s", qPrintable(describe(p)));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(int(p.result.container), container);
    const QString bad = malformed(p.result, p.fileSize);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QVERIFY2(p.bytesRead < p.fileSize / 4, qPrintable(describe(p)));
    if (container != int(Container::Unknown)) {
        QVERIFY2(p.result.fallbackReason.isEmpty(), qPrintable(describe(p)));
        QVERIFY(p.result.contains(0));
        return;
    }
    QVERIFY2(p.result.fallbackReason.contains(reason), qPrintable(describe(p)));
    QCOMPARE(p.result.ranges, headAndTail(data.size()));
}

// SeekHeads that point at each other and at themselves, and a Cues entry past the end.
void tst_ProbeRegion::seekHeadLoop()
{
    constexpr quint32 seekHeadId = 0x114D9B74;
    const QByteArray ebmlHeader = element(0x1A45DFA3, element(0x4282, "matroska"));
    const QByteArray info =
        element(0x1549A966, element(0x2AD7B1, be64(1000000)) + element(0x4489, [] {
                                const double ms = 5000;
                                quint64 bits;
                                std::memcpy(&bits, &ms, sizeof bits);
                                return be64(bits);
                            }()));
    const QByteArray cluster = element(0x1F43B675, QByteArray(200000, 'x'));
    const auto first = [&](quint64 second) {
        return element(seekHeadId, seekEntry(seekHeadId, 0) + seekEntry(seekHeadId, second) +
                                       seekEntry(0x1C53BB6B, 1ull << 40));
    };
    const quint64 second = quint64(first(0).size() + info.size() + cluster.size());
    const QByteArray secondSeekHead =
        element(seekHeadId, seekEntry(seekHeadId, 0) + seekEntry(seekHeadId, second));
    const QByteArray segment = kSegmentId + QByteArray("\x01\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8) +
                               first(second) + info + cluster + secondSeekHead;
    const QByteArray file = ebmlHeader + segment;

    QElapsedTimer timer;
    timer.start();
    const Probe p = probe(QStringLiteral("loop.mkv"), file);
    qInfo("%s", qPrintable(describe(p)));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(p.result.container, Container::Matroska);
    QCOMPARE(p.result.durationMs, 5000);
    QVERIFY(malformed(p.result, p.fileSize).isEmpty());
    QVERIFY(covers(p.result, file.size() - secondSeekHead.size(), secondSeekHead.size()));
}

// Random damage to the structure of every layout: the walk may give up, never hang or crash,
// and what it returns is always a well-formed region.
void tst_ProbeRegion::fuzz()
{
    QRandomGenerator random(2024);
    QElapsedTimer timer;
    timer.start();
    int fallbacks = 0;
    int runs = 0;
    for (const QString &name : std::as_const(m_layouts)) {
        QByteArray d = readFile(path(name));
        // The damage goes where the walk looks: into the bytes it reads of the sound file
        // (headers, moov, SeekHead, hdrl, idx1), short reads first, since they are structure.
        QVector<Range> structure = probe(name, d).reads;
        std::sort(structure.begin(), structure.end(),
                  [](const Range &a, const Range &b) { return a.length < b.length; });
        for (int i = 0; i < 300; ++i) {
            // Damaged in place and mended after, so that no file is copied 300 times.
            QVector<QPair<qint64, char>> undo;
            const int changes = 1 + random.bounded(8);
            for (int c = 0; c < changes; ++c) {
                const Range r = structure.at(random.bounded(
                    random.bounded(2) ? int(structure.size()) : 1 + int(structure.size()) / 2));
                const qint64 at = r.offset + random.bounded(int(qMin<qint64>(r.length, 64 * KiB)));
                undo.prepend({at, d.at(at)});
                d[at] = char(random.bounded(256));
            }
            const qint64 size = random.bounded(10) == 0 ? random.bounded(int(d.size())) : -1;
            const Probe p = probe(name, d, {}, size);
            for (const auto &[at, byte] : std::as_const(undo))
                d[at] = byte;
            ++runs;
            fallbacks += p.result.container == Container::Unknown ? 1 : 0;
            const QString bad = malformed(p.result, p.fileSize);
            QVERIFY2(bad.isEmpty(), qPrintable(name + QLatin1String(": ") + bad));
            QVERIFY2(p.fileSize == 0 || p.result.contains(0), qPrintable(describe(p)));
        }
    }
    qInfo("%d damaged files in %lld ms, %d fell back to head and tail", runs,
          static_cast<long long>(timer.elapsed()), fallbacks);
    QVERIFY(timer.elapsed() < 60000);
}

void tst_ProbeRegion::edgeCases()
{
    // Empty: nothing to fetch.
    QVERIFY(probe(QStringLiteral("empty.mkv"), QByteArray()).result.ranges.isEmpty());
    // Smaller than head and tail: the whole file, once.
    const Probe tiny = probe(QStringLiteral("tiny.bin"), QByteArray(100, 'z'));
    QCOMPARE(tiny.result.ranges, (QVector<Range>{{0, 100}}));

    // A read that fails: the head and the tail, and the reason.
    const ProbeRegion::Result failed = ProbeRegion::compute(
        QStringLiteral("movie.mp4"), 50 * MiB, [](qint64, qint64) { return QByteArray(); });
    QCOMPARE(failed.container, Container::Unknown);
    QVERIFY(failed.fallbackReason.contains(QLatin1String("could not read")));
    QCOMPARE(failed.bytes(), 5 * MiB);

    // A read that returns more than asked is cut to what was asked.
    const QByteArray d = readFile(path(QStringLiteral("moov-at-end.mp4")));
    const Probe normal = probe(QStringLiteral("moov-at-end.mp4"), d);
    const ProbeRegion::Result generous = ProbeRegion::compute(
        QStringLiteral("moov-at-end.mp4"), d.size(),
        [&](qint64 offset, qint64 length) { return d.mid(offset, length + 100); });
    QCOMPARE(generous.ranges, normal.result.ranges);

    // A smaller first-frames allowance shrinks the head and nothing else.
    ProbeRegion::Options small;
    small.firstFramesBytes = ProbeRegion::Options().firstFramesBytes - 128 * KiB;
    const Probe smaller = probe(QStringLiteral("moov-at-end.mp4"), d, small);
    QCOMPARE(smaller.result.ranges.last(), normal.result.ranges.last());
    QCOMPARE(smaller.result.ranges.first().end(), normal.result.ranges.first().end() - 128 * KiB);
}

void tst_ProbeRegion::detect_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("container");

    QByteArray ts;
    for (int i = 0; i < 10; ++i)
        ts += QByteArray(1, 0x47) + QByteArray(187, char(i));
    QByteArray m2ts;
    for (int i = 0; i < 10; ++i)
        m2ts += QByteArray(4, 0) + QByteArray(1, 0x47) + QByteArray(187, char(i));
    const QByteArray onePacket = QByteArray(1, 0x47) + QByteArray(100, 0);
    const QByteArray mdatFirst = QByteArray("\0\0\0\x10mdat", 8) + QByteArray(8, 0);

    QTest::newRow("ftyp") << QStringLiteral("x.bin")
                          << QByteArray("\0\0\0\x18"
                                        "ftypisom",
                                        12)
                          << int(Container::Mp4);
    QTest::newRow("mdat first, .mov")
        << QStringLiteral("x.mov") << mdatFirst << int(Container::Mp4);
    QTest::newRow("mdat first, .bin")
        << QStringLiteral("x.bin") << mdatFirst << int(Container::Unknown);
    QTest::newRow("ebml") << QStringLiteral("x") << QByteArray("\x1A\x45\xDF\xA3\x80", 5)
                          << int(Container::Matroska);
    QTest::newRow("avi") << QStringLiteral("x") << QByteArray("RIFF\0\0\0\0AVI LIST", 16)
                         << int(Container::Avi);
    QTest::newRow("wav is not avi")
        << QStringLiteral("x.avi") << QByteArray("RIFF\0\0\0\0WAVE", 12) << int(Container::Unknown);
    QTest::newRow("ts") << QStringLiteral("x.bin") << ts << int(Container::MpegTs);
    QTest::newRow("m2ts") << QStringLiteral("x.bin") << m2ts << int(Container::MpegTs);
    QTest::newRow("ts after junk")
        << QStringLiteral("x.bin") << QByteArray(50, 1) + ts << int(Container::MpegTs);
    QTest::newRow("one packet, .ts")
        << QStringLiteral("x.ts") << onePacket << int(Container::MpegTs);
    QTest::newRow("one packet, .bin")
        << QStringLiteral("x.bin") << onePacket << int(Container::Unknown);
    QTest::newRow("empty") << QStringLiteral("x.mkv") << QByteArray() << int(Container::Unknown);
}

void tst_ProbeRegion::detect()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QFETCH(int, container);
    QCOMPARE(int(ProbeRegion::detect(name, head)), container);
}

QTEST_GUILESS_MAIN(tst_ProbeRegion)
#include "tst_proberegion.moc"
