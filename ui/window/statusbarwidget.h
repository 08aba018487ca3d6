#pragma once

#include <QTimer>
#include <QWidget>

#include "model/sessionstats.h"

class QLabel;

namespace swarmplay {

// The session at a glance for the window's status bar: download and upload rates, connected
// peers, DHT nodes, a warning when the listen port failed, and room for a short message.
class StatusBarWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBarWidget(QWidget *parent = nullptr);

    void setStats(const SessionStats &stats);
    SessionStats stats() const { return m_stats; }

    // Shown at the left until timeoutMs passes (0: until replaced or cleared).
    void showMessage(const QString &text, int timeoutMs = 5000);
    void clearMessage();
    QString message() const;

    QString downloadText() const;
    QString uploadText() const;
    QString peersText() const;
    QString dhtText() const;

protected:
    void changeEvent(QEvent *e) override;

private:
    QLabel *addField(const char *objectName);
    void fill();
    void reserveWidths();

    SessionStats m_stats;
    QLabel *m_message = nullptr;
    QLabel *m_listenWarning = nullptr;
    QLabel *m_down = nullptr;
    QLabel *m_up = nullptr;
    QLabel *m_peers = nullptr;
    QLabel *m_dht = nullptr;
    QTimer m_messageTimer;
};

} // namespace swarmplay
