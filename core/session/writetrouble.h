#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

namespace swarmplay {

// Why a torrent cannot write its download folder, and whether it can again. On a full disk or a
// read-only folder libtorrent stops downloading the torrent (upload mode) and would try again
// only after optimistic_disk_retry, 600 s, and only for auto-managed torrents (ours are not):
// this watches the folder instead, so the download carries on as soon as there is room.
class WriteTrouble
{
public:
    enum class Cause
    {
        None,
        DiskFull, // no space left, or a file larger than the file system takes
        ReadOnly, // the folder or its file system refuses writes
    };

    // folder: where the write failed (the failing file's folder, or the save path).
    void report(Cause cause, const QString &folder, const QString &detail);
    void clear();
    bool active() const { return m_cause != Cause::None; }
    Cause cause() const { return m_cause; }

    // For the torrent's state: what happened, what to do, and that nothing more is needed.
    QString message() const;

    // True when a new file can be made in the folder and it has at least bytesNeeded free. A
    // trouble that came back soon after the last retry waits longer each time (5 s doubling up
    // to 5 min), so a check that passes while the write keeps failing (one file of a writable
    // folder read-only, a file too large for the file system) does not flap every second.
    bool canWriteAgain(qint64 bytesNeeded) const;

private:
    qint64 backoffMs() const;

    int m_quickReturns = 0; // troubles reported again within a minute of a retry
    QElapsedTimer m_since;  // since the trouble was reported
    QElapsedTimer m_cleared;
    Cause m_cause = Cause::None;
    QString m_folder;
    QString m_detail; // the system's words, "No space left on device"
};

} // namespace swarmplay
