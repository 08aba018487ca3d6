#include "aboutdialog.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

#include "buildinfo.h"

namespace swarmplay {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 60);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_aboutQt = m_buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    m_aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_icon);
    body->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_buttons);
    retranslate();
}

QString AboutDialog::text() const
{
    return m_text->text();
}

void AboutDialog::changeEvent(QEvent *e)
{
    QDialog::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslate();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Swarmplay"));
    m_aboutQt->setText(tr("About &Qt"));
    const QString intro =
        tr("<h3>Swarmplay %1</h3><p>A video player whose source is a BitTorrent swarm: open a "
           ".torrent file or a magnet link and watch while it downloads.</p>")
            .arg(QStringLiteral(SWARMPLAY_BUILD_VERSION).toHtmlEscaped());
    const QString build = tr("<p>Built from commit %1 with Qt %2; running on Qt %3.</p>")
                              .arg(QStringLiteral(SWARMPLAY_BUILD_COMMIT).toHtmlEscaped(),
                                   QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    const QString libraries =
        tr("<p>Swarmplay is made with:</p><ul>"
           "<li><a href=\"https://www.qt.io/\">Qt</a>, under the GNU Lesser General Public "
           "License version 3 (LGPLv3);</li>"
           "<li><a href=\"https://libtorrent.org/\">libtorrent-rasterbar</a>, under the "
           "BSD 3-Clause License (BSD-3-Clause);</li>"
           "<li><a href=\"https://ffmpeg.org/\">FFmpeg</a>, through Qt Multimedia and for "
           "reading subtitles, under the GNU Lesser General Public License version 2.1 or later "
           "(LGPL 2.1+); builds that include FFmpeg's GPL parts, as some distributions' do, are "
           "under the GNU GPL version 2 or later;</li>"
           "<li><a href=\"https://github.com/libass/libass\">libass</a>, which draws subtitles, "
           "under the ISC License (ISC).</li></ul>");
    m_text->setText(intro + build + libraries);
}

} // namespace swarmplay
