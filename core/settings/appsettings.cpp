#include "appsettings.h"

#include <limits>
#include <optional>
#include <type_traits>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStorageInfo>
#include <QStringList>
#include <QTemporaryFile>

#include "session/sessionsettings.h"

namespace swarmplay {

namespace {

// One stored value: its key and the value it has until the viewer changes it.
template <typename T> struct Setting
{
    const char *key;
    T fallback;
};

const Setting<QString> DownloadDir{"Storage/DownloadFolder", QString()};
const Setting<int> RemovePolicyKey{"Storage/WhenRemoved", int(AppSettings::RemovePolicy::Ask)};
const Setting<int> ListenPort{"Network/ListenPort", 6881};
const Setting<int> DownloadRate{"Network/DownloadLimitKiB", 0};
const Setting<int> UploadRate{"Network/UploadLimitKiB", 0};
const Setting<bool> Dht{"Network/DHT", true};
const Setting<bool> LocalDiscovery{"Network/LocalDiscovery", true};
const Setting<bool> PortMapping{"Network/PortMapping", true};
const Setting<bool> CheckPieces{"Playback/CheckEveryPiece", false};
const Setting<int> SubtitleFontSize{"Subtitles/FontSize", 24};
const Setting<QStringList> SubtitleLanguages{"Subtitles/PreferredLanguages", QStringList()};
const Setting<qint64> LibraryCap{"Library/CapMiB", 0};
const Setting<bool> LibraryAutoCleanup{"Library/AutoCleanup", false};
const Setting<bool> RemoteControl{"Control/AllowOtherPrograms", false};
const Setting<QString> Language{"Interface/Language", QString()};

constexpr int MaxRateKiB = 10 * 1024 * 1024;                    // 10 GiB/s: more is a typo
constexpr qint64 MaxLibraryCapMiB = qint64(1024) * 1024 * 1024; // 1 PiB
constexpr int MinSubtitlePoints = 8;
constexpr int MaxSubtitlePoints = 96;

// Each language once, as its code; blank and unknown ones left out.
QStringList codesOf(const QStringList &languages)
{
    QStringList codes;
    for (const QString &language : languages) {
        const QString code = AppSettings::subtitleLanguageCode(language);
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

// A stored value as T; nullopt when it is not one ("abc" for a number, "maybe" for a switch),
// which a damaged or hand-edited file holds.
template <typename T> std::optional<T> convert(const QVariant &v)
{
    if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64>) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < std::numeric_limits<T>::min() || n > std::numeric_limits<T>::max())
            return std::nullopt;
        return T(n);
    } else if constexpr (std::is_same_v<T, bool>) {
        if (v.typeId() == QMetaType::Bool)
            return v.toBool();
        const QString text = v.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        return std::nullopt;
    } else {
        if (!v.canConvert<T>())
            return std::nullopt;
        return v.value<T>();
    }
}

template <typename T> T get(const QSettings &s, const Setting<T> &setting)
{
    const QVariant v = s.value(QLatin1String(setting.key));
    return v.isValid() ? convert<T>(v).value_or(setting.fallback) : setting.fallback;
}

// The key, when the file holds a value for it that is not a T.
template <typename T> QStringList unreadable(const QSettings &s, const Setting<T> &setting)
{
    const QVariant v = s.value(QLatin1String(setting.key));
    if (!v.isValid() || convert<T>(v))
        return {};
    return {QString::fromLatin1(setting.key)};
}

template <typename T> void put(QSettings &s, const Setting<T> &setting, const T &value)
{
    s.setValue(QLatin1String(setting.key), value);
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    checkLoaded();
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    checkLoaded();
}

void AppSettings::checkLoaded()
{
    QStringList bad;
    if (m_settings->status() == QSettings::FormatError)
        bad << tr("its layout");
    const QSettings &s = *m_settings;
    bad << unreadable(s, RemovePolicyKey) << unreadable(s, ListenPort)
        << unreadable(s, DownloadRate) << unreadable(s, UploadRate) << unreadable(s, Dht)
        << unreadable(s, LocalDiscovery) << unreadable(s, PortMapping) << unreadable(s, CheckPieces)
        << unreadable(s, SubtitleFontSize) << unreadable(s, LibraryCap)
        << unreadable(s, LibraryAutoCleanup) << unreadable(s, RemoteControl);
    if (bad.isEmpty())
        return;
    // Kept as it was, for whoever wants to see what went wrong (a registry has no file to copy).
    const QString damaged = fileName() + QStringLiteral(".damaged");
    QFile::remove(damaged);
    const bool kept = QFile::copy(fileName(), damaged);
    m_loadError =
        kept ? tr("The settings file \"%1\" is damaged (%2): those settings are back to "
                  "their defaults. A copy was kept as \"%3\".")
                   .arg(QDir::toNativeSeparators(fileName()), bad.join(QLatin1String(", ")),
                        QDir::toNativeSeparators(damaged))
             : tr("The settings \"%1\" are damaged (%2): those settings are back to "
                  "their defaults.")
                   .arg(QDir::toNativeSeparators(fileName()), bad.join(QLatin1String(", ")));
    for (const QString &key : std::as_const(bad)) {
        if (key.contains(QLatin1Char('/')))
            m_damagedKeys << key;
    }
}

void AppSettings::forgetDamage()
{
    for (const QString &key : std::as_const(m_damagedKeys))
        m_settings->remove(key);
    m_damagedKeys.clear();
    m_loadError.clear();
    m_settings->sync();
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

bool AppSettings::sync()
{
    m_settings->sync();
    // A layout error is the one read at start (see loadError()); the file was written anyway.
    return m_settings->status() != QSettings::AccessError;
}

QString AppSettings::downloadDir() const
{
    return get(*m_settings, DownloadDir);
}

void AppSettings::setDownloadDir(const QString &dir)
{
    put(*m_settings, DownloadDir, dir);
}

AppSettings::RemovePolicy AppSettings::removePolicy() const
{
    const int v = get(*m_settings, RemovePolicyKey);
    return v >= int(RemovePolicy::KeepFiles) && v <= int(RemovePolicy::Ask)
               ? RemovePolicy(v)
               : RemovePolicy(RemovePolicyKey.fallback);
}

void AppSettings::setRemovePolicy(RemovePolicy policy)
{
    put(*m_settings, RemovePolicyKey, int(policy));
}

int AppSettings::listenPort() const
{
    const int port = get(*m_settings, ListenPort);
    return checkListenPort(port).isEmpty() ? port : ListenPort.fallback;
}

void AppSettings::setListenPort(int port)
{
    put(*m_settings, ListenPort, port);
}

int AppSettings::downloadRateLimit() const
{
    const int v = get(*m_settings, DownloadRate);
    return checkRateLimit(v).isEmpty() ? v : DownloadRate.fallback;
}

void AppSettings::setDownloadRateLimit(int kibPerSecond)
{
    put(*m_settings, DownloadRate, kibPerSecond);
}

int AppSettings::uploadRateLimit() const
{
    const int v = get(*m_settings, UploadRate);
    return checkRateLimit(v).isEmpty() ? v : UploadRate.fallback;
}

void AppSettings::setUploadRateLimit(int kibPerSecond)
{
    put(*m_settings, UploadRate, kibPerSecond);
}

bool AppSettings::dht() const
{
    return get(*m_settings, Dht);
}

void AppSettings::setDht(bool on)
{
    put(*m_settings, Dht, on);
}

bool AppSettings::localDiscovery() const
{
    return get(*m_settings, LocalDiscovery);
}

void AppSettings::setLocalDiscovery(bool on)
{
    put(*m_settings, LocalDiscovery, on);
}

bool AppSettings::portMapping() const
{
    return get(*m_settings, PortMapping);
}

void AppSettings::setPortMapping(bool on)
{
    put(*m_settings, PortMapping, on);
}

bool AppSettings::checkEveryPiece() const
{
    return get(*m_settings, CheckPieces);
}

void AppSettings::setCheckEveryPiece(bool on)
{
    put(*m_settings, CheckPieces, on);
}

int AppSettings::subtitleFontSize() const
{
    const int v = get(*m_settings, SubtitleFontSize);
    return checkSubtitleFontSize(v).isEmpty() ? v : SubtitleFontSize.fallback;
}

void AppSettings::setSubtitleFontSize(int points)
{
    put(*m_settings, SubtitleFontSize, points);
}

QStringList AppSettings::subtitleLanguages() const
{
    const QStringList v = get(*m_settings, SubtitleLanguages);
    return checkSubtitleLanguages(v).isEmpty() ? codesOf(v) : SubtitleLanguages.fallback;
}

void AppSettings::setSubtitleLanguages(const QStringList &languages)
{
    put(*m_settings, SubtitleLanguages, codesOf(languages));
}

qint64 AppSettings::libraryCapMiB() const
{
    const qint64 v = get(*m_settings, LibraryCap);
    return checkLibraryCap(v).isEmpty() ? v : LibraryCap.fallback;
}

void AppSettings::setLibraryCapMiB(qint64 mib)
{
    put(*m_settings, LibraryCap, mib);
}

bool AppSettings::libraryAutoCleanup() const
{
    return get(*m_settings, LibraryAutoCleanup);
}

void AppSettings::setLibraryAutoCleanup(bool on)
{
    put(*m_settings, LibraryAutoCleanup, on);
}

bool AppSettings::remoteControl() const
{
    return get(*m_settings, RemoteControl);
}

void AppSettings::setRemoteControl(bool on)
{
    put(*m_settings, RemoteControl, on);
}

QString AppSettings::language() const
{
    const QString code = get(*m_settings, Language);
    return checkLanguage(code).isEmpty() ? code : Language.fallback;
}

void AppSettings::setLanguage(const QString &code)
{
    put(*m_settings, Language, code);
}

void AppSettings::applyTo(SessionSettings *s) const
{
    const QString dir = downloadDir();
    if (!dir.isEmpty())
        s->downloadDir = dir;
    s->listenInterfaces = withPort(s->listenInterfaces, listenPort());
    // libtorrent counts bytes; the dialog KiB.
    s->downloadRateLimit = downloadRateLimit() * 1024;
    s->uploadRateLimit = uploadRateLimit() * 1024;
    s->dht = dht();
    s->lsd = localDiscovery();
    s->upnp = portMapping();
    s->natpmp = portMapping();
    s->blockReads = !checkEveryPiece();
}

QString AppSettings::checkListenPort(int port)
{
    if (port < 1 || port > 65535)
        return tr("The listen port must be a number from 1 to 65535; %1 is not.").arg(port);
    return {};
}

QString AppSettings::checkRateLimit(int kibPerSecond)
{
    if (kibPerSecond < 0)
        return tr("A rate limit cannot be negative; use 0 for no limit.");
    if (kibPerSecond > MaxRateKiB)
        return tr("A rate limit of %1 KiB/s is more than any connection carries; use 0 for no "
                  "limit.")
            .arg(kibPerSecond);
    return {};
}

QString AppSettings::checkDownloadDir(const QString &dir)
{
    if (dir.trimmed().isEmpty())
        return tr("Choose a download folder.");
    const QString native = QDir::toNativeSeparators(dir);
    if (QFileInfo(dir).isRelative())
        return tr("The download folder must be a full path, such as %1.")
            .arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/Downloads")));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file, not a folder. Choose a folder for downloads.").arg(native);
    if (!QDir().mkpath(dir))
        return tr("The folder %1 cannot be created. Choose a folder you can write to.").arg(native);
    // Permission bits say little on network shares and for root; writing says it all.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".swarmplay-write-test-XXXXXX")));
    if (!probe.open())
        return tr("Swarmplay cannot write into %1. Choose a folder you can write to.").arg(native);
    return {};
}

QString AppSettings::checkSubtitleFontSize(int points)
{
    if (points < MinSubtitlePoints || points > MaxSubtitlePoints)
        return tr("The subtitle size must be from %1 to %2 points.")
            .arg(MinSubtitlePoints)
            .arg(MaxSubtitlePoints);
    return {};
}

QString AppSettings::checkSubtitleLanguages(const QStringList &languages)
{
    for (const QString &language : languages) {
        if (!language.trimmed().isEmpty() && subtitleLanguageCode(language).isEmpty())
            return tr("\"%1\" is not a language Swarmplay knows. Write ISO 639 codes such as "
                      "en or deu, or names such as German, separated by commas.")
                .arg(language.trimmed());
    }
    return {};
}

QString AppSettings::subtitleLanguageCode(const QString &language)
{
    const QString typed = language.trimmed();
    if (typed.isEmpty())
        return {};
    // ISO 639-1, -2/B ("ger", as Matroska tags carry), -2/T and -3.
    QLocale::Language found = QLocale::AnyLanguage;
    if (typed.size() == 2 || typed.size() == 3)
        found = QLocale::codeToLanguage(typed.toLower());
    for (int i = QLocale::Abkhazian; found == QLocale::AnyLanguage && i <= QLocale::LastLanguage;
         ++i) {
        const auto l = QLocale::Language(i);
        // A language without locale data gets another locale, whose name is not its own.
        const QLocale own(l);
        if (QLocale::languageToString(l).compare(typed, Qt::CaseInsensitive) == 0 ||
            (own.language() == l &&
             own.nativeLanguageName().compare(typed, Qt::CaseInsensitive) == 0))
            found = l;
    }
    if (found == QLocale::AnyLanguage || found == QLocale::C)
        return {};
    return QLocale::languageToCode(found);
}

QString AppSettings::checkLibraryCap(qint64 mib, const QString &folder)
{
    if (mib < 0)
        return tr("The library's size limit cannot be negative; use 0 for no limit.");
    if (mib > MaxLibraryCapMiB)
        return tr("A library size limit of %1 GiB is more than any disk holds; use 0 for no "
                  "limit.")
            .arg(mib / 1024);
    if (mib > 0 && !folder.isEmpty()) {
        const QStorageInfo disk(folder);
        if (disk.isValid() && disk.bytesTotal() > 0 && mib * 1024 * 1024 > disk.bytesTotal())
            return tr("A library size limit of %1 GiB is more than the whole disk holding %2 "
                      "(%3 GiB); choose less, or 0 for no limit.")
                .arg(QString::number(double(mib) / 1024, 'f', 1), QDir::toNativeSeparators(folder),
                     QString::number(double(disk.bytesTotal()) / (1024.0 * 1024 * 1024), 'f', 1));
    }
    return {};
}

QString AppSettings::checkLanguage(const QString &code)
{
    if (!languages().contains(code))
        return tr("Swarmplay has no translation for \"%1\".").arg(code);
    return {};
}

QStringList AppSettings::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString AppSettings::withPort(const QString &listenInterfaces, int port)
{
    QStringList parts;
    for (const QString &part : listenInterfaces.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        const QString address = colon > 0 ? part.left(colon) : part;
        parts << QStringLiteral("%1:%2").arg(address.trimmed()).arg(port);
    }
    if (parts.isEmpty())
        parts << QStringLiteral("0.0.0.0:%1").arg(port) << QStringLiteral("[::]:%1").arg(port);
    return parts.join(QLatin1Char(','));
}

} // namespace swarmplay
