#include "prebufferview.h"

#include <algorithm>

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>

#include "model/units.h"

namespace swarmplay {

namespace {

constexpr int ColumnWidth = 520;

QLabel *plainLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    // Names and messages come from torrents and the network: never let QLabel guess rich text.
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFont scaledFont(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

} // namespace

PrebufferView::PrebufferView(QWidget *parent)
    : QWidget(parent)
{
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildProgressPage());
    m_pages->addWidget(buildMessagePage());
    m_pages->setMaximumWidth(ColumnWidth);
    m_pages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_pages, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_cancelButton, &QPushButton::clicked, this, &PrebufferView::cancelRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &PrebufferView::cancelRequested);
    connect(m_externalButton, &QPushButton::clicked, this, &PrebufferView::externalPlayerRequested);
    connect(m_retryButton, &QPushButton::clicked, this, &PrebufferView::retryRequested);

    retranslate();
}

QWidget *PrebufferView::buildProgressPage()
{
    auto *page = new QWidget;
    m_titleLabel = plainLabel(page, "titleLabel");
    m_titleLabel->setFont(scaledFont(font(), 1.4, QFont::DemiBold));
    m_titleLabel->setAlignment(Qt::AlignHCenter);
    // The title is elided to the width it gets, so it must not ask for the full name's width.
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel->installEventFilter(this);
    m_statusLabel = plainLabel(page, "statusLabel");
    m_statusLabel->setAlignment(Qt::AlignHCenter);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setTextVisible(false);
    m_bytesLabel = plainLabel(page, "bytesLabel");
    m_rateLabel = plainLabel(page, "rateLabel");
    m_peersLabel = plainLabel(page, "peersLabel");
    m_cancelButton = new QPushButton(page);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *details = new QHBoxLayout;
    details->addWidget(m_bytesLabel);
    details->addStretch(1);
    details->addWidget(m_rateLabel);
    details->addSpacing(16);
    details->addWidget(m_peersLabel);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_statusLabel);
    layout->addSpacing(8);
    layout->addWidget(m_progressBar);
    layout->addLayout(details);
    layout->addSpacing(12);
    layout->addWidget(m_cancelButton, 0, Qt::AlignHCenter);
    return page;
}

QWidget *PrebufferView::buildMessagePage()
{
    auto *page = new QWidget;
    m_messageIcon = new QLabel(page);
    m_messageIcon->setAlignment(Qt::AlignHCenter);
    m_messageTitle = plainLabel(page, "messageTitle");
    m_messageTitle->setFont(scaledFont(font(), 1.4, QFont::DemiBold));
    m_messageTitle->setAlignment(Qt::AlignHCenter);
    m_messageTitle->setWordWrap(true);
    m_messageText = plainLabel(page, "messageText");
    m_messageText->setAlignment(Qt::AlignHCenter);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_externalButton = new QPushButton(page);
    m_externalButton->setObjectName(QStringLiteral("externalPlayerButton"));
    m_retryButton = new QPushButton(page);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_closeButton = new QPushButton(page);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_externalButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_closeButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_messageIcon);
    layout->addWidget(m_messageTitle);
    layout->addWidget(m_messageText);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    return page;
}

void PrebufferView::setTitle(const QString &title)
{
    m_title = title;
    updateTitle();
}

void PrebufferView::setStage(Stage stage)
{
    m_stage = stage;
    m_customStatus.clear();
    updateStatus();
}

void PrebufferView::setStatusText(const QString &text)
{
    m_customStatus = text;
    updateStatus();
}

QString PrebufferView::statusText() const
{
    return m_statusLabel->text();
}

void PrebufferView::setProgress(qint64 doneBytes, qint64 neededBytes)
{
    m_needed = std::max<qint64>(neededBytes, 0);
    m_done = std::clamp<qint64>(doneBytes, 0, std::max<qint64>(m_needed, doneBytes));
    updateDetails();
}

void PrebufferView::setRate(qint64 bytesPerSecond)
{
    m_rate = bytesPerSecond;
    updateDetails();
}

void PrebufferView::setPeers(int peers)
{
    m_peers = peers;
    updateDetails();
}

void PrebufferView::showProgress()
{
    m_pages->setCurrentIndex(0);
}

void PrebufferView::showMessage(const QString &title, const QString &text, Actions actions)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_messageText->setVisible(!text.isEmpty());
    m_externalButton->setVisible(actions.testFlag(ExternalPlayerAction));
    m_retryButton->setVisible(actions.testFlag(RetryAction));
    m_pages->setCurrentIndex(1);
    // The first offered way forward takes the keyboard focus; Close otherwise.
    QPushButton *first = actions.testFlag(ExternalPlayerAction) ? m_externalButton
                         : actions.testFlag(RetryAction)        ? m_retryButton
                                                                : m_closeButton;
    first->setDefault(true);
    first->setFocus();
}

bool PrebufferView::isShowingMessage() const
{
    return m_pages->currentIndex() == 1;
}

QString PrebufferView::bytesText() const
{
    return m_bytesLabel->text();
}

QString PrebufferView::rateText() const
{
    return m_rateLabel->text();
}

QString PrebufferView::peersText() const
{
    return m_peersLabel->text();
}

void PrebufferView::updateTitle()
{
    const int width = std::max(m_titleLabel->width(), 1);
    m_titleLabel->setText(m_titleLabel->fontMetrics().elidedText(m_title, Qt::ElideMiddle, width));
    m_titleLabel->setToolTip(m_titleLabel->text() == m_title ? QString() : m_title);
}

void PrebufferView::updateStatus()
{
    if (!m_customStatus.isEmpty()) {
        m_statusLabel->setText(m_customStatus);
        return;
    }
    switch (m_stage) {
    case Stage::FetchingMetadata:
        m_statusLabel->setText(tr("Fetching metadata…"));
        break;
    case Stage::ConnectingToPeers:
        m_statusLabel->setText(tr("Connecting to peers…"));
        break;
    case Stage::Buffering:
        m_statusLabel->setText(tr("Buffering…"));
        break;
    }
}

void PrebufferView::updateDetails()
{
    if (m_needed > 0) {
        // Permille: byte counts overflow QProgressBar's int.
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::min<qint64>(m_done, m_needed) * 1000 / m_needed));
        m_bytesLabel->setText(tr("%1 of %2").arg(formatBytes(m_done), formatBytes(m_needed)));
    } else {
        m_progressBar->setRange(0, 0); // busy: how much is needed is not known yet
        m_bytesLabel->setText(m_done > 0 ? formatBytes(m_done) : QString());
    }
    m_rateLabel->setText(m_rate < 0 ? QString() : formatRate(m_rate));
    if (m_peers < 0)
        m_peersLabel->clear();
    else if (m_peers == 1)
        m_peersLabel->setText(tr("1 peer"));
    else
        m_peersLabel->setText(tr("%n peers", nullptr, m_peers));
}

void PrebufferView::retranslate()
{
    m_cancelButton->setText(tr("Cancel"));
    m_externalButton->setText(tr("Open in external player"));
    m_retryButton->setText(tr("Try again"));
    m_closeButton->setText(tr("Close"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_messageIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    updateStatus();
    updateDetails();
}

bool PrebufferView::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == m_titleLabel && e->type() == QEvent::Resize)
        updateTitle();
    return QWidget::eventFilter(watched, e);
}

void PrebufferView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::StyleChange)
        retranslate();
    if (e->type() == QEvent::FontChange)
        updateTitle();
    QWidget::changeEvent(e);
}

} // namespace swarmplay
