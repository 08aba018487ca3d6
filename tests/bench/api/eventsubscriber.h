#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

#include "ssereader.h"

namespace swarmplay::bench {

class ArrivalLog;

// One client of GET /api/v1/events on a raw socket, as a script or a media centre would hold
// it: it reads everything, and writes when each event arrived into the ArrivalLog (the first
// snapshot by its size only).
class EventSubscriber : public QObject
{
    Q_OBJECT

public:
    EventSubscriber(int index, const QString &host, quint16 port, const QByteArray &token,
                    ArrivalLog *log, QObject *parent = nullptr);
    ~EventSubscriber() override;

    void open();

private:
    void sendRequest();
    void readAvailable();
    // The answer's head: false (and the stream given up) unless it is 200.
    bool readHead();
    void handle(const SseReader::Frame &frame, double ms);
    void gone(const QString &why);

    const int m_index;
    const QString m_host;
    const quint16 m_port;
    const QByteArray m_token;
    ArrivalLog *m_log;
    QTcpSocket m_socket;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_gone = false;
    SseReader m_reader;
};

} // namespace swarmplay::bench
