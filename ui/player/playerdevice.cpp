#include "playerdevice.h"

#include <QEventLoop>
#include <QThread>

#include "stream/streamlog.h"
#include "stream/torrentstreamdevice.h"

namespace swarmplay {

PlayerDevice::PlayerDevice(TorrentStreamDevice *source, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
{}

PlayerDevice::~PlayerDevice()
{
    // A read still waiting here would outlive the buffer it writes to.
    Q_ASSERT(!m_waitingInLoop);
}

bool PlayerDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_source || !m_source->isOpen()) {
        setErrorString(tr("A torrent stream can only be read."));
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

qint64 PlayerDevice::size() const
{
    return m_source ? m_source->size() : 0;
}

bool PlayerDevice::seek(qint64 pos)
{
    if (!m_source || !m_source->seek(pos))
        return false;
    return QIODevice::seek(pos);
}

bool PlayerDevice::atEnd() const
{
    return pos() >= size();
}

qint64 PlayerDevice::bytesAvailable() const
{
    return m_source ? m_source->bytesAvailable() : 0;
}

qint64 PlayerDevice::readData(char *data, qint64 maxSize)
{
    if (!m_source || m_source->isAborted() || !m_source->seek(pos()))
        return -1;
    if (QThread::currentThread() != thread() || m_source->bytesReadyAhead() > 0)
        return m_source->read(data, maxSize);

    // The GUI thread would block until the swarm delivers. Let a helper thread wait instead;
    // abort() on the source releases it like any other read.
    ++m_nestedWaits;
    qCDebug(lcStream) << "player: a read on the GUI thread waits at" << pos() << "for" << maxSize
                      << "bytes";
    qint64 got = -1;
    TorrentStreamDevice *source = m_source;
    QThread *reader =
        QThread::create([source, data, maxSize, &got] { got = source->read(data, maxSize); });
    reader->setObjectName(QStringLiteral("swarmplay-guiread"));
    QEventLoop loop;
    connect(reader, &QThread::finished, &loop, &QEventLoop::quit);
    m_waitingInLoop = true;
    reader->start();
    loop.exec();
    reader->wait();
    m_waitingInLoop = false;
    delete reader;
    return got;
}

qint64 PlayerDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace swarmplay
