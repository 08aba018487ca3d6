// MainWindow's menus and actions: building them, enabling them as the player and the selection
// change, and their texts. The window's layout and behaviour are in mainwindow.cpp.

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>

#include "aboutdialog.h"
#include "librarykeeper.h"
#include "mainwindow.h"
#include "player/playerwidget.h"
#include "player/subtitlecontroller.h"
#include "player/trackmenu.h"
#include "remotecontrol.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "torrentlistview.h"

namespace swarmplay {

void MainWindow::buildMenus()
{
    m_openTorrent = new QAction(this);
    m_openTorrent->setShortcut(QKeySequence::Open);
    connect(m_openTorrent, &QAction::triggered, this, &MainWindow::chooseTorrentFiles);
    m_openLink = new QAction(this);
    m_openLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_openLink, &QAction::triggered, this, &MainWindow::chooseLink);
    m_remove = new QAction(this);
    m_remove->setShortcut(QKeySequence::Delete);
    // Delete belongs to the torrent list; elsewhere it must not remove anything.
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_remove);
    connect(m_remove, &QAction::triggered, this, &MainWindow::removeCurrentTorrent);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_playPause = new QAction(this);
    // Space is the player's own key (it knows whether it has the focus); the media key works
    // from anywhere in the window.
    m_playPause->setShortcut(QKeySequence(Qt::Key_MediaTogglePlayPause));
    connect(m_playPause, &QAction::triggered, m_player, &PlayerWidget::togglePlayPause);
    m_fullScreen = new QAction(this);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::triggered, this,
            [this] { m_player->setFullScreen(!m_player->isFullScreen()); });
    m_copyUrl = new QAction(this);
    m_copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyUrl, &QAction::triggered, this, qOverload<>(&MainWindow::copyStreamUrl));
    m_external = new QAction(this);
    m_external->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_external, &QAction::triggered, this, qOverload<>(&MainWindow::openInExternalPlayer));
    m_settingsAction = new QAction(this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openTorrent);
    m_fileMenu->addAction(m_openLink);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_remove);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_settingsAction);
    m_playbackMenu = menuBar()->addMenu(QString());
    m_playbackMenu->addAction(m_playPause);
    m_playbackMenu->addAction(m_fullScreen);
    m_playbackMenu->addMenu(m_tracks->audioMenu());
    m_playbackMenu->addMenu(m_tracks->subtitleMenu());
    m_player->addContextMenu(m_tracks->audioMenu());
    m_player->addContextMenu(m_tracks->subtitleMenu());
    m_playbackMenu->addSeparator();
    m_playbackMenu->addAction(m_copyUrl);
    m_playbackMenu->addAction(m_external);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    // Ctrl+V anywhere in the window opens what the clipboard holds. A text field with the
    // focus takes the key first (QLineEdit claims it through ShortcutOverride).
    m_paste = new QShortcut(QKeySequence::Paste, this);
    m_paste->setContext(Qt::WindowShortcut);
    connect(m_paste, &QShortcut::activated, this, &MainWindow::pasteSource);
}

void MainWindow::updateActions()
{
    const PlayerWidget::Stage stage = m_player->stage();
    m_playPause->setEnabled(stage == PlayerWidget::Stage::Playing);
    TorrentId id;
    int file = -1;
    const bool target = m_server && streamTarget(&id, &file);
    m_copyUrl->setEnabled(target);
    m_external->setEnabled(target);
    m_remove->setEnabled(m_current.isValid());
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_playbackMenu->setTitle(tr("&Playback"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openTorrent->setText(tr("&Open torrent…"));
    m_openLink->setText(tr("Open &magnet or URL…"));
    m_remove->setText(tr("&Remove torrent"));
    m_remove->setToolTip(tr("Remove the torrent from the list; Settings say what happens to its "
                            "downloaded files"));
    m_settingsAction->setText(tr("&Settings…"));
    m_lists->setTabText(0, tr("Torrents"));
    m_lists->setTabText(1, tr("Library"));
    m_tracks->retranslate();
    m_quit->setText(tr("&Quit"));
    m_playPause->setText(tr("&Play/Pause"));
    m_fullScreen->setText(tr("&Full screen"));
    m_copyUrl->setText(tr("&Copy stream URL"));
    m_external->setText(tr("Open in &external player"));
    m_about->setText(tr("&About Swarmplay"));
    m_aboutQt->setText(tr("About &Qt"));
    m_paste->setWhatsThis(tr("Open what the clipboard holds"));
}

void MainWindow::setAppSettings(AppSettings *settings)
{
    m_settings = settings;
    if (!settings->loadError().isEmpty()) {
        const QString error = settings->loadError();
        QTimer::singleShot(0, this, [this, error] { showError(error); });
        settings->forgetDamage();
    }
    m_tracks->subtitleFiles()->setFontPoints(settings->subtitleFontSize());
    m_tracks->subtitleFiles()->setPreferredLanguages(settings->subtitleLanguages());
    m_library->refresh(); // its size limit
}

AppSettings *MainWindow::appSettings()
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<AppSettings>(
            QDir(m_session->settings().stateDir).filePath(QStringLiteral("settings.ini")));
        m_settings = m_ownSettings.get();
    }
    return m_settings;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(appSettings(), m_session, this);
    connect(&dialog, &SettingsDialog::remoteControlChanged, this, [this](bool on) {
        QString error;
        if (m_remote && !m_remote->setEnabled(on, &error))
            showError(error);
    });
    dialog.exec();
    m_tracks->subtitleFiles()->setFontPoints(appSettings()->subtitleFontSize());
    m_tracks->subtitleFiles()->setPreferredLanguages(appSettings()->subtitleLanguages());
    m_library->refresh(); // the size limit may have changed
}

} // namespace swarmplay
