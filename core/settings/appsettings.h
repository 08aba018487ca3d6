#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace swarmplay {

struct SessionSettings;

// The viewer's preferences, kept with QSettings: each value is declared once, with its key and
// default, in appsettings.cpp, and read and written here by type. The checks the settings
// dialog applies before it stores anything are here too, so every caller refuses the same values
// with the same words.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // What happens to a torrent's downloaded files when it is removed from the list.
    enum class RemovePolicy
    {
        KeepFiles,
        DeleteFiles,
        Ask,
    };

    // The application's own settings (organisation and application name), or those of an
    // explicit INI file (tests, portable installs).
    AppSettings();
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QString fileName() const;
    // Writes pending changes to disk; false when the file cannot be written.
    bool sync();
    // What of the file could not be read, for the viewer (those settings have their defaults
    // and a copy of the file is kept as "<file>.damaged"); empty when it read cleanly.
    QString loadError() const { return m_loadError; }
    // Once the viewer was told: the damaged values go (their defaults stay), so the next start
    // reads a clean file and says nothing.
    void forgetDamage();

    // Empty: the default download folder (or --download-dir).
    QString downloadDir() const;
    void setDownloadDir(const QString &dir);
    RemovePolicy removePolicy() const;
    void setRemovePolicy(RemovePolicy policy);
    int listenPort() const; // 1..65535
    void setListenPort(int port);
    int downloadRateLimit() const; // KiB/s, 0 = unlimited
    void setDownloadRateLimit(int kibPerSecond);
    int uploadRateLimit() const; // KiB/s, 0 = unlimited
    void setUploadRateLimit(int kibPerSecond);
    bool dht() const;
    void setDht(bool on);
    bool localDiscovery() const;
    void setLocalDiscovery(bool on);
    bool portMapping() const; // UPnP and NAT-PMP
    void setPortMapping(bool on);
    // Play only pieces that passed their hash check, not blocks as they arrive (see
    // SessionLiveSettings::blockReads).
    bool checkEveryPiece() const;
    void setCheckEveryPiece(bool on);
    int subtitleFontSize() const; // points
    void setSubtitleFontSize(int points);
    // The languages whose subtitles show first when none was chosen for a file, as ISO 639
    // codes ("en", "de"), most wanted first; empty: the interface's language.
    QStringList subtitleLanguages() const;
    // Stores each language once as its shortest ISO 639 code; unknown ones are left out.
    void setSubtitleLanguages(const QStringList &languages);
    // The most the library's downloaded files may take, in MiB; 0 = no cap.
    qint64 libraryCapMiB() const;
    void setLibraryCapMiB(qint64 mib);
    // Over the cap, delete the least recently watched torrents' files without asking.
    bool libraryAutoCleanup() const;
    void setLibraryAutoCleanup(bool on);
    // Other programs on this computer may drive the engine through the local control API.
    bool remoteControl() const;
    void setRemoteControl(bool on);
    // "" follows the system; else a language code: "en", "de", "es".
    QString language() const;
    void setLanguage(const QString &code);

    // Puts the stored network values and (when set) the download folder into s. The port goes
    // into every address of s.listenInterfaces, so a session bound to one address stays there.
    void applyTo(SessionSettings *s) const;

    // Empty when the value may be stored, else what is wrong and what to do.
    static QString checkListenPort(int port);
    static QString checkRateLimit(int kibPerSecond);
    // Creates the folder when it does not exist yet, then checks that files can be written.
    static QString checkDownloadDir(const QString &dir);
    static QString checkSubtitleFontSize(int points);
    // Each item an ISO 639 code ("de", "ger", "deu") or a language's English or own name
    // ("German", "Deutsch").
    static QString checkSubtitleLanguages(const QStringList &languages);
    // The shortest ISO 639 code of a language checkSubtitleLanguages() accepts, else empty.
    static QString subtitleLanguageCode(const QString &language);
    // folder, when given, is where downloads go: a cap larger than its whole disk is refused.
    static QString checkLibraryCap(qint64 mib, const QString &folder = {});
    static QString checkLanguage(const QString &code);
    static QStringList languages(); // codes the language setting accepts, "" first

    // The listen interfaces with every port replaced by port.
    static QString withPort(const QString &listenInterfaces, int port);

private:
    void checkLoaded();

    std::unique_ptr<QSettings> m_settings;
    QString m_loadError;
    QStringList m_damagedKeys;
};

} // namespace swarmplay
