#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace swarmplay {

// The page shown where the video will be, before playback can start: what is being fetched,
// how far along, how fast and from how many peers, with a way out; or, when playback cannot
// start, what went wrong and what the user can do instead.
class PrebufferView : public QWidget
{
    Q_OBJECT

public:
    enum class Stage
    {
        FetchingMetadata,
        ConnectingToPeers,
        Buffering,
    };
    enum Action
    {
        NoAction = 0x0,
        ExternalPlayerAction = 0x1, // "Open in external player"
        RetryAction = 0x2,          // "Try again"
    };
    Q_DECLARE_FLAGS(Actions, Action)
    Q_FLAG(Actions)

    explicit PrebufferView(QWidget *parent = nullptr);

    // The file's name; long names are elided in the middle (the whole name is the tooltip).
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setStage(Stage stage);
    void setStatusText(const QString &text); // for anything the stages do not cover
    QString statusText() const;
    // Bytes the player needs before it can start, and how many of them are here. neededBytes
    // <= 0 means not known yet: the bar shows that it is busy instead.
    void setProgress(qint64 doneBytes, qint64 neededBytes);
    void setRate(qint64 bytesPerSecond);
    void setPeers(int peers);

    // Back from a message to the progress page.
    void showProgress();
    // An error in place of the progress: the title and text are shown as plain text; the
    // actions add buttons beside "Close" (which emits cancelRequested()).
    void showMessage(const QString &title, const QString &text, Actions actions = NoAction);
    bool isShowingMessage() const;

    QString bytesText() const;
    QString rateText() const;
    QString peersText() const;

signals:
    void cancelRequested();
    void externalPlayerRequested();
    void retryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    QWidget *buildProgressPage();
    QWidget *buildMessagePage();
    void updateTitle();
    void updateStatus();
    void updateDetails();
    void retranslate();

    QString m_title;
    Stage m_stage = Stage::FetchingMetadata;
    QString m_customStatus;
    qint64 m_done = 0;
    qint64 m_needed = 0;
    qint64 m_rate = -1;
    int m_peers = -1;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_bytesLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_peersLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_externalButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace swarmplay

Q_DECLARE_OPERATORS_FOR_FLAGS(swarmplay::PrebufferView::Actions)
