#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace swarmplay {

// Help ▸ About Swarmplay: the version and the commit the build comes from, and the licences of
// the libraries Swarmplay is made with (Qt, libtorrent, FFmpeg), with Qt's own About Qt.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text (rich text), for tests.
    QString text() const;
    QPushButton *aboutQtButton() const { return m_aboutQt; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_aboutQt = nullptr;
};

} // namespace swarmplay
