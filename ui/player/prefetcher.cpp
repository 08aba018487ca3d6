#include "prefetcher.h"

#include <algorithm>
#include <atomic>
#include <memory>

#include <QThread>

#include "stream/torrentstreamdevice.h"

namespace swarmplay {

Prefetcher::Prefetcher(QObject *parent)
    : QObject(parent)
{}

Prefetcher::~Prefetcher()
{
    // An aborted device releases its wait at once, so the joins are short.
    for (const Job &job : std::as_const(m_jobs))
        job.device->abort();
    for (const Job &job : std::as_const(m_jobs)) {
        job.thread->wait();
        delete job.thread;
        delete job.device;
    }
}

void Prefetcher::fetch(TorrentStreamDevice *device, const QVector<ProbeRegion::Range> &ranges)
{
    cancel();
    device->setParent(this);
    m_device = device;
    // The last range fetched is where the device's reader stays: the first the demuxer reads.
    QVector<ProbeRegion::Range> order = ranges;
    std::sort(order.begin(), order.end(),
              [](const ProbeRegion::Range &a, const ProbeRegion::Range &b) {
                  return a.offset > b.offset;
              });
    auto ok = std::make_shared<std::atomic<bool>>(true);
    QThread *thread = QThread::create([device, order, ok] {
        for (const ProbeRegion::Range &r : order) {
            if (!device->fetch(r.offset, r.length)) {
                *ok = false;
                return;
            }
        }
    });
    thread->setObjectName(QStringLiteral("swarmplay-prefetch"));
    connect(thread, &QThread::finished, this, [this, thread, ok] { finish(thread, *ok); });
    m_jobs.push_back({thread, device});
    thread->start();
}

void Prefetcher::cancel()
{
    if (m_device)
        m_device->abort();
    m_device = nullptr;
}

void Prefetcher::finish(QThread *thread, bool ok)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                                 [thread](const Job &job) { return job.thread == thread; });
    if (it == m_jobs.end())
        return;
    const Job job = *it;
    m_jobs.erase(it);
    job.thread->wait();
    delete job.thread;
    if (job.device != m_device) {
        delete job.device; // given up
        return;
    }
    m_device = nullptr;
    job.device->setParent(nullptr);
    emit fetched(job.device, ok);
}

} // namespace swarmplay
