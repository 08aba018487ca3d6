// Every way in: .torrent files, magnets (btih hex and base32, btmh, dn, tr, ws, x.pe), bare info
// hashes and http(s) URLs — and a specific error for each kind of bad input.

#include <unistd.h>

#include <QFile>
#include <QtTest>

#include "input/torrentfetcher.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"
#include "tinyhttpserver.h"

using namespace swarmplay;
using namespace swarmplay::test;
using Code = SourceError::Code;

class tst_TorrentSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void torrentFile();
    void hybridTorrent();
    void magnetForms_data();
    void magnetForms();
    void magnetParameters();
    void magnetEncodedPeers_data();
    void magnetEncodedPeers();
    void magnetBadEncodedPeers();
    void bareInfoHash();
    void badInputs_data();
    void badInputs();
    void badFiles();
    void urlFetch();
    void urlErrors();
    void urlDeadlineIsTotal();

private:
    TorrentSource fetch(const QString &url, int timeoutMs = 5000);

    LocalSwarm m_swarm;
    QString m_torrent;
    QString m_hybrid;
    QByteArray m_torrentBytes;
};

void tst_TorrentSource::initTestCase()
{
    m_swarm.makeFile(QStringLiteral("content/Show/ep01.mkv"), 600 * 1024, 1);
    m_swarm.makeFile(QStringLiteral("content/Show/ep01.srt"), 2000, 2);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    opt.trackers = {QStringLiteral("http://127.0.0.1:6969/announce"),
                    QStringLiteral("udp://127.0.0.1:6969")};
    opt.webSeeds = {QStringLiteral("http://127.0.0.1:8000/")};
    opt.comment = QStringLiteral("a comment");
    m_torrent = m_swarm.makeTorrent(m_swarm.path(QStringLiteral("content/Show")), opt,
                                    m_swarm.path(QStringLiteral("show.torrent")));
    m_torrentBytes = readFile(m_torrent);
    opt.format = TorrentCreator::Format::Hybrid;
    m_hybrid = m_swarm.makeTorrent(m_swarm.path(QStringLiteral("content/Show")), opt,
                                   m_swarm.path(QStringLiteral("hybrid.torrent")));
}

void tst_TorrentSource::torrentFile()
{
    const TorrentSource s = TorrentSource::parse(m_torrent);
    QVERIFY2(s.isValid(), qPrintable(s.error().message));
    QCOMPARE(s.kind(), TorrentSource::Kind::TorrentFile);
    const TorrentInfo &info = s.info();
    QCOMPARE(info.name, QStringLiteral("Show"));
    QVERIFY(info.multiFile);
    QCOMPARE(info.files.size(), 2);
    QCOMPARE(info.pieceLength, 64 * 1024);
    QCOMPARE(info.totalSize, qint64(600 * 1024 + 2000));
    QCOMPARE(info.pieceCount, int((info.totalSize + info.pieceLength - 1) / info.pieceLength));
    QCOMPARE(info.comment, QStringLiteral("a comment"));
    QCOMPARE(info.creator, QStringLiteral("Swarmplay"));
    QVERIFY(info.created.isValid());
    QCOMPARE(info.trackers.size(), 2);
    QCOMPARE(info.trackers[1].tier, 1);
    QCOMPARE(info.webSeeds, QStringList{QStringLiteral("http://127.0.0.1:8000/")});
    QVERIFY(info.v1 && !info.v2);
    QVERIFY(s.id().hasV1() && !s.id().hasV2());
    for (const FileEntry &f : info.files)
        QCOMPARE(f.kind,
                 f.path.endsWith(QLatin1String(".mkv")) ? MediaKind::Video : MediaKind::Subtitle);

    // file:// URLs are local files too.
    const TorrentSource viaUrl = TorrentSource::parse(QUrl::fromLocalFile(m_torrent).toString());
    QVERIFY(viaUrl.isValid());
    QCOMPARE(viaUrl.id(), s.id());
}

void tst_TorrentSource::hybridTorrent()
{
    const TorrentSource s = TorrentSource::parse(m_hybrid);
    QVERIFY(s.isValid());
    QVERIFY(s.info().v1 && s.info().v2);
    QVERIFY(s.id().hasV1() && s.id().hasV2());
    QCOMPARE(s.id().v2Hex().size(), 64);
    // Pad files (hybrid torrents align files to pieces) are not listed.
    QCOMPARE(s.info().files.size(), 2);
}

void tst_TorrentSource::magnetForms_data()
{
    QTest::addColumn<QString>("magnet");
    QTest::addColumn<QString>("v1");
    const QString hex = QStringLiteral("c12fe1c06bba254a9dc9f519b335aa7c1367a88a");
    // The same hash in base32.
    const QString b32 = QStringLiteral("YEX6DQDLXISUVHOJ6UM3GNNKPQJWPKEK");
    QTest::newRow("btih hex") << QStringLiteral("magnet:?xt=urn:btih:%1").arg(hex) << hex;
    QTest::newRow("btih HEX upper")
        << QStringLiteral("magnet:?xt=urn:btih:%1").arg(hex.toUpper()) << hex;
    QTest::newRow("btih base32") << QStringLiteral("magnet:?xt=urn:btih:%1").arg(b32) << hex;
    QTest::newRow("base32 lower") << QStringLiteral("magnet:?xt=urn:btih:%1").arg(b32.toLower())
                                  << hex;
}

void tst_TorrentSource::magnetForms()
{
    QFETCH(QString, magnet);
    QFETCH(QString, v1);
    const TorrentSource s = TorrentSource::parse(magnet);
    QVERIFY2(s.isValid(), qPrintable(s.error().message));
    QCOMPARE(s.kind(), TorrentSource::Kind::Magnet);
    QCOMPARE(s.id().v1Hex(), v1);
}

void tst_TorrentSource::magnetParameters()
{
    const TorrentSource hybrid = TorrentSource::parse(m_hybrid);
    const QString v2 = hybrid.id().v2Hex();
    // Concatenated, not arg()-ed: the percent escapes would be taken for placeholders.
    const QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:") + hybrid.id().v1Hex() +
        QStringLiteral("&xt=urn:btmh:1220") + v2 +
        QStringLiteral("&dn=My%20Show&tr=http%3A%2F%2F127.0.0.1%3A6969%2Fannounce&tr=udp%3A%2F%"
                       "2F127.0.0.1%3A6969"
                       "&ws=http%3A%2F%2F127.0.0.1%3A8000%2F&x.pe=127.0.0.9:51413&x.pe=[::1]:6881");
    const TorrentSource s = TorrentSource::parse(magnet);
    QVERIFY2(s.isValid(), qPrintable(s.error().message));
    QCOMPARE(s.id().v1Hex(), hybrid.id().v1Hex());
    QCOMPARE(s.id().v2Hex(), v2);
    QCOMPARE(s.name(), QStringLiteral("My Show"));
    QCOMPARE(s.trackers(), (QStringList{QStringLiteral("http://127.0.0.1:6969/announce"),
                                        QStringLiteral("udp://127.0.0.1:6969")}));
    QCOMPARE(s.webSeeds(), QStringList{QStringLiteral("http://127.0.0.1:8000/")});
    QCOMPARE(s.peers(), (QVector<PeerEndpoint>{{QStringLiteral("127.0.0.9"), 51413},
                                               {QStringLiteral("::1"), 6881}}));
    QCOMPARE(s.peers().at(1).toString(), QStringLiteral("[::1]:6881"));

    // A v2-only magnet.
    const TorrentSource v2only =
        TorrentSource::parse(QStringLiteral("magnet:?xt=urn:btmh:1220") + v2);
    QVERIFY2(v2only.isValid(), qPrintable(v2only.error().message));
    QVERIFY(!v2only.id().hasV1());
    QCOMPARE(v2only.id().v2Hex(), v2);
}

void tst_TorrentSource::magnetEncodedPeers_data()
{
    QTest::addColumn<QString>("xpe");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4 colon escaped") << "127.0.0.5%3A51504"
                                        << "127.0.0.5" << 51504;
    QTest::newRow("ipv4 lower-case escape") << "127.0.0.5%3a51504"
                                            << "127.0.0.5" << 51504;
    QTest::newRow("ipv4 every byte escaped") << "%31%32%37.0.0.5%3A51504"
                                             << "127.0.0.5" << 51504;
    QTest::newRow("ipv6 brackets escaped") << "%5B%3A%3A1%5D%3A6881"
                                           << "::1" << 6881;
    QTest::newRow("ipv6 colons escaped") << "[%3A%3A1]%3A6881"
                                         << "::1" << 6881;
    QTest::newRow("ipv6 long") << "%5B2001%3Adb8%3A%3A7%5D%3A80"
                               << "2001:db8::7" << 80;
}

void tst_TorrentSource::magnetEncodedPeers()
{
    // libtorrent 2.0.8 reads x.pe undecoded; URI encoders escape its ':' (and IPv6's brackets).
    QFETCH(QString, xpe);
    QFETCH(QString, host);
    QFETCH(int, port);
    const QString hash = TorrentSource::parse(m_torrent).id().v1Hex();
    const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + hash +
                           QStringLiteral("&x.pe=") + xpe + QStringLiteral("&x.pe=127.0.0.9:51413");
    const TorrentSource s = TorrentSource::parse(magnet);
    QVERIFY2(s.isValid(), qPrintable(s.error().message));
    QCOMPARE(s.id().v1Hex(), hash);
    QCOMPARE(s.peers().size(), 2);
    QVERIFY2(s.peers().contains(PeerEndpoint{host, static_cast<quint16>(port)}),
             qPrintable(s.peers().first().toString()));
    QVERIFY(s.peers().contains(PeerEndpoint{QStringLiteral("127.0.0.9"), 51413}));
}

void tst_TorrentSource::magnetBadEncodedPeers()
{
    // What cannot be a peer is left out, as libtorrent leaves out an undecoded bad x.pe; the
    // magnet still opens and keeps its good peers.
    const QString hash = TorrentSource::parse(m_torrent).id().v1Hex();
    const QStringList bad = {
        QStringLiteral("127.0.0.5%3A0"),       QStringLiteral("127.0.0.5%3A70000"),
        QStringLiteral("example.org%3A6881"),  QStringLiteral("%3A%3A1%3A6881"),
        QStringLiteral("127.0.0.5"),           QStringLiteral("%5B%3A%3A1%5D6881"),
        QStringLiteral("127.0.0.5%3A51504%2"),
    };
    QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + hash;
    for (const QString &b : bad)
        magnet += QStringLiteral("&x.pe=") + b;
    magnet += QStringLiteral("&x.pe=127.0.0.7%3A6881&x.pe=127.0.0.7:6881");
    const TorrentSource s = TorrentSource::parse(magnet);
    QVERIFY2(s.isValid(), qPrintable(s.error().message));
    QCOMPARE(s.peers(), (QVector<PeerEndpoint>{{QStringLiteral("127.0.0.7"), 6881}}));
}

void tst_TorrentSource::bareInfoHash()
{
    const QString hex = QStringLiteral("C12FE1C06BBA254A9DC9F519B335AA7C1367A88A");
    const TorrentSource s = TorrentSource::parse(QStringLiteral("  ") + hex + QStringLiteral("\n"));
    QVERIFY2(s.isValid(), qPrintable(s.error().message));
    QCOMPARE(s.kind(), TorrentSource::Kind::Magnet);
    QCOMPARE(s.id().v1Hex(), hex.toLower());
}

void tst_TorrentSource::badInputs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << int(Code::EmptyInput) << QStringLiteral("magnet");
    QTest::newRow("magnet no xt") << QStringLiteral("magnet:?dn=Something&tr=http://x/a")
                                  << int(Code::MagnetWithoutXt) << QStringLiteral("\"xt\"");
    QTest::newRow("magnet short hash") << QStringLiteral("magnet:?xt=urn:btih:abcdef")
                                       << int(Code::MagnetBadXt) << QStringLiteral("abcdef");
    QTest::newRow("magnet non-hex")
        << QStringLiteral("magnet:?xt=urn:btih:zz2fe1c06bba254a9dc9f519b335aa7c1367a88a")
        << int(Code::MagnetBadXt) << QStringLiteral("40 hexadecimal");
    QTest::newRow("magnet other urn") << QStringLiteral("magnet:?xt=urn:sha1:ABCDEF")
                                      << int(Code::MagnetBadXt) << QStringLiteral("urn:btih:");
    QTest::newRow("magnet bad btmh") << QStringLiteral("magnet:?xt=urn:btmh:1114abcd")
                                     << int(Code::MagnetBadXt) << QStringLiteral("SHA-256");
    QTest::newRow("39 hex") << QStringLiteral("c12fe1c06bba254a9dc9f519b335aa7c1367a88")
                            << int(Code::BadInfoHash) << QStringLiteral("39 characters");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/dir/x.torrent")
                                  << int(Code::FileMissing)
                                  << QStringLiteral("/nonexistent/dir/x.torrent");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x.torrent")
                         << int(Code::UnsupportedScheme) << QStringLiteral("http");
}

void tst_TorrentSource::badInputs()
{
    QFETCH(QString, input);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const TorrentSource s = TorrentSource::parse(input);
    QVERIFY(!s.isValid());
    QCOMPARE(int(s.error().code), code);
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void tst_TorrentSource::badFiles()
{
    const auto write = [this](const QString &name, const QByteArray &data) {
        const QString p = m_swarm.path(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return p;
    };
    struct Case
    {
        QString path;
        Code code;
    };
    const QString unreadable = write(QStringLiteral("secret.torrent"), m_torrentBytes);
    QFile::setPermissions(unreadable, QFileDevice::WriteOwner);
    QFile big(m_swarm.path(QStringLiteral("big.torrent")));
    big.open(QIODevice::WriteOnly);
    big.resize(TorrentSource::MaxTorrentFileSize + 1);
    big.close();

    QList<Case> cases = {
        {write(QStringLiteral("text.torrent"), "<html>not a torrent</html>"), Code::NotBencoded},
        {write(QStringLiteral("truncated.torrent"), m_torrentBytes.left(m_torrentBytes.size() / 2)),
         Code::NotBencoded},
        {write(QStringLiteral("list.torrent"), "li1ei2ee"), Code::NotBencoded},
        {write(QStringLiteral("noinfo.torrent"), "d8:announce3:urle"), Code::WrongStructure},
        {write(QStringLiteral("badinfo.torrent"), "d4:infod4:name1:x12:piece lengthi0eee"),
         Code::WrongStructure},
        {m_swarm.path(QStringLiteral("big.torrent")), Code::TooLarge},
        {m_swarm.root(), Code::FileUnreadable},
    };
    // root cannot be denied read permission.
    if (geteuid() != 0)
        cases.push_back({unreadable, Code::FileUnreadable});
    QSet<QString> messages;
    for (const Case &c : cases) {
        const TorrentSource s = TorrentSource::parse(c.path);
        QVERIFY2(!s.isValid(), qPrintable(c.path));
        QCOMPARE(s.error().code, c.code);
        QVERIFY2(s.error().message.contains(c.path), qPrintable(s.error().message));
        messages.insert(s.error().message);
    }
    QCOMPARE(messages.size(), cases.size());
}

TorrentSource tst_TorrentSource::fetch(const QString &url, int timeoutMs)
{
    TorrentFetcher fetcher;
    fetcher.setTimeout(timeoutMs);
    fetcher.setMaxRedirects(3);
    const TorrentSource parsed = TorrentSource::parse(url);
    if (parsed.kind() != TorrentSource::Kind::Url)
        return parsed;
    TorrentSource result;
    if (!await(fetcher.fetch(parsed.url()), &result, timeoutMs + 10000))
        qWarning("fetch of %s did not finish", qPrintable(url));
    return result;
}

void tst_TorrentSource::urlFetch()
{
    TinyHttpServer http;
    TinyHttpServer::Reply ok;
    ok.headers = {{"Content-Type", "application/x-bittorrent"}};
    ok.body = m_torrentBytes;
    http.route("/show.torrent", ok);
    TinyHttpServer::Reply redirect;
    redirect.status = 302;
    redirect.headers = {{"Location", "/show.torrent"}};
    http.route("/latest", redirect);

    for (const QString &path : {QStringLiteral("/show.torrent"), QStringLiteral("/latest")}) {
        const TorrentSource s = fetch(http.url(path));
        QVERIFY2(s.isValid(), qPrintable(s.error().message));
        QCOMPARE(s.kind(), TorrentSource::Kind::TorrentFile);
        QCOMPARE(s.id(), TorrentSource::parse(m_torrent).id());
    }
}

void tst_TorrentSource::urlErrors()
{
    TinyHttpServer http;
    TinyHttpServer::Reply page;
    page.headers = {{"Content-Type", "text/html"}};
    page.body = "<html><body>Download here</body></html>";
    http.route("/page", page);
    TinyHttpServer::Reply broken;
    broken.body = "d4:infod4:name1:xee";
    http.route("/broken.torrent", broken);
    TinyHttpServer::Reply gone;
    gone.status = 410;
    http.route("/gone", gone);
    TinyHttpServer::Reply huge;
    huge.announcedSize = TorrentSource::MaxTorrentFileSize * 2;
    huge.body = QByteArray(1024, 'd');
    http.route("/huge.torrent", huge);
    TinyHttpServer::Reply hang;
    hang.hang = true;
    http.route("/slow.torrent", hang);
    TinyHttpServer::Reply loop;
    loop.status = 302;
    loop.headers = {{"Location", "/loop"}};
    http.route("/loop", loop);

    // A port nobody listens on: bind one, note it, close it.
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const quint16 deadPort = closed.serverPort();
    closed.close();

    struct Case
    {
        QString url;
        Code code;
        QString mentions;
    };
    const QList<Case> cases = {
        {http.url(QStringLiteral("/page")), Code::NotATorrent,
         QStringLiteral("did not send a torrent")},
        {http.url(QStringLiteral("/broken.torrent")), Code::NotATorrent,
         QStringLiteral("not a valid torrent")},
        {http.url(QStringLiteral("/gone")), Code::HttpStatus, QStringLiteral("410")},
        {http.url(QStringLiteral("/nothing-here")), Code::HttpStatus, QStringLiteral("404")},
        {http.url(QStringLiteral("/huge.torrent")), Code::TooLarge, QStringLiteral("MiB")},
        {http.url(QStringLiteral("/slow.torrent")), Code::UrlTimeout,
         QStringLiteral("did not answer")},
        {http.url(QStringLiteral("/loop")), Code::TooManyRedirects, QStringLiteral("redirect")},
        {QStringLiteral("http://127.0.0.1:%1/x.torrent").arg(deadPort), Code::UrlUnreachable,
         QStringLiteral("could not reach")},
    };
    for (const Case &c : cases) {
        const TorrentSource s = fetch(c.url, 1500);
        QVERIFY2(!s.isValid(), qPrintable(c.url));
        QVERIFY2(s.error().code == c.code,
                 qPrintable(c.url + QStringLiteral(": ") + SourceError::codeId(s.error().code) +
                            QStringLiteral(" ") + s.error().message));
        QVERIFY2(s.error().message.contains(c.mentions), qPrintable(s.error().message));
    }
}

void tst_TorrentSource::urlDeadlineIsTotal()
{
    // A server that sends a byte every 50 ms never leaves the connection idle, yet the whole
    // fetch, its redirect included, still ends at the deadline.
    TinyHttpServer http;
    TinyHttpServer::Reply trickle;
    trickle.headers = {{"Content-Type", "application/x-bittorrent"}};
    trickle.body = m_torrentBytes;
    trickle.trickleMs = 50;
    http.route("/trickle.torrent", trickle);
    TinyHttpServer::Reply redirect;
    redirect.status = 302;
    redirect.headers = {{"Location", "/trickle.torrent"}};
    http.route("/via", redirect);
    QVERIFY(m_torrentBytes.size() * 50 > 10 * 1500);

    for (const QString &path : {QStringLiteral("/trickle.torrent"), QStringLiteral("/via")}) {
        QElapsedTimer took;
        took.start();
        const TorrentSource s = fetch(http.url(path), 1500);
        QVERIFY2(took.elapsed() < 4000, qPrintable(QString::number(took.elapsed())));
        QVERIFY2(!s.isValid(), qPrintable(path));
        QVERIFY2(s.error().code == Code::UrlTimeout,
                 qPrintable(path + QStringLiteral(": ") + SourceError::codeId(s.error().code) +
                            QStringLiteral(" ") + s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("did not answer")) &&
                     s.error().message.contains(http.url(path)),
                 qPrintable(s.error().message));
    }
}

QTEST_GUILESS_MAIN(tst_TorrentSource)
#include "tst_torrentsource.moc"
