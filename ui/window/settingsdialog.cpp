#include "settingsdialog.h"

#include <cmath>

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTcpServer>

#include "session/session.h"

namespace swarmplay {

namespace {

constexpr int MaxRateKiB = 1024 * 1024; // what the spin boxes offer: 1 GiB/s

QSpinBox *rateBox(QWidget *parent, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, MaxRateKiB);
    box->setSingleStep(100);
    box->setSuffix(SettingsDialog::tr(" KiB/s"));
    box->setSpecialValueText(SettingsDialog::tr("Unlimited"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, Session *session, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    buildForm();
    load();
}

void SettingsDialog::buildForm()
{
    auto *storage = new QGroupBox(tr("Downloads"), this);
    m_downloadDir = new QLineEdit(storage);
    m_downloadDir->setObjectName(QStringLiteral("downloadDirEdit"));
    m_downloadDir->setMinimumWidth(m_downloadDir->fontMetrics().averageCharWidth() * 40);
    auto *browse = new QPushButton(tr("Choose…"), storage);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_downloadDir, 1);
    folderRow->addWidget(browse);
    m_removePolicy = new QComboBox(storage);
    m_removePolicy->setObjectName(QStringLiteral("removePolicyCombo"));
    m_removePolicy->addItem(tr("Keep the downloaded files"),
                            int(AppSettings::RemovePolicy::KeepFiles));
    m_removePolicy->addItem(tr("Delete the downloaded files"),
                            int(AppSettings::RemovePolicy::DeleteFiles));
    m_removePolicy->addItem(tr("Ask each time"), int(AppSettings::RemovePolicy::Ask));
    auto *storageForm = new QFormLayout(storage);
    // A row of two widgets gets no buddy by itself: the label's key goes to the field.
    auto *folderLabel = new QLabel(tr("Download &folder:"), storage);
    folderLabel->setBuddy(m_downloadDir);
    storageForm->addRow(folderLabel, folderRow);
    storageForm->addRow(tr("When a torrent is &removed:"), m_removePolicy);

    auto *library = new QGroupBox(tr("Library"), this);
    m_libraryCap = new QLineEdit(library);
    m_libraryCap->setObjectName(QStringLiteral("libraryCapEdit"));
    m_libraryCap->setMaximumWidth(m_libraryCap->fontMetrics().averageCharWidth() * 12);
    m_libraryCap->setPlaceholderText(tr("0 = no limit"));
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(m_libraryCap);
    capRow->addWidget(new QLabel(tr("GiB (0 = no limit)"), library));
    capRow->addStretch(1);
    m_autoCleanup = new QCheckBox(tr("When over the limit, delete the files of the least "
                                     "recently watched torrents without &asking"),
                                  library);
    m_autoCleanup->setObjectName(QStringLiteral("autoCleanupCheck"));
    auto *libraryForm = new QFormLayout(library);
    auto *capLabel = new QLabel(tr("Si&ze limit:"), library);
    capLabel->setBuddy(m_libraryCap);
    libraryForm->addRow(capLabel, capRow);
    libraryForm->addRow(m_autoCleanup);

    auto *network = new QGroupBox(tr("Network"), this);
    m_port = new QLineEdit(network);
    m_port->setObjectName(QStringLiteral("listenPortEdit"));
    m_port->setMaxLength(6);
    m_port->setMaximumWidth(m_port->fontMetrics().averageCharWidth() * 10);
    m_downloadLimit = rateBox(network, QStringLiteral("downloadLimitSpin"));
    m_uploadLimit = rateBox(network, QStringLiteral("uploadLimitSpin"));
    m_dht = new QCheckBox(tr("Find peers through the &DHT"), network);
    m_dht->setObjectName(QStringLiteral("dhtCheck"));
    m_lsd = new QCheckBox(tr("Find peers on the &local network"), network);
    m_lsd->setObjectName(QStringLiteral("lsdCheck"));
    m_portMapping = new QCheckBox(tr("Open the port on the router (&UPnP, NAT-PMP)"), network);
    m_portMapping->setObjectName(QStringLiteral("portMappingCheck"));
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("Listen &port:"), m_port);
    networkForm->addRow(tr("Do&wnload limit:"), m_downloadLimit);
    networkForm->addRow(tr("U&pload limit:"), m_uploadLimit);
    networkForm->addRow(m_dht);
    networkForm->addRow(m_lsd);
    networkForm->addRow(m_portMapping);
    m_checkPieces = new QCheckBox(tr("Check every piece &before playing it"), network);
    m_checkPieces->setObjectName(QStringLiteral("checkPiecesCheck"));
    m_checkPieces->setToolTip(
        tr("Off: a video starts as soon as its first bytes arrive, before the piece they belong "
           "to is whole and checked. A piece a peer sent wrong is fetched again, and the picture "
           "may show a glitch until then. On: playback waits for each piece to be whole and "
           "checked, which takes longer when pieces are large."));
    networkForm->addRow(m_checkPieces);
    m_remoteControl = new QCheckBox(tr("Allow other programs to &control Swarmplay"), network);
    m_remoteControl->setObjectName(QStringLiteral("remoteControlCheck"));
    m_remoteControl->setToolTip(
        tr("Media centres and scripts on this computer can then add torrents, stream and watch "
           "what happens through a local API. Programs on other computers cannot."));
    networkForm->addRow(m_remoteControl);

    auto *look = new QGroupBox(tr("Appearance"), this);
    m_subtitleSize = new QSpinBox(look);
    m_subtitleSize->setObjectName(QStringLiteral("subtitleSizeSpin"));
    m_subtitleSize->setRange(8, 96);
    m_subtitleSize->setSuffix(tr(" pt"));
    m_subtitleLanguages = new QLineEdit(look);
    m_subtitleLanguages->setObjectName(QStringLiteral("subtitleLanguagesEdit"));
    m_subtitleLanguages->setPlaceholderText(tr("Swarmplay's language, or a list such as en, de"));
    m_subtitleLanguages->setToolTip(
        tr("The languages whose subtitles show when you have not chosen any for a video, most "
           "wanted first: ISO 639 codes or names, separated by commas. The first of them found "
           "among the video's subtitles is shown. When none is there, a forced track in the "
           "language of the audio (signs, foreign lines) shows on its own. Left empty: the "
           "language of Swarmplay's interface."));
    m_language = new QComboBox(look);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language by its own name, so whoever reads it finds theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    auto *languageNote = new QLabel(tr("A new language takes effect the next time Swarmplay "
                                       "starts."),
                                    look);
    languageNote->setWordWrap(true);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Subtitle size:"), m_subtitleSize);
    lookForm->addRow(tr("Subtitle la&nguages:"), m_subtitleLanguages);
    lookForm->addRow(tr("&Language:"), m_language);
    lookForm->addRow(languageNote);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(palette);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(storage);
    layout->addWidget(library);
    layout->addWidget(network);
    layout->addWidget(look);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void SettingsDialog::load()
{
    Values v;
    v.downloadDir = m_settings->downloadDir();
    // Nothing stored yet: the folder the session uses now.
    if (v.downloadDir.isEmpty() && m_session)
        v.downloadDir = m_session->settings().downloadDir;
    v.removePolicy = m_settings->removePolicy();
    v.port = m_settings->listenPort();
    v.downloadKiB = m_settings->downloadRateLimit();
    v.uploadKiB = m_settings->uploadRateLimit();
    v.dht = m_settings->dht();
    v.lsd = m_settings->localDiscovery();
    v.portMapping = m_settings->portMapping();
    v.checkPieces = m_settings->checkEveryPiece();
    v.subtitlePoints = m_settings->subtitleFontSize();
    v.subtitleLanguages = m_settings->subtitleLanguages();
    v.language = m_settings->language();
    v.libraryCapMiB = m_settings->libraryCapMiB();
    v.autoCleanup = m_settings->libraryAutoCleanup();
    v.remoteControl = m_settings->remoteControl();
    m_loaded = v;

    m_downloadDir->setText(QDir::toNativeSeparators(v.downloadDir));
    m_removePolicy->setCurrentIndex(m_removePolicy->findData(int(v.removePolicy)));
    m_port->setText(QString::number(v.port));
    m_downloadLimit->setValue(v.downloadKiB);
    m_uploadLimit->setValue(v.uploadKiB);
    m_dht->setChecked(v.dht);
    m_lsd->setChecked(v.lsd);
    m_portMapping->setChecked(v.portMapping);
    m_checkPieces->setChecked(v.checkPieces);
    m_subtitleSize->setValue(v.subtitlePoints);
    m_subtitleLanguages->setText(v.subtitleLanguages.join(QStringLiteral(", ")));
    m_language->setCurrentIndex(std::max(0, m_language->findData(v.language)));
    m_libraryCap->setText(QLocale().toString(double(v.libraryCapMiB) / 1024, 'g', 6));
    m_autoCleanup->setChecked(v.autoCleanup);
    m_remoteControl->setChecked(v.remoteControl);
}

void SettingsDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Download folder"), QDir::fromNativeSeparators(m_downloadDir->text()));
    if (!dir.isEmpty())
        m_downloadDir->setText(QDir::toNativeSeparators(dir));
}

bool SettingsDialog::readPort(int *port) const
{
    bool ok = false;
    *port = m_port->text().trimmed().toInt(&ok);
    return ok;
}

bool SettingsDialog::readLibraryCap(qint64 *mib) const
{
    const QString text = m_libraryCap->text().trimmed();
    bool ok = text.isEmpty();
    double gib = 0;
    if (!ok)
        gib = QLocale().toDouble(text, &ok);
    if (!ok)
        gib = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(gib) || std::abs(gib) > 1e12)
        return false;
    *mib = qRound64(gib * 1024);
    return true;
}

SettingsDialog::Values SettingsDialog::current() const
{
    Values v;
    v.downloadDir = QDir::fromNativeSeparators(m_downloadDir->text().trimmed());
    v.removePolicy = AppSettings::RemovePolicy(m_removePolicy->currentData().toInt());
    if (!readPort(&v.port))
        v.port = -1;
    v.downloadKiB = m_downloadLimit->value();
    v.uploadKiB = m_uploadLimit->value();
    v.dht = m_dht->isChecked();
    v.lsd = m_lsd->isChecked();
    v.portMapping = m_portMapping->isChecked();
    v.checkPieces = m_checkPieces->isChecked();
    v.subtitlePoints = m_subtitleSize->value();
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &language : m_subtitleLanguages->text().split(separators)) {
        if (!language.trimmed().isEmpty())
            v.subtitleLanguages << language.trimmed();
    }
    v.language = m_language->currentData().toString();
    if (!readLibraryCap(&v.libraryCapMiB))
        v.libraryCapMiB = -1;
    v.autoCleanup = m_autoCleanup->isChecked();
    v.remoteControl = m_remoteControl->isChecked();
    return v;
}

QString SettingsDialog::check(const Values &v, QWidget **field) const
{
    QString error;
    if (!(error = AppSettings::checkDownloadDir(v.downloadDir)).isEmpty()) {
        *field = m_downloadDir;
        return error;
    }
    qint64 cap = 0;
    if (!readLibraryCap(&cap)) {
        *field = m_libraryCap;
        return tr("The library's size limit must be a number of GiB, such as 50, or 0 for no "
                  "limit; \"%1\" is not.")
            .arg(m_libraryCap->text().trimmed());
    }
    if (!(error = AppSettings::checkLibraryCap(v.libraryCapMiB, v.downloadDir)).isEmpty()) {
        *field = m_libraryCap;
        return error;
    }
    int typed = 0;
    if (!readPort(&typed)) {
        *field = m_port;
        return tr("The listen port must be a number from 1 to 65535; \"%1\" is not.")
            .arg(m_port->text().trimmed());
    }
    if (!(error = AppSettings::checkListenPort(v.port)).isEmpty()) {
        *field = m_port;
        return error;
    }
    if (v.port != m_loaded.port) {
        // The session holds the old port, not this one: a program holding this one means
        // libtorrent could not listen there.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::Any, quint16(v.port))) {
            *field = m_port;
            return tr("Port %1 is in use by another program. Choose another port.").arg(v.port);
        }
    }
    if (!(error = AppSettings::checkRateLimit(v.downloadKiB)).isEmpty()) {
        *field = m_downloadLimit;
        return error;
    }
    if (!(error = AppSettings::checkRateLimit(v.uploadKiB)).isEmpty()) {
        *field = m_uploadLimit;
        return error;
    }
    if (!(error = AppSettings::checkSubtitleFontSize(v.subtitlePoints)).isEmpty()) {
        *field = m_subtitleSize;
        return error;
    }
    if (!(error = AppSettings::checkSubtitleLanguages(v.subtitleLanguages)).isEmpty()) {
        *field = m_subtitleLanguages;
        return error;
    }
    if (!(error = AppSettings::checkLanguage(v.language)).isEmpty()) {
        *field = m_language;
        return error;
    }
    return {};
}

void SettingsDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool SettingsDialog::apply()
{
    const Values v = current();
    QWidget *field = nullptr;
    const QString error = check(v, &field);
    if (!error.isEmpty()) {
        showError(error, field);
        return false;
    }
    showError(QString(), nullptr);
    if (v.downloadDir != m_loaded.downloadDir)
        m_settings->setDownloadDir(v.downloadDir);
    m_settings->setRemovePolicy(v.removePolicy);
    m_settings->setListenPort(v.port);
    m_settings->setDownloadRateLimit(v.downloadKiB);
    m_settings->setUploadRateLimit(v.uploadKiB);
    m_settings->setDht(v.dht);
    m_settings->setLocalDiscovery(v.lsd);
    m_settings->setPortMapping(v.portMapping);
    m_settings->setCheckEveryPiece(v.checkPieces);
    m_settings->setSubtitleFontSize(v.subtitlePoints);
    m_settings->setSubtitleLanguages(v.subtitleLanguages);
    m_settings->setLanguage(v.language);
    m_settings->setLibraryCapMiB(v.libraryCapMiB);
    m_settings->setLibraryAutoCleanup(v.autoCleanup);
    m_settings->setRemoteControl(v.remoteControl);
    if (!m_settings->sync()) {
        showError(tr("The settings cannot be saved to %1. Check that the disk is writable.")
                      .arg(QDir::toNativeSeparators(m_settings->fileName())),
                  nullptr);
        return false;
    }
    applyToSession(m_loaded, v);
    if (v.remoteControl != m_loaded.remoteControl)
        emit remoteControlChanged(v.remoteControl);
    if (!m_error->isVisible())
        m_loaded = v;
    return !m_error->isVisible();
}

void SettingsDialog::applyToSession(const Values &before, const Values &after)
{
    if (!m_session)
        return;
    SessionSettings s = m_session->settings();
    if (after.downloadDir != before.downloadDir)
        s.downloadDir = after.downloadDir;
    if (after.port != before.port)
        s.listenInterfaces = AppSettings::withPort(s.listenInterfaces, after.port);
    if (after.downloadKiB != before.downloadKiB)
        s.downloadRateLimit = after.downloadKiB * 1024;
    if (after.uploadKiB != before.uploadKiB)
        s.uploadRateLimit = after.uploadKiB * 1024;
    if (after.dht != before.dht)
        s.dht = after.dht;
    if (after.lsd != before.lsd)
        s.lsd = after.lsd;
    if (after.portMapping != before.portMapping) {
        s.upnp = after.portMapping;
        s.natpmp = after.portMapping;
    }
    if (after.checkPieces != before.checkPieces)
        s.blockReads = !after.checkPieces;
    const QString error = m_session->applySettings(s);
    showError(error.isEmpty()
                  ? QString()
                  : tr("The settings are saved but the engine refused them: %1").arg(error),
              nullptr);
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace swarmplay
