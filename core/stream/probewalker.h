#pragma once

// Internal to ProbeRegion. The walk of each container is in its own file:
// probewalkermp4.cpp, probewalkermatroska.cpp, probewalkeravi.cpp, probewalkerts.cpp.

#include <QSet>
#include <QVector>

#include "proberangeset.h"
#include "probereader.h"
#include "probeseekindex.h"

namespace swarmplay::probe {

// One walk through one file. Each container's walk returns false with m_why set when the
// structure cannot be trusted; compute() then falls back to head and tail.
class Walker
{
public:
    Walker(Reader &in, const Options &options)
        : m_in(in)
        , m_opt(options)
        , m_ranges(in.size())
    {}

    bool mp4();
    bool matroska();
    bool avi();
    void mpegTs(bool tsName);

    QVector<Range> ranges() const { return m_ranges.merged(); }
    qint64 durationMs() const { return m_durationMs; }
    QString why() const { return m_why; }
    // After a walk: the seek index from the index the walk found. An MP4's comes from the moov
    // the walk read; a Matroska file's Cues and an AVI's idx1 or OpenDML indexes are read here,
    // once the region (which holds them) is known.
    SeekIndex seekIndex();

private:
    bool fail(const QString &why)
    {
        m_why = why;
        return false;
    }
    bool tooMany() { return ++m_elements > m_opt.maxElements; }
    QString tooManyText() const
    {
        return QStringLiteral("more than %1 elements: corrupt sizes").arg(m_opt.maxElements);
    }
    QString pastEndText(const QString &what, qint64 at, quint64 length) const
    {
        return QStringLiteral("%1 at %2 claims %3 bytes, past the end of the file (%4 bytes)")
            .arg(what)
            .arg(at)
            .arg(length)
            .arg(m_in.size());
    }

    void parseMoov(const QByteArray &moov, QVector<qint64> *firstChunks);
    void parseMoof(const QByteArray &moof, qint64 moofAt, QVector<qint64> *firstRuns);
    bool elementAt(qint64 offset, Element *e);
    void takeLevel1(const Element &e);
    void parseSeekHead(const QByteArray &d);
    void parseInfo(const QByteArray &d);
    void parseTracks(const QByteArray &d);
    void parseHdrl(const QByteArray &d, qint64 b, qint64 e, int depth = 0);
    void parseStreamHeader(const QByteArray &id, const char *p, qint64 length);
    bool readMatroskaCues();
    bool readAviIndex();
    qint64 aviFirstPacket();

    Reader &m_in;
    const Options &m_opt;
    RangeSet m_ranges;
    qint64 m_durationMs = -1;
    QString m_why;
    int m_elements = 0;
    Container m_container = Container::Unknown;
    SeekIndex m_seekIndex;
    bool m_seekIndexRead = false; // false: the index was not found, or could not be trusted

    // Matroska
    struct SeekEntry
    {
        quint32 id;
        quint64 position; // relative to the Segment's data
    };
    QVector<SeekEntry> m_seeks;
    QSet<qint64> m_taken;
    bool m_sawSeekHead = false;
    bool m_sawCues = false;
    Element m_cues;
    MatroskaLayout m_layout;

    // AVI
    qint64 m_usPerFrame = 0;
    qint64 m_totalFrames = 0;
    qint64 m_grandFrames = 0;
    QVector<Range> m_odmlIndexes;
    QVector<AviStream> m_aviStreams;
    qint64 m_moviData = -1;
    Range m_idx1{-1, 0}; // payload
};

} // namespace swarmplay::probe
