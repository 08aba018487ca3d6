#pragma once

#include <atomic>
#include <memory>

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

namespace swarmplay {
class Library;
class Session;
} // namespace swarmplay

namespace swarmplay::engine {

// Keeps the daemon's Library (library.json in its state folder) the same as the torrents its
// session holds: names, folders, files and progress, a torrent removed from the session removed
// from it too; saved every half minute and at the end. The library and its disk work live on a
// thread of their own, so the Session's thread, which answers the control API, only hands over
// what the session reports.
class LibraryRecorder : public QObject
{
    Q_OBJECT

public:
    explicit LibraryRecorder(Session *session, QObject *parent = nullptr);
    // Saves what is left to save, and waits for it.
    ~LibraryRecorder() override;

    // Writes what changed and copies the new torrents' metadata, on the library's thread. One
    // save at a time; asked again meanwhile, another follows it.
    void save();

private:
    // Runs work on the library's thread, after everything handed over before.
    template <typename F> void post(F &&work);
    // On the library's thread: the disk work of a save.
    void write();
    // The torrents the session holds once it has started (those of the state folder); those of
    // earlier runs that it no longer holds are forgotten.
    void noteSession(const Session *session);

    QString m_stateDir;
    QThread m_thread;
    QObject *m_context = nullptr;       // lives on m_thread; what posted work runs in
    std::unique_ptr<Library> m_library; // touched on m_thread only
    std::atomic<bool> m_saveQueued{false};
    QTimer m_saveTimer;
};

} // namespace swarmplay::engine
