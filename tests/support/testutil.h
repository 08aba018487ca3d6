#pragma once

// Small helpers every test uses: bounded waits on futures and conditions, child processes, and
// the raw requests the loopback server's tests send.

#include <functional>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#include "testtime.h"

namespace swarmplay::test {

// Waits (turning the event loop) until the future has a result, at most timeoutMs.
template <typename T> bool await(const QFuture<T> &future, T *result, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, scaledMs(timeoutMs)))
        return false;
    if (future.isCanceled() || future.resultCount() == 0)
        return false;
    *result = future.result();
    return true;
}

// An HTTP/1.1 request as a player or a script sends it to the loopback server on port: the
// request line, Host 127.0.0.1:port, the extra header lines (each ending in "\r\n") and, when
// there is one, the body after its Content-Length.
inline QByteArray rawRequest(const QByteArray &method, const QByteArray &target, quint16 port,
                             const QByteArray &extraLines = {}, const QByteArray &body = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\n" + extraLines +
           (body.isEmpty() ? QByteArray()
                           : "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
           "\r\n" + body;
}

// The threads of this process now (Linux): tests count them to show that idle or waiting
// clients of a server cost none.
inline int threadCount()
{
    return QDir(QStringLiteral("/proc/self/task"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
        .size();
}

// Reads a whole file; empty when it cannot be read.
QByteArray readFile(const QString &path);

// What a program printed and how it ended; exitCode is -1 when it crashed or did not finish in
// time (err then says so).
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program with no input to completion, at most timeoutMs.
ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs);

// Makes a folder readable by its owner alone (as a runtime folder must be); false when it cannot.
bool makePrivateFolder(const QString &path);
// The system environment with HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR moved under
// root (runtime: root/run, see makePrivateFolder()), so a child engine touches nothing of the
// user's and its discovery file lands in root/run/swarmplay.
QProcessEnvironment isolatedEnvironment(const QString &root);

// Makes `output` with ffmpeg (quiet, overwriting), at most two minutes.
ProcessResult runFfmpeg(const QStringList &args, const QString &output);

// Sets PATH for the lifetime of the object (a test that hides or fakes a program).
class PathOverride
{
public:
    explicit PathOverride(const QString &path)
        : m_old(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(path));
    }
    ~PathOverride() { qputenv("PATH", m_old); }
    PathOverride(const PathOverride &) = delete;
    PathOverride &operator=(const PathOverride &) = delete;

private:
    QByteArray m_old;
};

} // namespace swarmplay::test
