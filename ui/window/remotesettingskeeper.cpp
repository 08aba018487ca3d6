#include "remotesettingskeeper.h"

#include <algorithm>
#include <limits>

#include <QStringList>

#include "api/apihost.h"
#include "session/sessionsettings.h"
#include "settings/appsettings.h"

namespace swarmplay {

namespace {

// AppSettings keeps rates in KiB/s: rounded up, so that a limit never becomes "unlimited", and
// at most what still fits the session's bytes/s once multiplied back.
int kib(int bytesPerSecond)
{
    return int(std::min<qint64>((qint64(bytesPerSecond) + 1023) / 1024,
                                std::numeric_limits<int>::max() / 1024));
}

// The port every listen address shares, or 0 when they differ or it is not one AppSettings keeps.
int commonPort(const QString &listenInterfaces)
{
    int common = 0;
    for (const QString &part : listenInterfaces.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int port = part.mid(part.lastIndexOf(QLatin1Char(':')) + 1).toInt();
        if (common != 0 && port != common)
            return 0;
        common = port;
    }
    return AppSettings::checkListenPort(common).isEmpty() ? common : 0;
}

} // namespace

RemoteSettingsKeeper::RemoteSettingsKeeper(ApiHost *host, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(host, &ApiHost::settingsChanged, this, &RemoteSettingsKeeper::store);
}

bool RemoteSettingsKeeper::store(const SessionSettings &before, const SessionSettings &after)
{
    if (after.downloadDir != before.downloadDir)
        m_settings->setDownloadDir(after.downloadDir);
    if (after.listenInterfaces != before.listenInterfaces && commonPort(after.listenInterfaces))
        m_settings->setListenPort(commonPort(after.listenInterfaces));
    if (after.downloadRateLimit != before.downloadRateLimit)
        m_settings->setDownloadRateLimit(kib(after.downloadRateLimit));
    if (after.uploadRateLimit != before.uploadRateLimit)
        m_settings->setUploadRateLimit(kib(after.uploadRateLimit));
    if (after.dht != before.dht)
        m_settings->setDht(after.dht);
    if (after.lsd != before.lsd)
        m_settings->setLocalDiscovery(after.lsd);
    // One switch in the window for both: on only while both are.
    if (after.upnp != before.upnp || after.natpmp != before.natpmp)
        m_settings->setPortMapping(after.upnp && after.natpmp);
    if (after.blockReads != before.blockReads)
        m_settings->setCheckEveryPiece(!after.blockReads);
    return m_settings->sync();
}

} // namespace swarmplay
