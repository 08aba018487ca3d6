#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace swarmplay {

// The cues of one subtitle file, in time order, and what shows at a given moment.
class SubtitleTrack
{
public:
    struct Cue
    {
        qint64 startMs = 0;
        qint64 endMs = 0; // exclusive
        QString text;     // plain, lines separated by '\n'
        QString html;     // the same with <i>, <b> and <u> kept, everything else escaped
    };

    SubtitleTrack() = default;
    explicit SubtitleTrack(QVector<Cue> cues);

    bool isEmpty() const { return m_cues.isEmpty(); }
    int size() const { return int(m_cues.size()); }
    const QVector<Cue> &cues() const { return m_cues; }
    // The cues showing at ms (overlapping cues one above the other, earlier first); empty
    // between cues.
    QString textAt(qint64 ms) const;
    QString htmlAt(qint64 ms) const;

    // What the file was read as ("UTF-8", "Windows-1252"), for the menu's tooltip.
    QString encoding() const { return m_encoding; }
    void setEncoding(const QString &encoding) { m_encoding = encoding; }

private:
    QVector<int> activeAt(qint64 ms) const;

    QVector<Cue> m_cues;
    qint64 m_longestMs = 0; // of any cue: how far back a cue showing at ms can have started
    QString m_encoding;
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::SubtitleTrack)
