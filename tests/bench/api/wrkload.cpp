#include "wrkload.h"

#include <csignal>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "benchsamples.h"

namespace swarmplay::bench {

double WrkLoad::Result::p99Ms() const
{
    return raw.value(QStringLiteral("p99_us")).toDouble() / 1000.0;
}

qint64 WrkLoad::Result::requests() const
{
    return raw.value(QStringLiteral("requests")).toInteger();
}

QJsonObject WrkLoad::Result::json() const
{
    if (!error.isEmpty())
        return QJsonObject{{QStringLiteral("error"), error}};
    const auto ms = [this](const char *key) {
        return rounded(raw.value(QLatin1String(key)).toDouble() / 1000.0, 0.01);
    };
    const double seconds = raw.value(QStringLiteral("duration_us")).toDouble() / 1e6;
    const qint64 n = requests();
    QJsonObject errors;
    for (const char *kind : {"connect", "read", "write", "status", "timeout"}) {
        const qint64 count = raw.value(QStringLiteral("errors_") + QLatin1String(kind)).toInteger();
        if (count > 0)
            errors.insert(QLatin1String(kind), count);
    }
    return QJsonObject{
        {QStringLiteral("p50_ms"), ms("p50_us")},
        {QStringLiteral("p90_ms"), ms("p90_us")},
        {QStringLiteral("p99_ms"), ms("p99_us")},
        {QStringLiteral("max_ms"), ms("max_us")},
        {QStringLiteral("requests"), n},
        {QStringLiteral("requests_per_s"), seconds > 0 ? rounded(double(n) / seconds) : 0.0},
        {QStringLiteral("bytes_per_answer"),
         n > 0 ? raw.value(QStringLiteral("bytes")).toInteger() / n : 0},
        {QStringLiteral("errors"), errors},
    };
}

WrkLoad::WrkLoad(const QString &wrk, const QUrl &api, const QByteArray &token,
                 const QString &script)
    : m_wrk(wrk)
    , m_api(api)
    , m_token(token)
    , m_script(script)
{}

WrkLoad::~WrkLoad()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool WrkLoad::available(const QString &wrk)
{
    return QFileInfo(wrk).isExecutable();
}

QByteArray WrkLoad::luaString(const QString &text)
{
    // The benchmark's own paths, hashes and token: nothing to escape but these.
    QByteArray s = text.toUtf8();
    s.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + s + '"';
}

QByteArray WrkLoad::prologue() const
{
    return "wrk.headers[\"Authorization\"] = \"Bearer " + m_token +
           "\"\n"
           "local threads = {}\n"
           "function setup(thread) table.insert(threads, thread) end\n";
}

QByteArray WrkLoad::doneFunction()
{
    return R"lua(
function done(summary, latency, requests)
  local created, already, other = 0, 0, 0
  for _, t in ipairs(threads) do
    created = created + (t:get("created") or 0)
    already = already + (t:get("already") or 0)
    other = other + (t:get("other") or 0)
  end
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests":%.0f,"duration_us":%.0f,"bytes":%.0f,' ..
    '"p50_us":%.0f,"p90_us":%.0f,"p99_us":%.0f,"max_us":%.0f,"mean_us":%.0f,' ..
    '"errors_connect":%.0f,"errors_read":%.0f,"errors_write":%.0f,"errors_status":%.0f,' ..
    '"errors_timeout":%.0f,"created":%.0f,"already":%.0f,"other":%.0f}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean, e.connect, e.read, e.write, e.status, e.timeout, created, already, other))
end
)lua";
}

void WrkLoad::startGets(const QStringList &paths, const Options &options)
{
    QByteArray lua = prologue() + "local paths = {";
    for (const QString &p : paths)
        lua += luaString(m_api.path() + p) + ",\n";
    // Made once, as wrk's guide advises: the script costs the load nothing.
    lua += R"lua(}
local requests = {}
function init(args)
  for i, p in ipairs(paths) do requests[i] = wrk.format(nil, p) end
end
function request()
  return requests[math.random(#requests)]
end
)lua";
    start(lua + doneFunction(), m_api.path(), options);
}

void WrkLoad::startUploads(const QStringList &torrentFiles, int limit, const Options &options)
{
    QByteArray lua = prologue() + "wrk.method = \"POST\"\n"
                                  "wrk.headers[\"Content-Type\"] = \"application/x-bittorrent\"\n"
                                  "local files = {";
    for (const QString &f : torrentFiles)
        lua += luaString(f) + ",\n";
    lua += "}\nlocal limit = " + QByteArray::number(limit) +
           "\nlocal path = " + luaString(m_api.path() + QStringLiteral("/torrents?paused=true")) +
           "\n";
    lua += R"lua(
function init(args)
  bodies = {}
  for i, p in ipairs(files) do
    local f = assert(io.open(p, "rb"))
    bodies[i] = f:read("*a")
    f:close()
  end
  sent, created, already, other = 0, 0, 0, 0
end
function request()
  sent = sent + 1
  return wrk.format(nil, path, nil, bodies[((sent - 1) % #bodies) + 1])
end
function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status == 200 then already = already + 1
  else other = other + 1 end
  if created + already + other == limit then
    io.write("WRK_LIMIT_REACHED\n")
    io.flush()
    wrk.thread:stop()
  end
end
)lua";
    Options one = options;
    one.threads = 1;
    start(lua + doneFunction(), m_api.path() + QStringLiteral("/torrents"), one);
}

void WrkLoad::start(const QByteArray &lua, const QString &path, const Options &options)
{
    QFile file(m_script);
    if (file.open(QIODevice::WriteOnly))
        file.write(lua);
    file.close();
    m_durationS = options.durationS;
    QUrl url = m_api;
    url.setPath(path);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(m_wrk,
                    {QStringLiteral("-t%1").arg(options.threads),
                     QStringLiteral("-c%1").arg(options.connections),
                     QStringLiteral("-d%1s").arg(options.durationS), QStringLiteral("--timeout"),
                     QStringLiteral("10s"), QStringLiteral("--latency"), QStringLiteral("-s"),
                     m_script, url.toString(QUrl::FullyEncoded)});
    // Without an event loop turning, only this moves the process from Starting to Running.
    m_process.waitForStarted(10000);
}

bool WrkLoad::waitForLimit(int timeoutMs)
{
    const double deadline = nowMs() + timeoutMs;
    while (!m_output.contains("WRK_LIMIT_REACHED")) {
        const double left = deadline - nowMs();
        if (left <= 0 || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(std::min(left, 1000.0)));
        m_output += m_process.readAllStandardOutput();
    }
    return true;
}

void WrkLoad::interrupt()
{
    if (m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), SIGINT);
}

WrkLoad::Result WrkLoad::finish(int graceMs)
{
    Result r;
    if (!m_process.waitForFinished(m_durationS * 1000 + graceMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        r.error = QStringLiteral("wrk did not end in time");
        return r;
    }
    const QByteArray out = m_output + m_process.readAllStandardOutput();
    const int at = out.indexOf("WRKJSON ");
    if (at < 0) {
        r.error = QStringLiteral("wrk reported nothing: %1 %2")
                      .arg(QString::fromUtf8(out.right(500)),
                           QString::fromUtf8(m_process.readAllStandardError().right(500)));
        return r;
    }
    const int end = out.indexOf('\n', at);
    r.raw = QJsonDocument::fromJson(out.mid(at + 8, end < 0 ? -1 : end - at - 8)).object();
    return r;
}

} // namespace swarmplay::bench
