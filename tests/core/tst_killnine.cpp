// kill -9 while the state files are written: swarmplay_statewriter writes resume data, torrent
// metadata, library.json and playback.json back to back through the classes the engine and the
// window use, and is killed at a random moment, over and over. After every kill each file still
// loads as a whole version, and no torrent once saved is lost. The kills are counted by where
// they landed (inside a write or between two). SWARMPLAY_KILL_ROUNDS sets how many
// (scripts/killnine.sh runs 1,000).

#include <csignal>

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include "../chaos/stateblob.h"
#include "storage/library.h"
#include "storage/playbackmemory.h"
#include "storage/resumestore.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_KillNine : public QObject
{
    Q_OBJECT

private slots:
    void everyStateFileSurvivesKillNine();
    void leftoversOfCutWritesAreRemovedAtStart();

private:
    // Checks the folder after a kill; returns an empty string or what is wrong.
    QString check(const QString &dir);

    QSet<QString> m_saved;         // torrents whose resume data was on disk once
    QSet<QString> m_inLibrary;     // ... that were in library.json once
    QSet<QString> m_inPlayback;    // ... that had a position in playback.json once
    QHash<QString, qint64> m_last; // the newest resume generation seen per torrent
};

QString tst_KillNine::check(const QString &dir)
{
    // As the engine and the window start: they load each file and clear what a cut-short
    // write left.
    const ResumeStore store(ResumeStore::dirIn(dir));
    QString ensureError;
    if (!store.ensureDir(&ensureError))
        return ensureError;
    store.removeLeftovers();
    const QStringList keys = store.keys();
    for (const QString &key : std::as_const(m_saved)) {
        if (!keys.contains(key))
            return QStringLiteral("torrent %1 is gone from the resume store").arg(key);
    }
    for (const QString &key : keys) {
        const int t = key.at(0).unicode() - 'a';
        if (store.hasResumeData(key)) {
            const qint64 generation = chaos::blobGeneration(store.readResumeData(key), t);
            if (generation < 0)
                return QStringLiteral("the resume data of %1 is torn").arg(key);
            if (generation < m_last.value(key, -1))
                return QStringLiteral("the resume data of %1 went back to an older version")
                    .arg(key);
            m_last[key] = generation;
            m_saved.insert(key);
        }
        QString error;
        const QJsonObject meta = store.readMeta(key, &error);
        if (!error.isEmpty() && QFile::exists(store.path(key, ".json")))
            return QStringLiteral("the metadata of %1 does not load: %2").arg(key, error);
    }

    const Library library(dir + QStringLiteral("/library.json"));
    if (!library.loadError().isEmpty())
        return QStringLiteral("library.json does not load: ") + library.loadError();
    for (const QString &key : std::as_const(m_inLibrary)) {
        if (!library.contains(key))
            return QStringLiteral("torrent %1 is gone from the library").arg(key);
    }
    for (const Library::Record &r : library.records())
        m_inLibrary.insert(r.key);

    const PlaybackMemory memory(dir + QStringLiteral("/playback.json"));
    if (!memory.loadError().isEmpty())
        return QStringLiteral("playback.json does not load: ") + memory.loadError();
    for (const QString &key : std::as_const(m_inPlayback)) {
        if (!memory.contains(key, 0))
            return QStringLiteral("torrent %1 lost its playback position").arg(key);
    }
    for (int t = 0; t < chaos::TorrentCount; ++t) {
        if (memory.contains(chaos::torrentKey(t), 0))
            m_inPlayback.insert(chaos::torrentKey(t));
    }

    // Nothing half-written is left beside them.
    static const QStringList known = {QStringLiteral("library.json"),
                                      QStringLiteral("playback.json"),
                                      QDir(ResumeStore::dirIn(dir)).dirName()};
    for (const QString &name :
         QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!known.contains(name))
            return QStringLiteral("a stray file is left: ") + name;
    }
    for (const QString &name : QDir(store.dir()).entryList(QDir::Files)) {
        if (!name.endsWith(QLatin1String(".fastresume")) && !name.endsWith(QLatin1String(".json")))
            return QStringLiteral("a stray file is left in the resume store: ") + name;
    }
    return {};
}

void tst_KillNine::everyStateFileSurvivesKillNine()
{
    const int rounds = qEnvironmentVariableIsSet("SWARMPLAY_KILL_ROUNDS")
                           ? qEnvironmentVariableIntValue("SWARMPLAY_KILL_ROUNDS")
                           : 150;
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("state"));
    QRandomGenerator rng(20261206);
    QHash<QByteArray, int> inside; // kills that landed inside a write, per file
    int between = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(SWARMPLAY_STATEWRITER_PATH),
                     {dir, QString::number(qint64(round) * 1'000'000)});
        QVERIFY(writer.waitForStarted(scaledMs(5000)));
        QVERIFY(QTest::qWaitFor([&] { return writer.canReadLine(); }, scaledMs(10000)));
        QTest::qWait(int(rng.bounded(40)));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(scaledMs(5000)));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
        const QList<QByteArray> last = lines.last().split(' ');
        if (last.value(0) == "B")
            ++inside[last.value(2)];
        else
            ++between;
        const QString problem = check(dir);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after kill %1 (%2): %3")
                                .arg(round)
                                .arg(QString::fromLatin1(lines.last()), problem)));
    }
    int landed = 0;
    QStringList parts;
    for (auto it = inside.cbegin(); it != inside.cend(); ++it) {
        landed += it.value();
        parts << QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(it.value());
    }
    parts.sort();
    qInfo("%d kills: %d inside a write (%s), %d between writes; %lld torrents kept", rounds, landed,
          qPrintable(parts.join(QStringLiteral(", "))), between, qint64(m_saved.size()));
    // Aimed well enough to mean something: most kills hit a write.
    QVERIFY2(landed * 2 > rounds, qPrintable(QString::number(landed)));
    QCOMPARE(m_saved.size(), chaos::TorrentCount);
}

void tst_KillNine::leftoversOfCutWritesAreRemovedAtStart()
{
    // What QSaveFile leaves when killed inside commit() on a file system without unnamed
    // temporary files, beside what must stay.
    QTemporaryDir temp;
    const QString dir = temp.path();
    const QString key = chaos::torrentKey(0);
    const QStringList leftovers = {QStringLiteral("library.json.AbC123"),
                                   QStringLiteral("playback.json.x9Y8z7")};
    const QStringList keep = {QStringLiteral("library.json"), QStringLiteral("playback.json"),
                              QStringLiteral("library.json.damaged"),
                              QStringLiteral("library.json.backup1")};
    const QString store = ResumeStore::dirIn(dir);
    QVERIFY(QDir().mkpath(store));
    const QStringList storeLeftovers = {key + QStringLiteral(".fastresume.Qw3rTy"),
                                        key + QStringLiteral(".json.000000"),
                                        key + QStringLiteral(".torrent.zZzZzZ")};
    const QStringList storeKeep = {key + QStringLiteral(".fastresume"),
                                   key + QStringLiteral(".json"), key + QStringLiteral(".torrent"),
                                   key + QStringLiteral(".json.damaged")};
    for (const QString &name : leftovers + keep) {
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name == QLatin1String("library.json")    ? "{\"torrents\": []}"
                : name == QLatin1String("playback.json") ? "{\"files\": {}}"
                                                         : "x");
    }
    for (const QString &name : storeLeftovers + storeKeep) {
        QFile f(store + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const Library library(dir + QStringLiteral("/library.json"));
    const PlaybackMemory memory(dir + QStringLiteral("/playback.json"));
    ResumeStore(store).removeLeftovers();
    for (const QString &name : leftovers)
        QVERIFY2(!QFile::exists(dir + QLatin1Char('/') + name), qPrintable(name));
    for (const QString &name : keep)
        QVERIFY2(QFile::exists(dir + QLatin1Char('/') + name), qPrintable(name));
    for (const QString &name : storeLeftovers)
        QVERIFY2(!QFile::exists(store + QLatin1Char('/') + name), qPrintable(name));
    for (const QString &name : storeKeep)
        QVERIFY2(QFile::exists(store + QLatin1Char('/') + name), qPrintable(name));
}

QTEST_GUILESS_MAIN(tst_KillNine)
#include "tst_killnine.moc"
