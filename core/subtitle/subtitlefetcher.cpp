#include "subtitlefetcher.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include "subtitleparser.h"

namespace swarmplay {

SubtitleFetcher::SubtitleFetcher(std::shared_ptr<StreamSource> source, const QString &torrentKey,
                                 int fileIndex, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_key(torrentKey)
    , m_index(fileIndex)
{
    qRegisterMetaType<SubtitleTrack>();
}

SubtitleFetcher::~SubtitleFetcher()
{
    if (m_reader)
        m_reader->abort();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool SubtitleFetcher::start(int timeoutMs)
{
    if (m_thread)
        return true;
    const auto file = m_source->file(m_key, m_index);
    if (!file)
        return false;
    const QString path = file->path;
    const qint64 size = file->size;
    if (size > SubtitleParser::MaxFileBytes) {
        // Not worth a single piece: say so without reading.
        QMetaObject::invokeMethod(
            this,
            [this, path] {
                m_finished = true;
                emit failed(
                    tr("“%1” is too large to be a subtitle file.").arg(QFileInfo(path).fileName()));
            },
            Qt::QueuedConnection);
        return true;
    }
    m_reader = m_source->open(m_key, m_index, ReaderRole::Subtitle);
    if (!m_reader)
        return false;
    ByteReader *reader = m_reader.get();
    m_thread = QThread::create([this, reader, path, size, timeoutMs] {
        QElapsedTimer clock;
        clock.start();
        QByteArray data(int(size), Qt::Uninitialized);
        reader->expect(0, size);
        qint64 got = 0;
        ByteReader::Status status = ByteReader::Status::Ok;
        while (got < size) {
            const int left = int(std::max<qint64>(timeoutMs - clock.elapsed(), 0));
            const qint64 n =
                left > 0 ? reader->read(got, data.data() + got, size - got, left, &status) : -1;
            if (n <= 0) {
                if (left == 0)
                    status = ByteReader::Status::TimedOut;
                break;
            }
            got += n;
        }
        // The reader goes at once: a finished (or failed) fetch must stop outbidding the video.
        reader->abort();
        SubtitleTrack track;
        QString error;
        if (got == size)
            SubtitleParser::parse(data, path, &track, &error);
        else if (status == ByteReader::Status::TimedOut)
            error = tr("The subtitles “%1” did not arrive within %n second(s); the video plays "
                       "without them. Choose them in the Subtitles menu to try again.",
                       nullptr, timeoutMs / 1000)
                        .arg(QFileInfo(path).fileName());
        else if (status != ByteReader::Status::Aborted)
            error = tr("The subtitles “%1” could not be read from the torrent.")
                        .arg(QFileInfo(path).fileName());
        const bool aborted = got < size && status == ByteReader::Status::Aborted;
        QMetaObject::invokeMethod(this, [this, track, error, aborted] {
            m_reader.reset();
            m_finished = true;
            if (aborted)
                return;
            if (error.isEmpty())
                emit finished(track);
            else
                emit failed(error);
        });
    });
    m_thread->setObjectName(QStringLiteral("swarmplay-subtitles"));
    m_thread->start();
    return true;
}

} // namespace swarmplay
