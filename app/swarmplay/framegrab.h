#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace swarmplay {

class MainWindow;

// What `--benchmark-play` does for `--subtitles N` and `--grab T FILE.png`: switches on the
// N-th subtitle track inside the playing file (from 0), and saves the player's picture with
// its overlays at media time T — seeked there, paused on the first frame at or after T, once
// the subtitles for that frame are drawn (or it is clear that none are due). Every wait is
// bounded; a failure says why in its result.
class FrameGrab : public QObject
{
    Q_OBJECT

public:
    FrameGrab(MainWindow *window, int timeoutSeconds, QObject *parent = nullptr);

    // Waits for the file's own tracks to be known, then shows track `number`.
    void chooseSubtitles(int number);
    // Seeks to atMs, pauses there and saves the picture to path.
    void grab(qint64 atMs, const QString &path);

signals:
    // result: {"track", "codec", "language"} or {"at_ms", "frame_ms", "file", "subtitles_drawn"},
    // with "error" on failure.
    void subtitlesChosen(const QJsonObject &result);
    void grabbed(const QJsonObject &result);

private:
    void tryChoose();
    void onFrame(qint64 ms);
    void save();
    void fail(const QString &error);

    MainWindow *m_window;
    const int m_timeoutMs;
    int m_number = -1;
    qint64 m_atMs = -1;
    QString m_path;
    qint64 m_frameMs = -1;
    bool m_paused = false;
    QElapsedTimer m_since;
    QTimer m_check;
};

} // namespace swarmplay
