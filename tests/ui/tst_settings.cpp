// Settings as a viewer meets them: what is set in the dialog is there after a restart, a wrong
// value is refused with a message that names it (and nothing is stored), a new rate limit
// reaches the running libtorrent session without a restart, and the preferred subtitle
// languages decide which subtitles the player shows first.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "player/playerwidget.h"
#include "player/subtitlecontroller.h"
#include "player/trackmenu.h"
#include "playertestkit.h"
#include "screenshot.h"
#include "settings/appsettings.h"
#include "testutil.h"
#include "window/mainwindow.h"
#include "window/messagebar.h"
#include "window/settingsdialog.h"
#include "windowtestkit.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsBeforeAnythingIsStored();
    void settingsSurviveARestart();
    void damagedFileIsReportedAndKept();
    void dialogStoresWhatWasChanged();
    void invalidPortIsRefusedWithItsMessage();
    void uncreatableFolderIsRefusedWithItsMessage();
    void subtitleLanguagesAreStoredAsCodes();
    void unknownSubtitleLanguageIsRefusedWithItsMessage();
    void subtitleLanguagesReachThePlayer();
    void rateLimitReachesTheRunningSession();
    void removingFollowsTheSetting();
    void checkingEveryPieceReachesTheSession();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    // Presses OK as a viewer would.
    static void pressOk(SettingsDialog *dialog);
    template <typename T> static T *field(QWidget *dialog, const char *name)
    {
        auto *w = dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s in the settings dialog", name);
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Settings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Settings::pressOk(SettingsDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void tst_Settings::defaultsBeforeAnythingIsStored()
{
    AppSettings s(iniPath());
    QCOMPARE(s.downloadDir(), QString());
    QCOMPARE(s.removePolicy(), AppSettings::RemovePolicy::Ask);
    QCOMPARE(s.listenPort(), 6881);
    QCOMPARE(s.downloadRateLimit(), 0);
    QCOMPARE(s.uploadRateLimit(), 0);
    QVERIFY(s.dht() && s.localDiscovery() && s.portMapping());
    QVERIFY(!s.remoteControl());   // other programs are let in only when the viewer says so
    QVERIFY(!s.checkEveryPiece()); // blocks play as they arrive
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.subtitleLanguages(), QStringList()); // the interface's language

    // A value edited by hand into nonsense falls back to the default.
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Network]\nListenPort=99999\nDownloadLimitKiB=-4\n[Interface]\nLanguage=xx\n"
              "[Subtitles]\nPreferredLanguages=en, klingonese\n");
    ini.close();
    AppSettings edited(iniPath());
    QCOMPARE(edited.listenPort(), 6881);
    QCOMPARE(edited.downloadRateLimit(), 0);
    QCOMPARE(edited.language(), QString());
    QCOMPARE(edited.subtitleLanguages(), QStringList());
}

void tst_Settings::damagedFileIsReportedAndKept()
{
    // A crash of the disk or an editor: a section cut open, values that are not numbers or
    // switches. The rest is read, those fall back to their defaults, the viewer is told.
    const QByteArray damaged = "[Network]\nListenPort=51413\nDownloadLimitKiB=abc\nDHT=maybe\n"
                               "[Subtitles\nFontSize=\x01\x02\n";
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(damaged);
    ini.close();
    {
        AppSettings s(iniPath());
        QCOMPARE(s.listenPort(), 51413); // what could be read is kept
        QCOMPARE(s.downloadRateLimit(), 0);
        QVERIFY(s.dht());
        const QString error = s.loadError();
        QVERIFY2(error.contains(QLatin1String("is damaged")) &&
                     error.contains(QLatin1String("Network/DownloadLimitKiB")) &&
                     error.contains(QLatin1String("Network/DHT")) &&
                     error.contains(QLatin1String("its layout")),
                 qPrintable(error));
        QFile kept(iniPath() + QStringLiteral(".damaged"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);
        // Saving works, and the file is whole again.
        s.setDownloadRateLimit(300);
        QVERIFY(s.sync());
    }
    {
        AppSettings again(iniPath());
        QCOMPARE(again.downloadRateLimit(), 300);
        QCOMPARE(again.listenPort(), 51413);
        // Still damaged until the viewer was told; then never again.
        QVERIFY(again.loadError().contains(QLatin1String("Network/DHT")));
        again.forgetDamage();
    }
    const AppSettings told(iniPath());
    QVERIFY2(told.loadError().isEmpty(), qPrintable(told.loadError()));
    QVERIFY(told.dht());

    // The window says so.
    QFile::remove(iniPath());
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[Network]\nUploadLimitKiB=fast\n");
    ini.close();
    AppSettings broken(iniPath());
    LocalSwarm swarm;
    MainWindow window(swarm.addSession(QStringLiteral("viewer")), nullptr);
    window.setAppSettings(&broken);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), scaledMs(5000));
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("Network/UploadLimitKiB")),
             qPrintable(window.messageBar()->text()));
    QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(AppSettings(iniPath()).loadError().isEmpty()); // told once
}

void tst_Settings::settingsSurviveARestart()
{
    const QString downloads = m_dir->filePath(QStringLiteral("Films"));
    {
        AppSettings s(iniPath());
        s.setDownloadDir(downloads);
        s.setRemovePolicy(AppSettings::RemovePolicy::DeleteFiles);
        s.setListenPort(51413);
        s.setDownloadRateLimit(2048);
        s.setUploadRateLimit(64);
        s.setDht(false);
        s.setLocalDiscovery(false);
        s.setPortMapping(false);
        s.setSubtitleFontSize(32);
        s.setSubtitleLanguages({QStringLiteral("fre"), QStringLiteral("en")});
        s.setLanguage(QStringLiteral("de"));
        QVERIFY(s.sync());
    }
    AppSettings again(iniPath());
    QCOMPARE(again.downloadDir(), downloads);
    QCOMPARE(again.removePolicy(), AppSettings::RemovePolicy::DeleteFiles);
    QCOMPARE(again.listenPort(), 51413);
    QCOMPARE(again.downloadRateLimit(), 2048);
    QCOMPARE(again.uploadRateLimit(), 64);
    QVERIFY(!again.dht());
    QVERIFY(!again.localDiscovery());
    QVERIFY(!again.portMapping());
    QCOMPARE(again.subtitleFontSize(), 32);
    QCOMPARE(again.subtitleLanguages(), QStringList({QStringLiteral("fr"), QStringLiteral("en")}));
    QCOMPARE(again.language(), QStringLiteral("de"));

    // What main() gives the session at the next start.
    SessionSettings session;
    session.listenInterfaces = QStringLiteral("127.0.0.1:0");
    again.applyTo(&session);
    QCOMPARE(session.downloadDir, downloads);
    QCOMPARE(session.listenInterfaces, QStringLiteral("127.0.0.1:51413"));
    QCOMPARE(session.downloadRateLimit, 2048 * 1024);
    QCOMPARE(session.uploadRateLimit, 64 * 1024);
    QVERIFY(!session.dht && !session.lsd && !session.upnp && !session.natpmp);
}

void tst_Settings::dialogStoresWhatWasChanged()
{
    auto settings = std::make_unique<AppSettings>(iniPath());
    const QString downloads = m_dir->filePath(QStringLiteral("Downloads/Swarmplay"));
    {
        SettingsDialog dialog(settings.get(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field<QLineEdit>(&dialog, "downloadDirEdit")->setText(downloads);
        auto *policy = field<QComboBox>(&dialog, "removePolicyCombo");
        policy->setCurrentIndex(policy->findData(int(AppSettings::RemovePolicy::KeepFiles)));
        field<QCheckBox>(&dialog, "dhtCheck")->setChecked(false);
        QSignalSpy remote(&dialog, &SettingsDialog::remoteControlChanged);
        field<QCheckBox>(&dialog, "remoteControlCheck")->setChecked(true);
        field<QSpinBox>(&dialog, "subtitleSizeSpin")->setValue(40);
        auto *language = field<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findText(QStringLiteral("Español")));
        // The dialog says when the language takes effect.
        bool noted = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            noted = noted || l->text().contains(QLatin1String("next time"));
        QVERIFY(noted);
        saveScreenshot(&dialog, QStringLiteral("settings-dialog.png"));
        pressOk(&dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(remote.count(), 1);
        QCOMPARE(remote.at(0).at(0).toBool(), true);
    }
    // A restart: a new object on the same file.
    settings.reset();
    AppSettings again(iniPath());
    QCOMPARE(again.downloadDir(), downloads);
    QVERIFY(QFileInfo(downloads).isDir()); // made when it was checked
    QCOMPARE(again.removePolicy(), AppSettings::RemovePolicy::KeepFiles);
    QVERIFY(!again.dht());
    QVERIFY(again.remoteControl());
    QCOMPARE(again.subtitleFontSize(), 40);
    QCOMPARE(again.language(), QStringLiteral("es"));
}

void tst_Settings::invalidPortIsRefusedWithItsMessage()
{
    AppSettings settings(iniPath());
    settings.setDownloadDir(m_dir->filePath(QStringLiteral("dl")));
    SettingsDialog dialog(&settings, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *port = field<QLineEdit>(&dialog, "listenPortEdit");
    auto *error = field<QLabel>(&dialog, "errorLabel");
    QVERIFY(!error->isVisible());

    port->setText(QStringLiteral("70000"));
    pressOk(&dialog);
    QVERIFY(dialog.isVisible()); // still open: nothing was accepted
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("1 to 65535")) &&
                 error->text().contains(QLatin1String("70000")),
             qPrintable(error->text()));
    QTRY_VERIFY(port->hasFocus()); // the field to fix

    port->setText(QStringLiteral("sixty"));
    pressOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QLatin1String("\"sixty\"")), qPrintable(error->text()));

    // Nothing of the refused values was stored.
    AppSettings stored(iniPath());
    QCOMPARE(stored.listenPort(), 6881);

    // Fixed, it goes through and the message goes away.
    port->setText(QStringLiteral("6881"));
    QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    QVERIFY(!error->isVisible());
}

void tst_Settings::uncreatableFolderIsRefusedWithItsMessage()
{
    // A file where a folder would have to be made.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    AppSettings settings(iniPath());
    SettingsDialog dialog(&settings, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *folder = field<QLineEdit>(&dialog, "downloadDirEdit");
    auto *error = field<QLabel>(&dialog, "errorLabel");

    folder->setText(blocker + QStringLiteral("/Films"));
    pressOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QLatin1String("cannot be created")) &&
                 error->text().contains(QLatin1String("not-a-folder")),
             qPrintable(error->text()));

    folder->setText(blocker);
    pressOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QLatin1String("is a file")), qPrintable(error->text()));

    folder->setText(QStringLiteral("relative/path"));
    pressOk(&dialog);
    QVERIFY2(error->text().contains(QLatin1String("full path")), qPrintable(error->text()));
    QCOMPARE(AppSettings(iniPath()).downloadDir(), QString());
}

void tst_Settings::subtitleLanguagesAreStoredAsCodes()
{
    AppSettings settings(iniPath());
    settings.setDownloadDir(m_dir->filePath(QStringLiteral("dl")));
    {
        SettingsDialog dialog(&settings, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *languages = field<QLineEdit>(&dialog, "subtitleLanguagesEdit");
        // Empty, it says what it stands for and how to fill it in.
        QCOMPARE(languages->text(), QString());
        QVERIFY2(languages->placeholderText().contains(QLatin1String("en, de")),
                 qPrintable(languages->placeholderText()));
        QVERIFY2(languages->toolTip().contains(QLatin1String("forced")),
                 qPrintable(languages->toolTip()));
        // Codes of every kind and names in English or their own language; one language once.
        languages->setText(QStringLiteral(" ger, English;spa , Deutsch,, français "));
        pressOk(&dialog);
        QTRY_VERIFY2(!dialog.isVisible(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const QStringList codes{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                            QStringLiteral("fr")};
    QCOMPARE(AppSettings(iniPath()).subtitleLanguages(), codes);

    // Shown again as stored, in its order.
    SettingsDialog again(&settings, nullptr);
    QCOMPARE(field<QLineEdit>(&again, "subtitleLanguagesEdit")->text(),
             QStringLiteral("de, en, es, fr"));

    // Emptied, it goes back to the interface's language.
    field<QLineEdit>(&again, "subtitleLanguagesEdit")->clear();
    QVERIFY2(again.apply(), qPrintable(again.errorText()));
    QCOMPARE(AppSettings(iniPath()).subtitleLanguages(), QStringList());
}

void tst_Settings::unknownSubtitleLanguageIsRefusedWithItsMessage()
{
    AppSettings settings(iniPath());
    settings.setDownloadDir(m_dir->filePath(QStringLiteral("dl")));
    settings.setSubtitleLanguages({QStringLiteral("it")});
    QVERIFY(settings.sync());
    SettingsDialog dialog(&settings, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *languages = field<QLineEdit>(&dialog, "subtitleLanguagesEdit");
    auto *error = field<QLabel>(&dialog, "errorLabel");
    QCOMPARE(languages->text(), QStringLiteral("it"));

    // A typo, an undetermined tag and a name no locale knows.
    for (const QString &bad :
         {QStringLiteral("en, deutch"), QStringLiteral("und"), QStringLiteral("en Klingon")}) {
        languages->setText(bad);
        pressOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        const QString named = bad.section(QLatin1Char(','), -1).trimmed();
        QVERIFY2(error->text().contains(QLatin1Char('"') + named + QLatin1Char('"')) &&
                     error->text().contains(QLatin1String("ISO 639")),
                 qPrintable(error->text()));
        QTRY_VERIFY(languages->hasFocus());
        QCOMPARE(AppSettings(iniPath()).subtitleLanguages(), QStringList{QStringLiteral("it")});
    }

    languages->setText(QStringLiteral("en, de"));
    QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    QVERIFY(!error->isVisible());
    QCOMPARE(AppSettings(iniPath()).subtitleLanguages(),
             QStringList({QStringLiteral("en"), QStringLiteral("de")}));
}

void tst_Settings::subtitleLanguagesReachThePlayer()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    // A video with a subtitle file of its own name and a German one: without a preference the
    // one of its own name is shown (the interface is in English here), with German preferred the
    // German one.
    LocalSwarm swarm;
    const QString folder = swarm.path(QStringLiteral("pack/Movie"));
    QVERIFY(QDir().mkpath(folder));
    const ProcessResult r =
        runFfmpeg(testVideoArgs(4, true), QDir(folder).filePath(QStringLiteral("Movie.mp4")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char *name : {"Movie.srt", "Movie.de.srt"}) {
        QFile f(QDir(folder).filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1\n00:00:00,500 --> 00:00:03,000\nLine\n");
    }
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(folder, opt, folder + QStringLiteral(".torrent"));
    swarm.addSeeder(torrent, QFileInfo(folder).absolutePath());
    Session *session = swarm.addSession(QStringLiteral("viewer"));

    AppSettings settings(iniPath());
    settings.setSubtitleLanguages({QStringLiteral("German")});
    MainWindow window(session, nullptr);
    window.setAppSettings(&settings);
    window.resize(900, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndConnect(&window, &swarm, session, torrent).isValid());
    PlayerWidget *player = window.player();
    QTRY_VERIFY_WITH_TIMEOUT(player->stage() == PlayerWidget::Stage::Playing, scaledMs(60000));
    SubtitleController *subtitles = window.trackMenu()->subtitleFiles();
    QTRY_VERIFY_WITH_TIMEOUT(subtitles->current() >= 0, scaledMs(20000));
    QCOMPARE(subtitles->entries().at(subtitles->current()).label, QStringLiteral("Movie.de.srt"));
}

void tst_Settings::rateLimitReachesTheRunningSession()
{
    LocalSwarm swarm;
    Session *session = swarm.addSession(QStringLiteral("s"));
    const SessionSettings before = session->settings();
    AppSettings settings(iniPath());

    SettingsDialog dialog(&settings, session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Where the session downloads until told otherwise.
    QCOMPARE(field<QLineEdit>(&dialog, "downloadDirEdit")->text(),
             QDir::toNativeSeparators(before.downloadDir));
    field<QSpinBox>(&dialog, "downloadLimitSpin")->setValue(300);
    field<QSpinBox>(&dialog, "uploadLimitSpin")->setValue(40);
    pressOk(&dialog);
    QTRY_VERIFY(!dialog.isVisible());

    // libtorrent itself has the new limits, in bytes per second.
    SessionSettings applied;
    QVERIFY(await(session->appliedSettings(), &applied));
    QCOMPARE(applied.downloadRateLimit, 300 * 1024);
    QCOMPARE(applied.uploadRateLimit, 40 * 1024);
    // What was not changed in the dialog was not touched: the test swarm stays on loopback.
    QCOMPARE(applied.dht, before.dht);
    QCOMPARE(applied.lsd, before.lsd);
    QCOMPARE(applied.upnp, before.upnp);
    QCOMPARE(applied.listenInterfaces, before.listenInterfaces);
    QCOMPARE(session->settings().downloadDir, before.downloadDir);
    QCOMPARE(AppSettings(iniPath()).downloadRateLimit(), 300);

    // And back to unlimited.
    SettingsDialog again(&settings, session);
    field<QSpinBox>(&again, "downloadLimitSpin")->setValue(0);
    QVERIFY(again.apply());
    QVERIFY(await(session->appliedSettings(), &applied));
    QCOMPARE(applied.downloadRateLimit, 0);
    QCOMPARE(applied.uploadRateLimit, 40 * 1024);
}

void tst_Settings::checkingEveryPieceReachesTheSession()
{
    LocalSwarm swarm;
    Session *session = swarm.addSession(QStringLiteral("s"));
    QVERIFY(session->settings().blockReads);
    AppSettings settings(iniPath());
    SettingsDialog dialog(&settings, session);
    auto *check = field<QCheckBox>(&dialog, "checkPiecesCheck");
    QVERIFY(!check->isChecked());
    QVERIFY(!check->toolTip().isEmpty());
    check->setChecked(true);
    QVERIFY(dialog.apply());
    SessionSettings applied;
    QVERIFY(await(session->appliedSettings(), &applied));
    QVERIFY(!applied.blockReads);
    QVERIFY(!applied.httpBlockReads); // stream URLs are not the dialog's business
    QVERIFY(AppSettings(iniPath()).checkEveryPiece());

    // A session started later takes it from the stored settings.
    SessionSettings fresh;
    AppSettings(iniPath()).applyTo(&fresh);
    QVERIFY(!fresh.blockReads);
}

void tst_Settings::removingFollowsTheSetting()
{
    LocalSwarm swarm;
    swarm.makeFile(QStringLiteral("src/notes.txt"), 150 * 1024, 3);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = swarm.makeTorrent(swarm.path(QStringLiteral("src/notes.txt")), opt);
    swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")));
    Session *session = swarm.addSession(QStringLiteral("viewer"));
    const QString downloaded =
        QDir(session->settings().downloadDir).filePath(QStringLiteral("notes.txt"));
    AppSettings settings(iniPath());
    MainWindow window(session, nullptr);
    window.setAppSettings(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *remove = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QLatin1String("&Remove torrent"))
            remove = a;
    }
    QVERIFY(remove);

    // Opens the torrent and downloads it whole.
    const auto download = [&] {
        QSignalSpy opened(&window, &MainWindow::torrentOpened);
        window.openSource(torrent);
        if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, scaledMs(15000)))
            return false;
        const TorrentId id = opened.first().first().value<TorrentId>();
        session->setAllFilesWanted(id);
        swarm.connectToSeeders(session, id);
        return QTest::qWaitFor([&] { return session->torrent(id).chosenFilesComplete(); },
                               scaledMs(30000)) &&
               QFile::exists(downloaded);
    };

    settings.setRemovePolicy(AppSettings::RemovePolicy::KeepFiles);
    QVERIFY(download());
    remove->trigger();
    QTRY_COMPARE(session->torrents().size(), 0);
    QTest::qWait(500);
    QVERIFY(QFile::exists(downloaded));

    settings.setRemovePolicy(AppSettings::RemovePolicy::DeleteFiles);
    QVERIFY(download());
    remove->trigger();
    QTRY_COMPARE(session->torrents().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(downloaded), scaledMs(10000));

    // Ask: the question names the torrent; Cancel leaves it, Delete files deletes.
    settings.setRemovePolicy(AppSettings::RemovePolicy::Ask);
    QVERIFY(download());
    QString asked;
    // Presses a button of the question once it is up; gives up (Escape) after 10 s so the
    // test cannot hang in the question's event loop.
    const auto removeAnswering = [&](const QString &button) {
        asked.clear();
        QTimer poll;
        QElapsedTimer since;
        since.start();
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                if (since.elapsed() > 10000)
                    poll.stop();
                return;
            }
            poll.stop();
            asked = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button)
                    b->click();
            }
            if (box->isVisible())
                box->reject();
        });
        poll.start();
        remove->trigger();
    };
    removeAnswering(QStringLiteral("Cancel"));
    QVERIFY2(asked.contains(QLatin1String("notes.txt")), qPrintable(asked));
    QTest::qWait(300);
    QCOMPARE(session->torrents().size(), 1);
    removeAnswering(QStringLiteral("Delete files"));
    QVERIFY(!asked.isEmpty());
    QTRY_COMPARE(session->torrents().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(downloaded), scaledMs(10000));
}

int main(int argc, char **argv)
{
    // As the application does (the window holds a player): GStreamer, Qt 6.4's default on
    // Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_Settings test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_settings.moc"
