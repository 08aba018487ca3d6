#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace swarmplay {

// How local programs find a running engine's control API: a small JSON file,
// swarmplay/<name>.json in the user's runtime folder ($XDG_RUNTIME_DIR on Linux), readable by
// the user alone, written atomically while the engine runs and removed when it stops. The
// daemon writes "daemon", the window "window"; `swarmplay-engine remote` reads them.
class DiscoveryFile
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryFile)

public:
    struct Entry
    {
        QUrl api;      // the API's base URL, http://127.0.0.1:<port>/api/v1
        QString token; // Authorization: Bearer <token>
        qint64 pid = 0;
        QString version;
    };

    // path: where to write, defaultPath(name) when empty.
    explicit DiscoveryFile(const QString &name, const QString &path = {});
    ~DiscoveryFile(); // remove()
    DiscoveryFile(const DiscoveryFile &) = delete;
    DiscoveryFile &operator=(const DiscoveryFile &) = delete;

    // <runtime folder>/swarmplay/<name>.json; empty when the system has no runtime folder.
    static QString defaultPath(const QString &name);
    QString path() const { return m_path; }

    // Writes the entry (mode 0600, its folder 0700). False with a translated *error. An entry
    // of another engine that still runs is remembered, for remove() to put back.
    bool write(const Entry &entry, QString *error = nullptr);
    // Removes the file if it is still the one written here (another engine may have replaced
    // it since). If this one had replaced the entry of an engine that still runs, that entry
    // is written back instead, so that engine stays found.
    void remove();

    // Reads a discovery file; nothing, with a translated *error, when it is missing or damaged.
    static std::optional<Entry> read(const QString &path, QString *error = nullptr);

private:
    bool save(const Entry &entry, QString *error);

    QString m_path;
    std::optional<Entry> m_written;
    std::optional<Entry> m_replaced; // the running engine's entry the first write() replaced
};

} // namespace swarmplay
