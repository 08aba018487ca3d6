#include "remotecontrol.h"

#include <QCoreApplication>

#include "api/apihost.h"

namespace swarmplay {

RemoteControl::RemoteControl(ApiHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_discovery(QStringLiteral("window"))
{
    m_host->setEnabled(false);
}

RemoteControl::~RemoteControl()
{
    setEnabled(false);
}

bool RemoteControl::setEnabled(bool on, QString *error)
{
    if (!on) {
        m_host->setEnabled(false);
        m_discovery.remove();
        return true;
    }
    if (!m_host->baseUrl().isValid() || m_host->baseUrl().isEmpty()) {
        if (error)
            *error = tr("Other programs cannot control Swarmplay: its local server is not "
                        "running.");
        return false;
    }
    DiscoveryFile::Entry entry;
    entry.api = m_host->baseUrl();
    entry.token = QString::fromLatin1(m_host->token());
    entry.pid = QCoreApplication::applicationPid();
    entry.version = QCoreApplication::applicationVersion();
    QString why;
    if (!m_discovery.write(entry, &why)) {
        if (error)
            *error = tr("Other programs cannot control Swarmplay: %1").arg(why);
        m_host->setEnabled(false);
        return false;
    }
    m_host->setEnabled(true);
    return true;
}

bool RemoteControl::isEnabled() const
{
    return m_host->isEnabled();
}

} // namespace swarmplay
