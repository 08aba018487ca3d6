#pragma once

#include <QBasicTimer>
#include <QWidget>

namespace swarmplay {

// Drawn over the video while the stream waits for pieces: "Buffering… 45 %", the download rate
// and a progress ring on a dark translucent panel, readable over any picture.
//
// With a parent it covers the parent and follows its size; the caller shows and hides it.
// It lets mouse events through so the video underneath still gets clicks.
class BufferingOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit BufferingOverlay(QWidget *parent = nullptr);

    // 0..1 of what the stream needs before it can go on; negative when unknown (the ring
    // spins instead).
    void setProgress(double fraction);
    double progress() const { return m_progress; }
    // Download rate in bytes per second; negative hides the line.
    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate; }

    // Why it waits, in a sentence under the rate ("No peer is connected: …"); empty for none.
    void setReason(const QString &reason);
    QString reason() const { return m_reason; }

    QString text() const;     // "Buffering… 45 %"
    QString rateText() const; // "1.20 MiB/s", empty when hidden
    QRect panelRect() const;

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void showEvent(QShowEvent *e) override;
    void hideEvent(QHideEvent *e) override;
    void timerEvent(QTimerEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    QFont titleFont() const;
    // Where the reason goes inside a panel of that width, wrapped.
    QRect reasonRect(int panelWidth) const;
    void updateSpinner();
    void refresh();

    double m_progress = -1.0;
    qint64 m_rate = -1;
    QString m_reason;
    int m_spinAngle = 0; // degrees, for the indeterminate ring
    QBasicTimer m_spinTimer;
};

} // namespace swarmplay
