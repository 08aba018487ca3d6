#pragma once

#include <memory>

#include <QObject>
#include <QTimer>

namespace swarmplay {
class Library;
class Session;
} // namespace swarmplay

namespace swarmplay::engine {

// Keeps the daemon's Library (library.json in its state folder) up to date with the torrents
// its session holds, as the window's does: names, folders, files and progress, saved every
// half minute and at the end.
class LibraryRecorder : public QObject
{
    Q_OBJECT

public:
    explicit LibraryRecorder(Session *session, QObject *parent = nullptr);
    ~LibraryRecorder() override; // save()

    void save();

private:
    Session *m_session;
    std::unique_ptr<Library> m_library;
    QTimer m_saveTimer;
};

} // namespace swarmplay::engine
