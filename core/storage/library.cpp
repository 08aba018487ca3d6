#include "library.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "atomicfile.h"
#include "diskusage.h"
#include "model/torrentinfo.h"
#include "model/torrentsnapshot.h"
#include "playbackmemory.h"
#include "resumestore.h"

namespace swarmplay {

namespace {

constexpr int FormatVersion = 1;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &o, const char *key, qint64 fallback)
{
    // A number too large for qint64 (a damaged or edited file) is no number.
    return o.value(QLatin1String(key)).toInteger(fallback);
}

} // namespace

Library::Library(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    removeAtomicWriteLeftovers(info.absolutePath(), {info.fileName()});
    load();
}

QString Library::keptDir() const
{
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("library"));
}

void Library::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("The library \"%1\" cannot be read (%2); it starts empty.")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonArray torrents = doc.object().value(QLatin1String("torrents")).toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QLatin1String("torrents")).isArray()) {
        const QString damaged = setAsideDamaged(m_path);
        m_loadError =
            tr("The library \"%1\" is damaged (%2), so it starts empty. The damaged file was "
               "kept as \"%3\".")
                .arg(QDir::toNativeSeparators(m_path),
                     parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : tr("no list of torrents"),
                     QDir::toNativeSeparators(damaged));
        return;
    }
    for (const QJsonValue &v : torrents) {
        const QJsonObject o = v.toObject();
        Record r;
        r.key = text(o, "key").toLower();
        if (r.key.size() != 40 && r.key.size() != 64)
            continue;
        r.name = text(o, "name");
        r.savePath = text(o, "savePath");
        for (const QJsonValue &f : o.value(QLatin1String("files")).toArray())
            r.files << f.toString();
        r.totalBytes = number(o, "totalBytes", 0);
        r.wantedBytes = number(o, "wantedBytes", 0);
        r.wantedDone = number(o, "wantedDone", 0);
        r.lastFile = int(number(o, "lastFile", -1));
        r.lastPositionMs = number(o, "lastPosition", -1);
        r.lastDurationMs = number(o, "lastDuration", 0);
        r.addedMs = number(o, "added", 0);
        r.lastWatchedMs = number(o, "lastWatched", 0);
        m_records.insert(r.key, r);
    }
}

bool Library::save(QString *error)
{
    if (!m_dirty)
        return true;
    QJsonArray torrents;
    for (const Record &r : records()) {
        QJsonObject o;
        o.insert(QLatin1String("key"), r.key);
        o.insert(QLatin1String("name"), r.name);
        o.insert(QLatin1String("savePath"), r.savePath);
        o.insert(QLatin1String("files"), QJsonArray::fromStringList(r.files));
        o.insert(QLatin1String("totalBytes"), double(r.totalBytes));
        o.insert(QLatin1String("wantedBytes"), double(r.wantedBytes));
        o.insert(QLatin1String("wantedDone"), double(r.wantedDone));
        o.insert(QLatin1String("lastFile"), r.lastFile);
        o.insert(QLatin1String("lastPosition"), double(r.lastPositionMs));
        o.insert(QLatin1String("lastDuration"), double(r.lastDurationMs));
        o.insert(QLatin1String("added"), double(r.addedMs));
        o.insert(QLatin1String("lastWatched"), double(r.lastWatchedMs));
        torrents.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("torrents"), torrents);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QString reason;
    if (!writeFileAtomically(m_path, data, &reason)) {
        if (error)
            *error = tr("Could not save the library to \"%1\": %2")
                         .arg(QDir::toNativeSeparators(m_path), reason);
        return false;
    }
    m_dirty = false;
    return true;
}

QVector<Library::Record> Library::records() const
{
    QVector<Record> list;
    list.reserve(m_records.size());
    for (const Record &r : m_records)
        list << r;
    std::sort(list.begin(), list.end(), [](const Record &a, const Record &b) {
        if (a.lastUsedMs() != b.lastUsedMs())
            return a.lastUsedMs() > b.lastUsedMs();
        return a.key < b.key; // a stable order for equal times
    });
    return list;
}

Library::Record &Library::touch(const QString &key)
{
    Record &r = m_records[key];
    if (r.key.isEmpty()) {
        r.key = key;
        r.addedMs = QDateTime::currentMSecsSinceEpoch();
        m_dirty = true;
    }
    return r;
}

void Library::noteTorrent(const TorrentSnapshot &s)
{
    if (!s.id.isValid())
        return;
    Record &r = touch(s.id.key());
    const Record before = r;
    if (!s.name.isEmpty() && s.name != s.id.key())
        r.name = s.name;
    if (!s.savePath.isEmpty())
        r.savePath = s.savePath;
    // While it checks its files the counts start from nothing; the last known ones stand.
    if (s.hasMetadata && s.state != TorrentState::Checking) {
        r.wantedBytes = s.wantedBytes;
        r.wantedDone = s.wantedDone;
        r.totalBytes = s.totalBytes;
    }
    if (r.name != before.name || r.savePath != before.savePath ||
        r.wantedBytes != before.wantedBytes || r.wantedDone != before.wantedDone ||
        r.totalBytes != before.totalBytes)
        m_dirty = true;
}

void Library::noteInfo(const TorrentInfo &info)
{
    if (!info.isValid())
        return;
    Record &r = touch(info.id.key());
    QStringList files;
    for (const FileEntry &f : info.files) {
        while (files.size() < f.index)
            files << QString(); // pad files have indices but no entry
        if (f.index >= 0)
            files << f.path;
    }
    if (!info.name.isEmpty() && r.name != info.name) {
        r.name = info.name;
        m_dirty = true;
    }
    if (r.files != files || r.totalBytes != info.totalSize) {
        r.files = files;
        r.totalBytes = info.totalSize;
        m_dirty = true;
    }
}

void Library::notePlayed(const QString &key, int fileIndex, qint64 positionMs, qint64 durationMs,
                         qint64 whenMs)
{
    Record &r = touch(key);
    r.lastFile = fileIndex;
    r.lastPositionMs = positionMs;
    if (durationMs > 0 || positionMs < 0)
        r.lastDurationMs = std::max<qint64>(durationMs, 0);
    r.lastWatchedMs = whenMs;
    m_dirty = true;
}

void Library::syncFrom(const PlaybackMemory &memory)
{
    const QHash<QString, PlaybackMemory::LastPlayed> latest = memory.lastPlayed();
    for (Record &r : m_records) {
        const auto it = latest.constFind(r.key);
        if (it == latest.cend())
            continue;
        const PlaybackMemory::Entry &e = it->entry;
        // The position of the file started last, recorded after it started.
        const bool newer = e.updatedMsecsSinceEpoch > r.lastWatchedMs;
        const bool sameFileMoved = it->fileIndex == r.lastFile &&
                                   e.updatedMsecsSinceEpoch >= r.lastWatchedMs &&
                                   e.positionMs != r.lastPositionMs;
        if (!newer && !sameFileMoved)
            continue;
        r.lastFile = it->fileIndex;
        r.lastPositionMs = e.positionMs;
        r.lastDurationMs = e.durationMs;
        r.lastWatchedMs = std::max(r.lastWatchedMs, e.updatedMsecsSinceEpoch);
        m_dirty = true;
    }
}

bool Library::remove(const QString &key)
{
    if (!m_records.remove(key))
        return false;
    const QString kept = torrentFile(key);
    if (!kept.isEmpty())
        QFile::remove(kept);
    m_dirty = true;
    return true;
}

void Library::keepTorrentFiles(const ResumeStore &store)
{
    for (const Record &r : std::as_const(m_records)) {
        const QString kept = QDir(keptDir()).filePath(r.key + QStringLiteral(".torrent"));
        if (QFile::exists(kept))
            continue;
        const QByteArray data = store.readTorrentFile(r.key);
        if (data.isEmpty())
            continue;
        // On failure it is tried again next time; the magnet link still opens it.
        writeFileAtomically(kept, data);
    }
}

QString Library::torrentFile(const QString &key) const
{
    const QString kept = QDir(keptDir()).filePath(key + QStringLiteral(".torrent"));
    return QFile::exists(kept) ? kept : QString();
}

QString Library::source(const QString &key) const
{
    const QString kept = torrentFile(key);
    if (!kept.isEmpty())
        return kept;
    QString magnet =
        QStringLiteral("magnet:?xt=") + (key.size() == 64 ? QStringLiteral("urn:btmh:1220") + key
                                                          : QStringLiteral("urn:btih:") + key);
    const QString name = m_records.value(key).name;
    if (!name.isEmpty())
        magnet += QStringLiteral("&dn=") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    return magnet;
}

QStringList Library::dataFiles(const Record &record)
{
    QStringList relative = record.files;
    relative.removeAll(QString());
    // libtorrent keeps pieces that overlap files not chosen in ".<info hash>.parts".
    relative << QLatin1Char('.') + record.key.left(40) + QStringLiteral(".parts");
    return DiskUsage::filesUnder(record.savePath, relative);
}

Library::Cleanup Library::chooseCleanup(const QVector<Record> &records,
                                        const QHash<QString, qint64> &bytesOnDisk, qint64 capBytes,
                                        const QSet<QString> &keep)
{
    Cleanup c;
    for (const Record &r : records)
        c.usedBytes += bytesOnDisk.value(r.key);
    if (capBytes <= 0 || c.usedBytes <= capBytes)
        return c;
    QVector<Record> candidates;
    for (const Record &r : records) {
        if (bytesOnDisk.value(r.key) > 0 && !keep.contains(r.key))
            candidates << r;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Record &a, const Record &b) {
        return a.lastUsedMs() < b.lastUsedMs();
    });
    for (const Record &r : std::as_const(candidates)) {
        if (c.usedBytes - c.freedBytes <= capBytes)
            break;
        c.keys << r.key;
        c.freedBytes += bytesOnDisk.value(r.key);
    }
    c.reachesCap = c.usedBytes - c.freedBytes <= capBytes;
    return c;
}

} // namespace swarmplay
