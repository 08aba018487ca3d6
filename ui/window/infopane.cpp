#include "infopane.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedLayout>
#include <QUrl>

#include "model/units.h"

namespace swarmplay {

namespace {

// A comment is a line or two; anything longer is not worth laying out in a side pane.
constexpr qsizetype MaxCommentLength = 4000;

QString escapedWithBreaks(QStringView text)
{
    return text.toString().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

InfoPane::InfoPane(QWidget *parent)
    : QWidget(parent)
{
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false); // greyed: it is a state, not content

    auto *content = new QWidget;
    // A grid rather than a QFormLayout: a title must sit beside the first line of a value that
    // wraps, and QFormLayout centres it.
    m_grid = new QGridLayout(content);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_name = addRow("nameValue");
    m_v1Hash = addHashRow("v1HashValue");
    m_v2Hash = addHashRow("v2HashValue");
    m_format = addRow("formatValue");
    m_pieces = addRow("piecesValue");
    m_totalSize = addRow("totalSizeValue");
    m_layout = addRow("layoutValue");
    m_private = addRow("privateValue");
    m_creator = addRow("creatorValue");
    m_created = addRow("createdValue");
    m_comment = addRow("commentValue");
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    m_name->setWordWrap(true);
    m_creator->setWordWrap(true);
    // Rich text only so that links work: commentToHtml() escapes everything else.
    m_comment->setTextFormat(Qt::RichText);
    m_comment->setWordWrap(true);
    m_comment->setOpenExternalLinks(true);
    m_comment->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    retranslate();
    clear();
}

QLabel *InfoPane::addRow(const char *objectName)
{
    auto *value = new QLabel;
    value->setObjectName(QLatin1String(objectName));
    value->setTextFormat(Qt::PlainText); // names, creators come from the torrent file
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    addRow(value, Qt::AlignLeft | Qt::AlignTop);
    return value;
}

QLineEdit *InfoPane::addHashRow(const char *objectName)
{
    // A frameless read-only line edit rather than a label: a 64-digit v2 hash cannot wrap, and
    // a label would make the whole pane that wide. This one scrolls, selects and copies.
    auto *value = new QLineEdit;
    value->setObjectName(QLatin1String(objectName));
    value->setReadOnly(true);
    value->setFrame(false);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    value->setMinimumWidth(value->fontMetrics().averageCharWidth() * 12);
    QPalette pal = value->palette();
    pal.setColor(QPalette::Base, Qt::transparent);
    value->setPalette(pal);
    addRow(value, Qt::AlignLeft | Qt::AlignVCenter); // level with the text inside the box
    return value;
}

void InfoPane::addRow(QWidget *field, Qt::Alignment titleAlignment)
{
    auto *title = new QLabel;
    const int row = m_grid->rowCount();
    m_grid->addWidget(title, row, 0, titleAlignment);
    m_grid->addWidget(field, row, 1);
    m_titles.insert(field, title);
}

void InfoPane::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    m_titles.value(field)->setVisible(visible);
}

void InfoPane::setInfo(const TorrentInfo &info)
{
    if (!info.isValid()) {
        clear();
        return;
    }
    m_info = info;
    fill();
    m_stack->setCurrentIndex(1);
}

void InfoPane::clear()
{
    m_info = TorrentInfo();
    m_stack->setCurrentIndex(0);
}

QString InfoPane::commentToHtml(const QString &comment)
{
    QString text = comment;
    bool cut = false;
    if (text.size() > MaxCommentLength) {
        text.truncate(MaxCommentLength);
        cut = true;
    }
    static const QRegularExpression urlPattern(QStringLiteral("https?://[^\\s<>\"]+"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype done = 0;
    auto it = urlPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString address = m.captured();
        // Prose puts punctuation after an address: "see https://example.org."
        while (!address.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(address.back()))
            address.chop(1);
        const QUrl url(address, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        html += escapedWithBreaks(QStringView(text).mid(done, m.capturedStart() - done));
        html +=
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(QString::fromLatin1(url.toEncoded()).toHtmlEscaped(), address.toHtmlEscaped());
        done = m.capturedStart() + address.size();
    }
    html += escapedWithBreaks(QStringView(text).mid(done));
    if (cut)
        html += QStringLiteral("…");
    return html;
}

void InfoPane::fill()
{
    const TorrentInfo &info = m_info;
    const QLocale locale;
    m_name->setText(info.name);
    for (QLineEdit *hash : {m_v1Hash, m_v2Hash}) {
        hash->setText(hash == m_v1Hash ? info.id.v1Hex() : info.id.v2Hex());
        hash->setCursorPosition(0); // show the start, not the end
        hash->setToolTip(hash->text());
    }
    setRowVisible(m_v1Hash, info.id.hasV1());
    setRowVisible(m_v2Hash, info.id.hasV2());
    m_format->setText(info.v1 && info.v2 ? tr("Hybrid (v1 and v2)")
                      : info.v2          ? tr("v2")
                                         : tr("v1"));
    m_pieces->setText(
        tr("%1 × %2").arg(locale.toString(info.pieceCount), formatBytes(info.pieceLength)));
    m_totalSize->setText(
        tr("%1 (%2 bytes)").arg(formatBytes(info.totalSize), locale.toString(info.totalSize)));
    const int files = int(info.files.size());
    if (!info.multiFile)
        m_layout->setText(tr("Single file"));
    else if (files == 1)
        m_layout->setText(tr("Folder with 1 file"));
    else
        m_layout->setText(tr("Folder with %n files", nullptr, files));
    m_private->setText(info.isPrivate ? tr("Yes: peers come only from its trackers") : tr("No"));
    m_creator->setText(info.creator);
    setRowVisible(m_creator, !info.creator.isEmpty());
    m_created->setText(info.created.isValid()
                           ? locale.toString(info.created.toLocalTime(), QLocale::ShortFormat)
                           : QString());
    setRowVisible(m_created, info.created.isValid());
    m_comment->setText(commentToHtml(info.comment));
    setRowVisible(m_comment, !info.comment.trimmed().isEmpty());
}

void InfoPane::retranslate()
{
    m_placeholder->setText(tr("No metadata yet"));
    const auto label = [this](QWidget *field, const QString &text) {
        m_titles.value(field)->setText(text);
    };
    label(m_name, tr("Name:"));
    label(m_v1Hash, tr("Info hash v1:"));
    label(m_v2Hash, tr("Info hash v2:"));
    label(m_format, tr("Format:"));
    label(m_pieces, tr("Pieces:"));
    label(m_totalSize, tr("Total size:"));
    label(m_layout, tr("Layout:"));
    label(m_private, tr("Private:"));
    label(m_creator, tr("Created by:"));
    label(m_created, tr("Created on:"));
    label(m_comment, tr("Comment:"));
    if (hasInfo())
        fill();
}

void InfoPane::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

} // namespace swarmplay
