#include <cmath>
#include <limits>

#include "probeseekindex.h"

namespace swarmplay::probe {

namespace {

// Samples walked one by one over all tracks (a ten-hour film has a few million); more is taken
// for corrupt counts.
constexpr qint64 kMaxSamplesWalked = 20000000;
// Samples of a constant size (PCM) are added in runs of this much time, not one by one.
constexpr qint64 kConstantRunMs = 100;
// Past any real file; keeps the sums of corrupt sizes from overflowing.
constexpr qint64 kMaxOffset = qint64(1) << 42;

// A full box's table: the entries after the version, the flags and the count.
struct Table
{
    const char *p = nullptr;
    qint64 count = 0;
    int version = 0;
};

// False when the box is too short for the entries its count claims.
bool readTable(const QByteArray &d, qint64 b, qint64 e, qint64 countAt, qint64 entryBytes, Table *t)
{
    if (e - b < countAt + 4)
        return false;
    t->version = uchar(d[b]);
    t->count = be32(d.constData() + b + countAt);
    t->p = d.constData() + b + countAt + 4;
    return entryBytes <= 0 || t->count <= (e - b - countAt - 4) / entryBytes;
}

// Decoding times from stts: runs of samples that last the same.
class TimeToSample
{
public:
    explicit TimeToSample(const Table &t)
        : m_t(t)
    {
        load();
    }
    quint64 dts() const { return m_dts; }
    quint64 delta() const { return m_delta; }
    // Samples left that last delta(); past the table's end every sample lasts 0.
    qint64 run() const { return m_left; }
    void advance(qint64 n)
    {
        // Saturates: a corrupt delta gives a time the index rejects, never an overflow.
        const quint64 step = quint64(n) * m_delta;
        m_dts = step > kMaxDts - m_dts ? kMaxDts : m_dts + step;
        m_left -= n;
        if (m_left <= 0) {
            ++m_entry;
            load();
        }
    }

private:
    static constexpr quint64 kMaxDts = quint64(1) << 62;
    void load()
    {
        for (; m_entry < m_t.count; ++m_entry) {
            m_left = be32(m_t.p + 8 * m_entry);
            m_delta = be32(m_t.p + 8 * m_entry + 4);
            if (m_left > 0)
                return;
        }
        m_left = std::numeric_limits<qint64>::max();
        m_delta = 0;
    }

    Table m_t;
    qint64 m_entry = 0;
    qint64 m_left = 0;
    quint64 m_delta = 0;
    quint64 m_dts = 0;
};

// Sizes from stsz (32-bit entries or one size for all) or stz2 (4, 8 or 16 bits).
struct SampleSizes
{
    qint64 constant = 0;
    int bits = 32;
    Table table;
    qint64 at(qint64 i) const
    {
        if (constant > 0)
            return constant;
        switch (bits) {
        case 4: {
            const auto byte = uchar(table.p[i / 2]);
            return i % 2 ? byte & 0x0F : byte >> 4;
        }
        case 8:
            return uchar(table.p[i]);
        case 16:
            return (qint64(uchar(table.p[2 * i])) << 8) | uchar(table.p[2 * i + 1]);
        default:
            return be32(table.p + 4 * i);
        }
    }
};

bool readSizes(const QByteArray &d, qint64 stbl, qint64 stblEnd, SampleSizes *sizes)
{
    qint64 b = 0;
    qint64 e = 0;
    if (findBox(d, stbl, stblEnd, "stsz", &b, &e)) {
        if (e - b < 12)
            return false;
        sizes->constant = be32(d.constData() + b + 4);
        return readTable(d, b, e, 8, sizes->constant > 0 ? 0 : 4, &sizes->table);
    }
    if (!findBox(d, stbl, stblEnd, "stz2", &b, &e) || e - b < 12)
        return false;
    sizes->bits = uchar(d[b + 7]);
    if (sizes->bits != 4 && sizes->bits != 8 && sizes->bits != 16)
        return false;
    if (!readTable(d, b, e, 8, 0, &sizes->table))
        return false;
    return sizes->table.count <= (e - b - 12) * 8 / sizes->bits;
}

// The edit list's shift of the track's timeline, in track ticks, as FFmpeg applies it: leading
// empty edits delay the track, the first real edit's media time is where it starts.
qint64 editShift(const QByteArray &d, qint64 trak, qint64 trakEnd, quint64 movieScale,
                 quint64 trackScale)
{
    qint64 b = 0;
    qint64 e = 0;
    Table elst;
    if (!findBox(d, trak, trakEnd, "edts", &b, &e) || !findBox(d, b, e, "elst", &b, &e) ||
        !readTable(d, b, e, 4, 12, &elst))
        return 0;
    const qint64 entryBytes = elst.version == 1 ? 20 : 12;
    if (elst.count > (e - b - 8) / entryBytes)
        return 0;
    double empty = 0; // movie ticks
    for (qint64 i = 0; i < elst.count; ++i) {
        const char *p = elst.p + i * entryBytes;
        const qint64 mediaTime = elst.version == 1 ? qint64(be64(p + 8)) : qint32(be32(p + 4));
        const double duration = elst.version == 1 ? double(be64(p)) : double(be32(p));
        if (mediaTime >= 0) {
            const double emptyTicks = movieScale ? empty * double(trackScale) / movieScale : 0;
            return qint64(emptyTicks) - mediaTime;
        }
        empty += duration;
    }
    return 0;
}

struct Track
{
    quint64 scale = 0;
    qint64 shift = 0;
    bool video = false;
    Table stts;
    Table stss;
    bool hasStss = false;
    Table stsc;
    SampleSizes sizes;
    Table chunks;
    bool co64 = false;
};

// False when a table is missing or shorter than it claims.
bool readTrack(const QByteArray &d, qint64 trak, qint64 trakEnd, quint64 movieScale, Track *t)
{
    qint64 mb = 0;
    qint64 me = 0;
    qint64 b = 0;
    qint64 e = 0;
    if (!findBox(d, trak, trakEnd, "mdia", &mb, &me) || !findBox(d, mb, me, "mdhd", &b, &e) ||
        e - b < 24)
        return false;
    const bool v1 = d[b] == 1;
    if (v1 && e - b < 36)
        return false;
    t->scale = be32(d.constData() + b + (v1 ? 20 : 12));
    if (t->scale == 0)
        return false;
    t->shift = editShift(d, trak, trakEnd, movieScale, t->scale);
    t->video = findBox(d, mb, me, "hdlr", &b, &e) && e - b >= 12 && d.mid(b + 8, 4) == "vide";
    qint64 sb = 0;
    qint64 se = 0;
    if (!findBox(d, mb, me, "minf", &sb, &se) || !findBox(d, sb, se, "stbl", &sb, &se))
        return false;
    if (!findBox(d, sb, se, "stts", &b, &e) || !readTable(d, b, e, 4, 8, &t->stts))
        return false;
    t->hasStss = findBox(d, sb, se, "stss", &b, &e);
    if (t->hasStss && !readTable(d, b, e, 4, 4, &t->stss))
        return false;
    if (!findBox(d, sb, se, "stsc", &b, &e) || !readTable(d, b, e, 4, 12, &t->stsc))
        return false;
    for (qint64 i = 0; i < t->stsc.count; ++i) {
        // First chunks count from 1 and rise.
        const quint32 first = be32(t->stsc.p + 12 * i);
        if (first < 1 || (i > 0 && first <= be32(t->stsc.p + 12 * (i - 1))))
            return false;
    }
    if (!readSizes(d, sb, se, &t->sizes))
        return false;
    t->co64 = !findBox(d, sb, se, "stco", &b, &e);
    if (t->co64 && !findBox(d, sb, se, "co64", &b, &e))
        return false;
    return readTable(d, b, e, 4, t->co64 ? 8 : 4, &t->chunks);
}

// Walks the chunks in order, each chunk's samples one after another from its offset.
bool addTrack(const Track &t, bool reference, SeekIndex *index, qint64 *walked)
{
    const qint64 samples = t.sizes.table.count;
    if (samples > 0 && t.chunks.count > 0 && t.stsc.count == 0)
        return false;
    // A track whose samples are all sync samples (audio, intra-only video) is not cut at each.
    const bool someKeys = t.hasStss && t.stss.count > 0 && t.stss.count < samples;
    const int track = index->addTrack(reference, someKeys);
    const auto ms = [&t](quint64 dts) {
        return qint64(std::floor((double(dts) + double(t.shift)) * 1000.0 / double(t.scale)));
    };
    TimeToSample time(t.stts);
    qint64 sample = 0;
    qint64 stsc = 0;
    qint64 nextKey = 0;
    for (qint64 c = 0; c < t.chunks.count && sample < samples; ++c) {
        while (stsc + 1 < t.stsc.count && be32(t.stsc.p + 12 * (stsc + 1)) <= quint64(c + 1))
            ++stsc;
        qint64 n = qMin<qint64>(be32(t.stsc.p + 12 * stsc + 4), samples - sample);
        qint64 offset = t.co64 ? qint64(be64(t.chunks.p + 8 * c) & (~0ull >> 1))
                               : qint64(be32(t.chunks.p + 4 * c));
        while (n > 0) {
            if (++*walked > kMaxSamplesWalked)
                return false;
            qint64 run = 1;
            bool key = true;
            if (t.sizes.constant > 0 && !someKeys) {
                const qint64 perRun =
                    qint64(t.scale) * kConstantRunMs / 1000 / qMax<qint64>(1, qint64(time.delta()));
                run = qMin(qMin(n, time.run()), qMax<qint64>(1, perRun));
            } else if (someKeys) {
                // stss lists sync samples in rising order, counting from 1.
                while (nextKey < t.stss.count && be32(t.stss.p + 4 * nextKey) < quint64(sample + 1))
                    ++nextKey;
                key = nextKey < t.stss.count && be32(t.stss.p + 4 * nextKey) == quint64(sample + 1);
            }
            const qint64 bytes = t.sizes.at(sample) * run;
            if (offset > kMaxOffset)
                return false;
            index->addSample(track, offset, bytes, ms(time.dts()), key);
            offset += bytes;
            sample += run;
            n -= run;
            time.advance(run);
        }
    }
    return true;
}

} // namespace

bool mp4SeekIndex(const QByteArray &moov, SeekIndex *index)
{
    if (moov.size() < 8)
        return false;
    const qint64 header = be32(moov.constData()) == 1 ? 16 : 8;
    quint64 movieScale = 0;
    bool ok = true;
    bool sawVideo = false;
    qint64 walked = 0;
    forEachBox(moov, header, moov.size(), [&](const QByteArray &type, qint64 b, qint64 e) {
        if (!ok)
            return;
        if (type == "mvhd" && e - b >= 24) {
            movieScale = be32(moov.constData() + b + (moov[b] == 1 ? 20 : 12));
        } else if (type == "trak") {
            Track t;
            ok = readTrack(moov, b, e, movieScale, &t) &&
                 addTrack(t, t.video && !sawVideo, index, &walked);
            sawVideo = sawVideo || t.video;
        }
    });
    return ok;
}

} // namespace swarmplay::probe
