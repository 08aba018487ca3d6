#include "opensourcedialog.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace swarmplay {

namespace {

// Longer than any magnet link worth pasting; keeps a huge clipboard out of the parser.
constexpr qsizetype MaxClipboardLength = 16 * 1024;

} // namespace

OpenSourceDialog::OpenSourceDialog(QWidget *parent)
    : QDialog(parent)
{
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("sourceEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 64);
    m_prompt->setBuddy(m_edit);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    // The parser's messages quote what the user typed: plain text, whatever it contains.
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a two-line message from the start, so the dialog does not jump while typing.
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 2);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_edit, &QLineEdit::textChanged, this, &OpenSourceDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    prefillFromClipboard();
    validate();
}

QString OpenSourceDialog::source() const
{
    return m_edit->text().trimmed();
}

void OpenSourceDialog::setSource(const QString &text)
{
    m_edit->setText(text);
}

QString OpenSourceDialog::hintText() const
{
    return m_hint->text();
}

bool OpenSourceDialog::looksLikeRemoteSource(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > MaxClipboardLength || text.contains(QLatin1Char('\n')))
        return false;
    if (text.startsWith(QLatin1String("magnet:"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression hash(QStringLiteral("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$"));
    return hash.match(text).hasMatch();
}

void OpenSourceDialog::prefillFromClipboard()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    const QString text = clipboard->text().trimmed();
    if (!looksLikeRemoteSource(text) || !TorrentSource::parse(text).isValid())
        return;
    m_edit->setText(text);
    m_edit->selectAll(); // typing replaces it
}

void OpenSourceDialog::validate()
{
    const QString text = source();
    m_parsed = text.isEmpty() ? TorrentSource() : TorrentSource::parse(text);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_parsed.isValid());

    QPalette hintPalette = palette();
    if (text.isEmpty()) {
        // An empty field is where everyone starts, not a mistake.
        m_hint->clear();
    } else if (!m_parsed.isValid()) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        hintPalette.setColor(QPalette::WindowText,
                             dark ? QColor(255, 128, 118) : QColor(176, 0, 32));
        m_hint->setText(m_parsed.error().message);
    } else {
        switch (m_parsed.kind()) {
        case TorrentSource::Kind::Magnet:
            m_hint->setText(m_parsed.name().isEmpty()
                                ? tr("Magnet link for the torrent %1; its name and files come "
                                     "from the swarm.")
                                      .arg(m_parsed.id().key())
                                : tr("Magnet link for “%1”.").arg(m_parsed.name()));
            break;
        case TorrentSource::Kind::Url:
            m_hint->setText(tr("A .torrent file to download from %1.").arg(m_parsed.url().host()));
            break;
        case TorrentSource::Kind::TorrentFile:
            m_hint->setText(tr("Torrent file “%1”.").arg(m_parsed.name()));
            break;
        case TorrentSource::Kind::Invalid:
            break;
        }
    }
    m_hint->setPalette(hintPalette);
}

void OpenSourceDialog::retranslate()
{
    setWindowTitle(tr("Open Magnet or URL"));
    m_prompt->setText(tr("&Magnet link, info hash or web address of a .torrent file:"));
    m_edit->setPlaceholderText(tr("magnet:?xt=urn:btih:…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
}

void OpenSourceDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        validate();
    }
    QDialog::changeEvent(e);
}

} // namespace swarmplay
