#include "resumestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "atomicfile.h"

namespace swarmplay {

namespace {
const char *const ResumeSuffix = ".fastresume";
const char *const TorrentSuffix = ".torrent";
const char *const MetaSuffix = ".json";
} // namespace

ResumeStore::ResumeStore(const QString &dir)
    : m_dir(dir)
{}

QString ResumeStore::dirIn(const QString &stateDir)
{
    return QDir(stateDir).filePath(QStringLiteral("torrents"));
}

QString ResumeStore::path(const QString &key, const char *suffix) const
{
    return QDir(m_dir).filePath(key + QLatin1String(suffix));
}

void ResumeStore::removeLeftovers() const
{
    removeAtomicWriteLeftovers(m_dir, {QStringLiteral(".fastresume"), QStringLiteral(".torrent"),
                                       QStringLiteral(".json")});
}

bool ResumeStore::ensureDir(QString *error) const
{
    if (QDir().mkpath(m_dir))
        return true;
    if (error)
        *error = tr("The folder \"%1\" cannot be created; the engine cannot remember its "
                    "torrents. Check that the disk is writable.")
                     .arg(m_dir);
    return false;
}

bool ResumeStore::writeAtomically(const QString &path, const QByteArray &data, QString *error) const
{
    QString reason;
    if (writeFileAtomically(path, data, &reason))
        return true;
    if (error)
        *error = tr("Could not save \"%1\": %2").arg(path, reason);
    return false;
}

bool ResumeStore::writeResumeData(const QString &key, const QByteArray &data, QString *error) const
{
    return ensureDir(error) && writeAtomically(path(key, ResumeSuffix), data, error);
}

bool ResumeStore::writeTorrentFile(const QString &key, const QByteArray &data, QString *error) const
{
    return ensureDir(error) && writeAtomically(path(key, TorrentSuffix), data, error);
}

bool ResumeStore::writeMeta(const QString &key, const QJsonObject &meta, QString *error) const
{
    return ensureDir(error) &&
           writeAtomically(path(key, MetaSuffix), QJsonDocument(meta).toJson(), error);
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray ResumeStore::readResumeData(const QString &key) const
{
    return readAll(path(key, ResumeSuffix));
}

QByteArray ResumeStore::readTorrentFile(const QString &key) const
{
    return readAll(path(key, TorrentSuffix));
}

QJsonObject ResumeStore::readMeta(const QString &key, QString *error) const
{
    const QString p = path(key, MetaSuffix);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(p), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QFile::exists(p) ? tr("\"%1\" is damaged: %2").arg(p, parseError.errorString())
                                      : tr("\"%1\" is missing").arg(p);
        return {};
    }
    return doc.object();
}

bool ResumeStore::hasResumeData(const QString &key) const
{
    return QFile::exists(path(key, ResumeSuffix));
}

QStringList ResumeStore::keys() const
{
    static const QRegularExpression keyPattern(QStringLiteral("^([0-9a-f]{40}|[0-9a-f]{64})\\."));
    QSet<QString> found;
    const QStringList names =
        QDir(m_dir).entryList({QStringLiteral("*") + QLatin1String(ResumeSuffix),
                               QStringLiteral("*") + QLatin1String(MetaSuffix)},
                              QDir::Files);
    for (const QString &name : names) {
        const auto m = keyPattern.match(name);
        if (m.hasMatch())
            found.insert(m.captured(1));
    }
    QStringList result(found.begin(), found.end());
    result.sort();
    return result;
}

void ResumeStore::remove(const QString &key) const
{
    QFile::remove(path(key, ResumeSuffix));
    QFile::remove(path(key, TorrentSuffix));
    QFile::remove(path(key, MetaSuffix));
}

} // namespace swarmplay
