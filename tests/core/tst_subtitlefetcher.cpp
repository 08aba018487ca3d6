// A subtitle file of the torrent fetched for the player: read whole and parsed off the GUI
// thread; a file too large to be subtitles is refused without reading a byte of it; one whose
// bytes do not come, or cannot be read, says so and lets the video play on.

#include <algorithm>
#include <cstring>

#include <QDeadlineTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QtTest>
#include <QWaitCondition>

#include "stream/streamsource.h"
#include "subtitle/subtitlefetcher.h"
#include "subtitle/subtitleparser.h"
#include "subtitle/subtitletrack.h"
#include "testtime.h"

using namespace swarmplay;
using swarmplay::test::scaledMs;

namespace {

const QString kKey = QStringLiteral("00112233445566778899aabbccddeeff00112233");
const QByteArray kSrt = "1\n00:00:01,000 --> 00:00:02,000\nFirst line\n\n"
                        "2\n00:00:03,000 --> 00:00:04,500\nSecond line\n";

// How the torrent answers a read of a file.
enum class Behaviour
{
    Serve,     // every byte is there
    Stall,     // the bytes never come: a read waits out its timeout
    CloseHalf, // half arrives, then the torrent is removed
};

class ScriptedReader : public ByteReader
{
public:
    ScriptedReader(QByteArray data, Behaviour behaviour)
        : m_data(std::move(data))
        , m_behaviour(behaviour)
    {}
    qint64 size() const override { return m_data.size(); }
    qint64 read(qint64 offset, char *data, qint64 maxSize, int timeoutMs, Status *status) override
    {
        QMutexLocker lock(&m_mutex);
        const qint64 end = m_behaviour == Behaviour::Serve ? m_data.size() : m_data.size() / 2;
        if (offset < end && !m_aborted) {
            const qint64 n = std::min(maxSize, end - offset);
            std::memcpy(data, m_data.constData() + offset, size_t(n));
            return n;
        }
        if (m_behaviour == Behaviour::Stall && !m_aborted) {
            m_wake.wait(&m_mutex, QDeadlineTimer(timeoutMs));
            *status = m_aborted ? Status::Aborted : Status::TimedOut;
            return -1;
        }
        *status = m_aborted ? Status::Aborted : Status::Closed;
        return -1;
    }
    void expect(qint64, qint64) override {}
    void abort() override
    {
        QMutexLocker lock(&m_mutex);
        m_aborted = true;
        m_wake.wakeAll();
    }
    qint64 readyAt(qint64 offset) const override { return std::max<qint64>(0, size() - offset); }
    void notifyWhenReady(qint64, std::function<void()> callback) override { callback(); }

private:
    QByteArray m_data;
    Behaviour m_behaviour;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_aborted = false;
};

// One subtitle file of a torrent, of a given size, behaving as told; it counts the readers.
class OneFileSource : public StreamSource
{
public:
    OneFileSource(const QString &name, QByteArray data, qint64 size, Behaviour behaviour)
        : m_data(std::move(data))
        , m_behaviour(behaviour)
    {
        m_file.torrentKey = kKey;
        m_file.torrentName = QStringLiteral("Film");
        m_file.index = 0;
        m_file.path = QStringLiteral("Film/") + name;
        m_file.size = size;
        m_file.kind = MediaKind::Subtitle;
    }
    std::optional<File> file(const QString &key, int index) const override
    {
        if (key != kKey || index != 0)
            return std::nullopt;
        return m_file;
    }
    QVector<File> files(const QString &key) const override
    {
        return key == kKey ? QVector<File>{m_file} : QVector<File>();
    }
    std::unique_ptr<ByteReader> open(const QString &key, int index, ReaderRole) override
    {
        if (key != kKey || index != 0)
            return nullptr;
        ++opened;
        return std::make_unique<ScriptedReader>(m_data, m_behaviour);
    }
    std::atomic<int> opened{0};

private:
    File m_file;
    QByteArray m_data;
    Behaviour m_behaviour;
};

// What the fetcher said: the track, or the message of its failure.
struct Outcome
{
    bool finished = false;
    SubtitleTrack track;
    QString message;
};

Outcome fetch(const std::shared_ptr<OneFileSource> &source, int timeoutMs)
{
    SubtitleFetcher fetcher(source, kKey, 0);
    QSignalSpy done(&fetcher, &SubtitleFetcher::finished);
    QSignalSpy failed(&fetcher, &SubtitleFetcher::failed);
    Outcome outcome;
    if (!fetcher.start(timeoutMs)) {
        outcome.message = QStringLiteral("start() refused");
        return outcome;
    }
    QDeadlineTimer deadline(scaledMs(timeoutMs + 10000));
    while (done.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!done.isEmpty()) {
        outcome.finished = true;
        outcome.track = done.first().first().value<SubtitleTrack>();
    } else if (!failed.isEmpty()) {
        outcome.message = failed.first().first().toString();
    } else {
        outcome.message = QStringLiteral("no answer");
    }
    return outcome;
}

} // namespace

class TestSubtitleFetcher : public QObject
{
    Q_OBJECT

private slots:
    void fileFromTheTorrentIsParsed()
    {
        auto source = std::make_shared<OneFileSource>(QStringLiteral("film.en.srt"), kSrt,
                                                      kSrt.size(), Behaviour::Serve);
        const Outcome outcome = fetch(source, 5000);
        QVERIFY2(outcome.finished, qPrintable(outcome.message));
        QCOMPARE(outcome.track.cues().size(), 2);
        QCOMPARE(outcome.track.textAt(1500), QStringLiteral("First line"));
        QCOMPARE(outcome.track.textAt(4000), QStringLiteral("Second line"));
    }

    // A "subtitle" file of more than 16 MiB is refused by its size alone: not one byte of it
    // is asked of the swarm.
    void tooLargeFileIsRefusedUnread()
    {
        auto source =
            std::make_shared<OneFileSource>(QStringLiteral("huge.srt"), QByteArray(),
                                            SubtitleParser::MaxFileBytes + 1, Behaviour::Serve);
        const Outcome outcome = fetch(source, 5000);
        QVERIFY(!outcome.finished);
        QCOMPARE(outcome.message, QStringLiteral("“huge.srt” is too large to be a subtitle file."));
        QCOMPARE(source->opened.load(), 0);
    }

    void fileThatDoesNotArriveSaysSo()
    {
        auto source = std::make_shared<OneFileSource>(QStringLiteral("slow.srt"), kSrt, kSrt.size(),
                                                      Behaviour::Stall);
        const Outcome outcome = fetch(source, 1000);
        QVERIFY(!outcome.finished);
        QVERIFY2(outcome.message.startsWith(
                     QStringLiteral("The subtitles “slow.srt” did not arrive within 1 second")),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("the video plays without them")),
                 qPrintable(outcome.message));
    }

    void removedTorrentSaysSo()
    {
        auto source = std::make_shared<OneFileSource>(QStringLiteral("gone.srt"), kSrt, kSrt.size(),
                                                      Behaviour::CloseHalf);
        const Outcome outcome = fetch(source, 5000);
        QVERIFY(!outcome.finished);
        QCOMPARE(outcome.message,
                 QStringLiteral("The subtitles “gone.srt” could not be read from the torrent."));
    }
};

QTEST_GUILESS_MAIN(TestSubtitleFetcher)
#include "tst_subtitlefetcher.moc"
