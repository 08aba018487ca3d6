#include "statusbarwidget.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>

#include "model/units.h"

namespace swarmplay {

StatusBarWidget::StatusBarWidget(QWidget *parent)
    : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    // A long message is cut, it must not push the figures off the window.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_listenWarning = addField("listenWarning");
    m_down = addField("downloadLabel");
    m_up = addField("uploadLabel");
    m_peers = addField("peersLabel");
    m_dht = addField("dhtLabel");

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(16);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_listenWarning);
    layout->addWidget(m_down);
    layout->addWidget(m_up);
    layout->addWidget(m_peers);
    layout->addWidget(m_dht);

    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, this, &StatusBarWidget::clearMessage);

    fill();
    reserveWidths();
}

QLabel *StatusBarWidget::addField(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    return label;
}

void StatusBarWidget::setStats(const SessionStats &stats)
{
    m_stats = stats;
    fill();
}

void StatusBarWidget::showMessage(const QString &text, int timeoutMs)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    if (timeoutMs > 0)
        m_messageTimer.start(timeoutMs);
    else
        m_messageTimer.stop();
}

void StatusBarWidget::clearMessage()
{
    m_messageTimer.stop();
    m_message->clear();
    m_message->setToolTip(QString());
}

QString StatusBarWidget::message() const
{
    return m_message->text();
}

QString StatusBarWidget::downloadText() const
{
    return m_down->text();
}

QString StatusBarWidget::uploadText() const
{
    return m_up->text();
}

QString StatusBarWidget::peersText() const
{
    return m_peers->text();
}

QString StatusBarWidget::dhtText() const
{
    return m_dht->text();
}

void StatusBarWidget::fill()
{
    const SessionStats &s = m_stats;
    m_down->setText(tr("↓ %1").arg(formatRate(s.downloadRate)));
    m_down->setToolTip(
        tr("Download rate (%1 downloaded this session)").arg(formatBytes(s.totalDownloaded)));
    m_up->setText(tr("↑ %1").arg(formatRate(s.uploadRate)));
    m_up->setToolTip(
        tr("Upload rate (%1 uploaded this session)").arg(formatBytes(s.totalUploaded)));
    m_peers->setText(s.peersConnected == 1 ? tr("1 peer")
                                           : tr("%n peers", nullptr, s.peersConnected));
    m_peers->setToolTip(tr("Peers connected, all torrents"));
    if (!s.dhtEnabled)
        m_dht->setText(tr("DHT off"));
    else if (s.dhtNodes == 1)
        m_dht->setText(tr("DHT: 1 node"));
    else
        m_dht->setText(tr("DHT: %n nodes", nullptr, s.dhtNodes));
    m_dht->setToolTip(tr("Nodes in the distributed hash table, which finds peers without "
                         "trackers"));
    // Only a failure is worth the space: without a listen socket no peer can connect to us.
    m_listenWarning->setVisible(!s.listenError.isEmpty());
    m_listenWarning->setText(tr("⚠ Not reachable"));
    m_listenWarning->setToolTip(
        tr("Swarmplay could not listen for incoming connections: %1. Downloads still work, "
           "but fewer peers can reach you; choose another port in the settings.")
            .arg(s.listenError));
}

void StatusBarWidget::reserveWidths()
{
    // Rates change every second; fixed widths keep the row from jittering.
    const QFontMetrics fm = fontMetrics();
    const int rate = fm.horizontalAdvance(tr("↓ %1").arg(formatRate(1023 * 1024 + 921)));
    m_down->setMinimumWidth(rate);
    m_up->setMinimumWidth(rate);
    m_peers->setMinimumWidth(fm.horizontalAdvance(tr("%n peers", nullptr, 888)));
}

void StatusBarWidget::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        fill();
        reserveWidths();
    } else if (e->type() == QEvent::FontChange) {
        reserveWidths();
    }
    QWidget::changeEvent(e);
}

} // namespace swarmplay
