#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace swarmplay {

// A folder that keeps, per torrent, libtorrent's resume data (<key>.fastresume), the metadata
// (<key>.torrent) and how the torrent was added (<key>.json). Every write replaces the file
// atomically, so a crash at any moment leaves the previous or the new version, never a mix.
class ResumeStore
{
    Q_DECLARE_TR_FUNCTIONS(ResumeStore)

public:
    explicit ResumeStore(const QString &dir = {});
    // Where a session keeps its store inside its state folder.
    static QString dirIn(const QString &stateDir);

    QString dir() const { return m_dir; }
    void setDir(const QString &dir) { m_dir = dir; }
    bool ensureDir(QString *error) const;
    // Clears what writes cut short by a crash left in the folder; once, at start.
    void removeLeftovers() const;

    bool writeResumeData(const QString &key, const QByteArray &data, QString *error) const;
    bool writeTorrentFile(const QString &key, const QByteArray &data, QString *error) const;
    bool writeMeta(const QString &key, const QJsonObject &meta, QString *error) const;

    QByteArray readResumeData(const QString &key) const;
    QByteArray readTorrentFile(const QString &key) const;
    // Empty object, with error set, when the file is missing or damaged.
    QJsonObject readMeta(const QString &key, QString *error = nullptr) const;

    bool hasResumeData(const QString &key) const;
    // Keys of every torrent that has a .json or .fastresume here.
    QStringList keys() const;
    void remove(const QString &key) const;

    QString path(const QString &key, const char *suffix) const;

private:
    bool writeAtomically(const QString &path, const QByteArray &data, QString *error) const;

    QString m_dir;
};

} // namespace swarmplay
