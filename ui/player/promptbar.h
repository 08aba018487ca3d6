#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace swarmplay {

// A slim bar across the top of the player that asks one thing without stopping anything:
// "Resume from 12:34?" or "Up next: Episode 3". A message and two buttons; it hides itself
// when either is pressed. It follows its parent's width and stays above the video, the
// prebuffer page and full screen alike.
class PromptBar : public QWidget
{
    Q_OBJECT

public:
    explicit PromptBar(QWidget *parent);

    void ask(const QString &text, const QString &acceptText, const QString &dismissText);
    QString text() const;
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    void accepted();
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void place();

    QLabel *m_text = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace swarmplay
