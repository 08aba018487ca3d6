#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace swarmplay {

// What the viewer did with each file of each torrent, kept across runs: where playback stopped
// and which audio and subtitle tracks were chosen. Keyed by info hash and file index, saved as
// one JSON file written atomically (a crash leaves the previous or the new version).
class PlaybackMemory
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackMemory)

public:
    struct Entry
    {
        qint64 positionMs = -1; // -1: never played
        qint64 durationMs = 0;  // 0: not known
        int audioTrack = -1;    // -1: the file's default
        int subtitleTrack = -2; // -2: the file's default, -1: off
        // A subtitle file shown over it: "torrent:<path inside the torrent>" or a local path;
        // empty: the best match, SubtitleOff: none.
        QString subtitleFile;
        qint64 subtitleDelayMs = 0; // positive: the subtitles come later
        qint64 updatedMsecsSinceEpoch = 0;
    };

    // The file of a torrent whose position was recorded last.
    struct LastPlayed
    {
        int fileIndex = -1;
        Entry entry;
    };

    // Positions this close to the start are not worth offering, nor those in the last part of
    // the file (credits).
    static constexpr qint64 MinResumeMs = 10'000;
    static constexpr double EndFraction = 0.05;

    // The file is read at once; a missing or damaged one is an empty memory.
    explicit PlaybackMemory(const QString &path);

    QString path() const { return m_path; }
    // Why the file could not be read, for the viewer; empty when it loaded (or was missing). A
    // damaged file is kept aside as "<path>.damaged".
    QString loadError() const { return m_loadError; }
    Entry entry(const QString &torrentKey, int fileIndex) const;
    bool contains(const QString &torrentKey, int fileIndex) const;
    // Per torrent key, the file played last (files only given a track choice are left out).
    QHash<QString, LastPlayed> lastPlayed() const;

    // Where to offer to resume this file, or -1 when there is nothing worth offering.
    qint64 resumePosition(const QString &torrentKey, int fileIndex) const;
    void setPosition(const QString &torrentKey, int fileIndex, qint64 positionMs,
                     qint64 durationMs);
    void setAudioTrack(const QString &torrentKey, int fileIndex, int track);
    void setSubtitleTrack(const QString &torrentKey, int fileIndex, int track);
    void setSubtitleFile(const QString &torrentKey, int fileIndex, const QString &file);
    void setSubtitleDelay(const QString &torrentKey, int fileIndex, qint64 delayMs);
    static inline const QString SubtitleOff = QStringLiteral("off");

    // Writes the file when something changed; false with error set when it could not be.
    bool save(QString *error = nullptr);
    bool isDirty() const { return m_dirty; }

private:
    static QString keyOf(const QString &torrentKey, int fileIndex);
    Entry &touch(const QString &torrentKey, int fileIndex);
    void load();

    QString m_path;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
    QString m_loadError;
};

} // namespace swarmplay
