#pragma once

#include <QObject>

class QSocketNotifier;

namespace swarmplay::engine {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread, so the engine can save its state
// and exit cleanly instead of dying mid-write.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace swarmplay::engine
