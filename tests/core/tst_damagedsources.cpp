// Hundreds of damaged .torrent files and magnet links, made by mutating real ones: each is either
// accepted (many mutations still make a valid torrent) and then added by a real session, or
// refused with its own error code and words for the user; never a generic error, never a crash.

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "create/torrentcreator.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "session/session.h"
#include "sourcemutator.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_DamagedSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void damagedTorrents();
    void damagedMagnets();

private:
    // The refusal is typed and worded; returns its code's id.
    static QString checkRefusal(const TorrentSource &source, const QString &how);
    void addToSession(const TorrentSource &source, const QString &how);
    // An accepted source is added to the session; a refusal's code is checked and counted.
    void judge(const TorrentSource &source, const QString &how, int *accepted, int *refused);

    QTemporaryDir m_dir;
    QVector<QByteArray> m_torrents;
    QStringList m_magnets;
    std::unique_ptr<LocalSwarm> m_swarm;
    Session *m_session = nullptr;
    QHash<QString, int> m_codes; // refusals per code id, over both tests
    int m_added = 0;
};

void tst_DamagedSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir root(m_dir.path());
    QVERIFY(root.mkpath(QStringLiteral("Show/Extras")));
    const auto write = [&root](const QString &name, int size) {
        QFile f(root.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = char(i * 31 + size);
        f.write(bytes);
    };
    write(QStringLiteral("Show/E01.mkv"), 70000);
    write(QStringLiteral("Show/E02.mkv"), 40000);
    write(QStringLiteral("Show/Extras/notes.srt"), 900);
    write(QStringLiteral("single.mp4"), 50000);
    const struct
    {
        const char *path;
        TorrentCreator::Format format;
    } made[] = {
        {"Show", TorrentCreator::Format::V1},           {"Show", TorrentCreator::Format::V2},
        {"Show", TorrentCreator::Format::Hybrid},       {"single.mp4", TorrentCreator::Format::V1},
        {"single.mp4", TorrentCreator::Format::Hybrid},
    };
    for (const auto &m : made) {
        TorrentCreator::Options opt;
        opt.pieceSize = 16 * 1024;
        opt.format = m.format;
        opt.trackers = {QStringLiteral("http://127.0.0.1:1/announce")};
        opt.webSeeds = {QStringLiteral("http://127.0.0.1:1/seed/")};
        opt.comment = QStringLiteral("a comment");
        opt.withDate = false; // the same bytes, and so the same damage, in every run
        QString error;
        const QByteArray bytes =
            TorrentCreator::create(root.filePath(QLatin1String(m.path)), opt, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QVERIFY(TorrentSource::fromTorrentData(bytes, QStringLiteral("made")).isValid());
        m_torrents << bytes;
    }
    const TorrentSource hybrid = TorrentSource::fromTorrentData(m_torrents.at(2), {});
    m_magnets << QStringLiteral("magnet:?xt=urn:btih:%1&xt=urn:btmh:1220%2&dn=Show"
                                "&x.pe=127.0.0.1:6881&so=0,2")
                     .arg(hybrid.id().v1Hex(), hybrid.id().v2Hex())
              << QStringLiteral("magnet:?xt=urn:btih:%1&dn=Show&tr=udp%3A%2F%2F127.0.0.1%3A1")
                     .arg(hybrid.id().v1Hex())
              << QStringLiteral("magnet:?xt=urn:btih:ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&dn=b32");
    for (const QString &m : std::as_const(m_magnets))
        QVERIFY2(TorrentSource::parse(m).isValid(), qPrintable(m));

    m_swarm = std::make_unique<LocalSwarm>();
    m_session = m_swarm->addSession(QStringLiteral("damaged"));
}

void tst_DamagedSources::cleanupTestCase()
{
    QStringList codes;
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        codes << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    codes.sort();
    qInfo("%d added to the session; refusals by code: %s", m_added,
          qPrintable(codes.join(QStringLiteral(", "))));
    m_swarm.reset();
}

QString tst_DamagedSources::checkRefusal(const TorrentSource &source, const QString &how)
{
    const SourceError &e = source.error();
    const QString id = SourceError::codeId(e.code);
    // AddFailed is what an engine says when it cannot tell why: not good enough for a parser.
    const bool typed = e.code != SourceError::Code::None &&
                       e.code != SourceError::Code::AddFailed && !e.message.isEmpty() &&
                       !id.isEmpty();
    if (!typed)
        qWarning("%s: refused with code %d (\"%s\"), message \"%s\"", qPrintable(how), int(e.code),
                 qPrintable(id), qPrintable(e.message));
    return typed ? id : QString();
}

void tst_DamagedSources::addToSession(const TorrentSource &source, const QString &how)
{
    AddOptions options;
    options.paused = true; // nobody to download from; the add itself is what is tested
    QFuture<AddResult> future = m_session->addTorrent(source, options);
    QVERIFY2(QTest::qWaitFor([&] { return future.isFinished(); }, scaledMs(10000)),
             qPrintable(how));
    const AddResult result = future.result();
    QVERIFY2(result.ok(), qPrintable(QStringLiteral("%1: the session refused what the parser "
                                                    "accepted: %2")
                                         .arg(how, result.error.message)));
    ++m_added;
}

void tst_DamagedSources::judge(const TorrentSource &source, const QString &how, int *accepted,
                               int *refused)
{
    if (source.isValid()) {
        ++*accepted;
        addToSession(source, how);
        return;
    }
    ++*refused;
    const QString code = checkRefusal(source, how);
    QVERIFY2(!code.isEmpty(), qPrintable(how));
    ++m_codes[code];
}

void tst_DamagedSources::damagedTorrents()
{
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        SourceMutator mutator{quint32(i)};
        const QByteArray original = m_torrents.at(i % m_torrents.size());
        QString how;
        QByteArray damaged = mutator.torrent(original, &how);
        // Some get two or three blows.
        for (int more = mutator.below(3); more > 0; --more) {
            QString again;
            damaged = mutator.torrent(damaged, &again);
            how += QStringLiteral(", ") + again;
        }
        how = QStringLiteral("torrent %1 #%2 (%3)").arg(i % m_torrents.size()).arg(i).arg(how);
        judge(TorrentSource::fromTorrentData(damaged, QStringLiteral("damaged.torrent")), how,
              &accepted, &refused);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("300 damaged torrents: %d accepted, %d refused", accepted, refused);
    QVERIFY(refused >= 100); // the mutations do damage
    // Bytes that are not bencoded, and bencoding that is not a torrent, at least.
    QVERIFY(m_codes.contains(QStringLiteral("not-bencoded")));
    QVERIFY(m_codes.contains(QStringLiteral("wrong-structure")));
}

void tst_DamagedSources::damagedMagnets()
{
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 150; ++i) {
        SourceMutator mutator{quint32(1000 + i)};
        QString damaged = mutator.magnet(m_magnets.at(i % m_magnets.size()));
        if (mutator.below(2) == 0)
            damaged = mutator.magnet(damaged);
        const QString how = QStringLiteral("magnet #%1 %2").arg(i).arg(damaged);
        // Text the user pasted: a cut magnet may read as a file name, which is not there.
        judge(TorrentSource::parse(damaged), how, &accepted, &refused);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("150 damaged magnets: %d accepted, %d refused", accepted, refused);
    QVERIFY(refused >= 30);
    QVERIFY(m_codes.contains(QStringLiteral("magnet-bad-xt")));
    QVERIFY(m_codes.contains(QStringLiteral("magnet-without-xt")));
}

QTEST_GUILESS_MAIN(tst_DamagedSources)
#include "tst_damagedsources.moc"
