#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace swarmplay {

// A message across the top of the window that does not block it: what went wrong when a torrent
// cannot be opened or played, shown until the user closes it or a newer message replaces it, so
// the window stays usable (a modal box would stop drops, pastes and playback).
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the text (plain text: it often quotes what the user typed). Replaces what was shown.
    void showMessage(const QString &text, Kind kind = Kind::Error);
    void dismiss();

    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void messageShown(const QString &text, swarmplay::MessageBar::Kind kind);

protected:
    void changeEvent(QEvent *e) override;

private:
    void applyColours();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace swarmplay
