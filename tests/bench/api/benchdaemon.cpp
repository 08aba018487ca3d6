#include "benchdaemon.h"

#include <csignal>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include "benchhttp.h"
#include "benchsamples.h"
#include "testutil.h"

namespace swarmplay::bench {

BenchDaemon::BenchDaemon(const QString &enginePath, const QString &root, const QString &bindAddress)
    : m_enginePath(enginePath)
    , m_root(root)
    , m_bind(bindAddress)
{}

BenchDaemon::~BenchDaemon()
{
    stop();
}

bool BenchDaemon::start(int timeoutMs, QString *error)
{
    const QString run = m_root.filePath(QStringLiteral("run"));
    test::makePrivateFolder(run);
    m_process.setProcessEnvironment(test::isolatedEnvironment(m_root.path()));
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(m_root.filePath(QStringLiteral("daemon.out")));
    m_process.setStandardErrorFile(m_root.filePath(QStringLiteral("daemon.err")));
    m_process.start(m_enginePath,
                    {QStringLiteral("daemon"), QStringLiteral("--bind"), m_bind,
                     QStringLiteral("--bt-port"), QStringLiteral("0"),
                     QStringLiteral("--state-dir"), m_root.filePath(QStringLiteral("state")),
                     QStringLiteral("--dir"), m_root.filePath(QStringLiteral("downloads")),
                     QStringLiteral("--no-dht"), QStringLiteral("--no-lsd"),
                     QStringLiteral("--no-upnp"), QStringLiteral("--no-natpmp"),
                     QStringLiteral("--no-trackers"), QStringLiteral("--quiet")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_enginePath, m_process.errorString());
        return false;
    }
    const double deadline = nowMs() + timeoutMs;
    while (!readDiscovery()) {
        if (m_process.state() == QProcess::NotRunning || nowMs() > deadline) {
            *error = QStringLiteral("the daemon did not get ready: %1").arg(stderrTail());
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

bool BenchDaemon::readDiscovery()
{
    QFile file(m_root.filePath(QStringLiteral("run/swarmplay/daemon.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("pid")).toInteger() != m_process.processId())
        return false;
    m_api = QUrl(json.value(QStringLiteral("api")).toString());
    m_token = json.value(QStringLiteral("token")).toString().toLatin1();
    return m_api.isValid() && !m_token.isEmpty();
}

int BenchDaemon::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    if (!m_token.isEmpty())
        BenchHttp(m_api, m_token, 5000).postJson("/shutdown", {});
    if (!m_process.waitForFinished(timeoutMs)) {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

BenchDaemon::Footprint BenchDaemon::footprint() const
{
    Footprint f;
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return f;
    // "VmRSS:	   41236 kB"
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts[0] == "VmRSS:")
            f.rssMiB = parts[1].toDouble() / 1024.0;
        else if (parts[0] == "VmHWM:")
            f.peakRssMiB = parts[1].toDouble() / 1024.0;
        else if (parts[0] == "Threads:")
            f.threads = parts[1].toInt();
    }
    return f;
}

QString BenchDaemon::stderrTail() const
{
    QFile err(m_root.filePath(QStringLiteral("daemon.err")));
    if (!err.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(err.readAll().right(2000)).trimmed();
}

} // namespace swarmplay::bench
