#include "playbackmemory.h"

#include <algorithm>
#include <functional>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "atomicfile.h"

namespace swarmplay {

namespace {
// How many files are remembered; the least recently played are forgotten first.
constexpr int MaxEntries = 2000;
} // namespace

PlaybackMemory::PlaybackMemory(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    removeAtomicWriteLeftovers(info.absolutePath(), {info.fileName()});
    load();
}

QString PlaybackMemory::keyOf(const QString &torrentKey, int fileIndex)
{
    return torrentKey + QLatin1Char('/') + QString::number(fileIndex);
}

PlaybackMemory::Entry PlaybackMemory::entry(const QString &torrentKey, int fileIndex) const
{
    return m_entries.value(keyOf(torrentKey, fileIndex));
}

bool PlaybackMemory::contains(const QString &torrentKey, int fileIndex) const
{
    return m_entries.contains(keyOf(torrentKey, fileIndex));
}

QHash<QString, PlaybackMemory::LastPlayed> PlaybackMemory::lastPlayed() const
{
    QHash<QString, LastPlayed> latest;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->positionMs < 0)
            continue;
        const int slash = it.key().lastIndexOf(QLatin1Char('/'));
        bool ok = false;
        const int file = it.key().mid(slash + 1).toInt(&ok);
        if (slash <= 0 || !ok)
            continue;
        LastPlayed &l = latest[it.key().left(slash)];
        if (l.fileIndex < 0 || it->updatedMsecsSinceEpoch > l.entry.updatedMsecsSinceEpoch) {
            l.fileIndex = file;
            l.entry = it.value();
        }
    }
    return latest;
}

qint64 PlaybackMemory::resumePosition(const QString &torrentKey, int fileIndex) const
{
    const Entry e = entry(torrentKey, fileIndex);
    if (e.positionMs < MinResumeMs)
        return -1;
    if (e.durationMs > 0 && double(e.positionMs) >= double(e.durationMs) * (1.0 - EndFraction))
        return -1;
    return e.positionMs;
}

PlaybackMemory::Entry &PlaybackMemory::touch(const QString &torrentKey, int fileIndex)
{
    m_dirty = true;
    Entry &e = m_entries[keyOf(torrentKey, fileIndex)];
    e.updatedMsecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    return e;
}

void PlaybackMemory::setPosition(const QString &torrentKey, int fileIndex, qint64 positionMs,
                                 qint64 durationMs)
{
    const Entry current = entry(torrentKey, fileIndex);
    if (contains(torrentKey, fileIndex) && current.positionMs == positionMs &&
        current.durationMs == durationMs)
        return;
    Entry &e = touch(torrentKey, fileIndex);
    e.positionMs = positionMs;
    if (durationMs > 0)
        e.durationMs = durationMs;
}

void PlaybackMemory::setAudioTrack(const QString &torrentKey, int fileIndex, int track)
{
    touch(torrentKey, fileIndex).audioTrack = track;
}

void PlaybackMemory::setSubtitleTrack(const QString &torrentKey, int fileIndex, int track)
{
    touch(torrentKey, fileIndex).subtitleTrack = track;
}

void PlaybackMemory::setSubtitleFile(const QString &torrentKey, int fileIndex, const QString &file)
{
    if (contains(torrentKey, fileIndex) && entry(torrentKey, fileIndex).subtitleFile == file)
        return;
    touch(torrentKey, fileIndex).subtitleFile = file;
}

void PlaybackMemory::setSubtitleDelay(const QString &torrentKey, int fileIndex, qint64 delayMs)
{
    if (contains(torrentKey, fileIndex) && entry(torrentKey, fileIndex).subtitleDelayMs == delayMs)
        return;
    touch(torrentKey, fileIndex).subtitleDelayMs = delayMs;
}

void PlaybackMemory::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("The playback positions \"%1\" cannot be read (%2); playback starts "
                         "from the beginning.")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString damaged = setAsideDamaged(m_path);
        m_loadError =
            tr("The playback positions \"%1\" are damaged (%2), so every file plays "
               "from the beginning. The damaged file was kept as \"%3\".")
                .arg(QDir::toNativeSeparators(m_path),
                     parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : tr("not a JSON object"),
                     QDir::toNativeSeparators(damaged));
        return;
    }
    const QJsonObject root = doc.object();
    const QJsonObject files = root.value(QLatin1String("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.positionMs = o.value(QLatin1String("position")).toInteger(-1);
        e.durationMs = o.value(QLatin1String("duration")).toInteger(0);
        e.audioTrack = o.value(QLatin1String("audio")).toInt(-1);
        e.subtitleTrack = o.value(QLatin1String("subtitle")).toInt(-2);
        e.subtitleFile = o.value(QLatin1String("subtitleFile")).toString();
        e.subtitleDelayMs = o.value(QLatin1String("subtitleDelay")).toInteger(0);
        e.updatedMsecsSinceEpoch = o.value(QLatin1String("updated")).toInteger(0);
        m_entries.insert(it.key(), e);
    }
}

bool PlaybackMemory::save(QString *error)
{
    if (!m_dirty)
        return true;
    if (m_entries.size() > MaxEntries) {
        QVector<qint64> times;
        for (const Entry &e : std::as_const(m_entries))
            times << e.updatedMsecsSinceEpoch;
        std::sort(times.begin(), times.end(), std::greater<>());
        const qint64 oldestKept = times.at(MaxEntries - 1);
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it->updatedMsecsSinceEpoch < oldestKept ? m_entries.erase(it) : std::next(it);
    }
    QJsonObject files;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Entry &e = it.value();
        QJsonObject o;
        o.insert(QLatin1String("position"), double(e.positionMs));
        o.insert(QLatin1String("duration"), double(e.durationMs));
        o.insert(QLatin1String("audio"), e.audioTrack);
        o.insert(QLatin1String("subtitle"), e.subtitleTrack);
        if (!e.subtitleFile.isEmpty())
            o.insert(QLatin1String("subtitleFile"), e.subtitleFile);
        if (e.subtitleDelayMs != 0)
            o.insert(QLatin1String("subtitleDelay"), double(e.subtitleDelayMs));
        o.insert(QLatin1String("updated"), double(e.updatedMsecsSinceEpoch));
        files.insert(it.key(), o);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("files"), files);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Compact);

    QString reason;
    if (!writeFileAtomically(m_path, data, &reason)) {
        if (error)
            *error = tr("Could not remember playback positions in \"%1\": %2")
                         .arg(QDir::toNativeSeparators(m_path), reason);
        return false;
    }
    m_dirty = false;
    return true;
}

} // namespace swarmplay
