// Under German and Spanish no visible string of the main window, the player and the dialogs is
// left in English. Each language is installed as the app installs it (Translations::install,
// with Qt's own qtbase translation), the widgets are built afresh and walked: labels, buttons,
// menus and their submenus, group boxes, tabs, item views (headers and cells), combo box items,
// placeholders, tool tips, window titles. A string met in the English run that comes back the
// same under German or Spanish fails the test, unless it is a name or a unit (the allowlists).

#include <algorithm>
#include <functional>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "create/torrentcreator.h"
#include "i18n/translations.h"
#include "localswarm.h"
#include "player/playerwidget.h"
#include "screenshot.h"
#include "settings/appsettings.h"
#include "testtime.h"
#include "window/aboutdialog.h"
#include "window/mainwindow.h"
#include "window/opensourcedialog.h"
#include "window/removeprompt.h"
#include "window/settingsdialog.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

// Names, protocols and units that every language writes the same.
const QStringList Universal = {
    QStringLiteral("Swarmplay"),
    QStringLiteral("VLC"),
    QStringLiteral("mpv"),
    QStringLiteral("NAT-PMP"),
    QStringLiteral("UPnP"),
    QStringLiteral("DHT"),
    QStringLiteral("uTP"),
    QStringLiteral("TCP"),
    QStringLiteral("URL"),
    QStringLiteral("KiB"),
    QStringLiteral("MiB"),
    QStringLiteral("GiB"),
    QStringLiteral("Qt"),
    QStringLiteral("torrent"),
    QStringLiteral("magnet:?xt=urn:btih:"),
    QStringLiteral("v1"),
    QStringLiteral("v2"),
    // The language menu names each language in itself.
    QStringLiteral("English"),
    QStringLiteral("Deutsch"),
    QStringLiteral("Español"),
};
// What is left of a string (letters only) that may legitimately equal the English one.
const QHash<QString, QStringList> SameAsEnglish = {
    {QStringLiteral("de"),
     {QStringLiteral("Torrent"), QStringLiteral("Name"), QStringLiteral("Status"),
      QStringLiteral("Tracker"), QStringLiteral("Peers"), QStringLiteral("Client"),
      QStringLiteral("Flags"), QStringLiteral("Transport"), QStringLiteral("Info"),
      QStringLiteral("Video"), QStringLiteral("Audio"), QStringLiteral("Downloads"),
      QStringLiteral("Pause"), QStringLiteral("Player"), QStringLiteral("Format"),
      QStringLiteral("OK"), QStringLiteral("Torrents"), QStringLiteral("Position")}},
    {QStringLiteral("es"),
     {QStringLiteral("Audio"), QStringLiteral("Error"), QStringLiteral("No"),
      QStringLiteral("Torrents")}},
};

struct Found
{
    QString where;
    QString text;
};

class Walker
{
public:
    QList<Found> found;

    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            found.push_back({where, text});
    }

    void walkActions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *a : actions) {
            if (a->isSeparator())
                continue;
            add(where + QStringLiteral(" > action"), a->text());
            if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)))
                add(where + QStringLiteral(" > action tooltip"), a->toolTip());
            if (QMenu *m = a->menu())
                walkActions(where + QStringLiteral(" > ") + a->text(), m->actions());
        }
    }

    void walkModel(const QString &where, const QAbstractItemModel *model)
    {
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                add(where + QStringLiteral(" header"),
                    model->headerData(c, Qt::Horizontal, role).toString());
            for (int r = 0; r < std::min(model->rowCount(), 20); ++r) {
                const QModelIndex cell = model->index(r, c);
                add(where + QStringLiteral(" cell"), cell.data().toString());
                add(where + QStringLiteral(" cell tooltip"), cell.data(Qt::ToolTipRole).toString());
            }
        }
    }

    // The widget and every widget inside it, shown or not (hidden pages come on screen later).
    void walk(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            const QString where = QString::fromLatin1(w->metaObject()->className()) +
                                  QLatin1Char('#') + w->objectName();
            if (w->isWindow())
                add(where + QStringLiteral(" title"), w->windowTitle());
            add(where + QStringLiteral(" tooltip"), w->toolTip());
            add(where + QStringLiteral(" accessible name"), w->accessibleName());
            if (auto *l = qobject_cast<QLabel *>(w))
                add(where, l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(where, b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w))
                add(where, g->title());
            if (auto *e = qobject_cast<QLineEdit *>(w))
                add(where + QStringLiteral(" placeholder"), e->placeholderText());
            if (auto *c = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    add(where + QStringLiteral(" item"), c->itemText(i));
            }
            if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    add(where + QStringLiteral(" tab"), t->tabText(i));
                    add(where + QStringLiteral(" tab tooltip"), t->tabToolTip(i));
                }
            }
            if (auto *v = qobject_cast<QAbstractItemView *>(w))
                walkModel(where, v->model());
            if (auto *bar = qobject_cast<QMenuBar *>(w))
                walkActions(where, bar->actions());
            else
                walkActions(where, w->actions());
        }
    }
};

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noEnglishLeft_data();
    void noEnglishLeft();
    void followsTheLocale();

private:
    QList<Found> collect(const QString &language);
    QString legitimatelySame(const QString &language, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_notesTorrent;
    QStringList m_dataTokens;
    QList<Found> m_english;
};

void tst_Translations::initTestCase()
{
    qRegisterMetaType<TorrentId>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_swarm = std::make_unique<LocalSwarm>();
    m_swarm->makeFile(QStringLiteral("src/notes.txt"), 100 * 1024, 3);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    m_notesTorrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("src/notes.txt")), opt);
    m_dataTokens = {QStringLiteral("notes.txt"), QStringLiteral("lonely"),
                    QDir::toNativeSeparators(m_dir->path()),
                    QDir::toNativeSeparators(m_swarm->root())};

    QVERIFY(!Translations::install(QLocale(QStringLiteral("en"))));
    m_english = collect(QStringLiteral("en"));
    QSet<QString> distinct;
    for (const Found &f : std::as_const(m_english))
        distinct.insert(f.text);
    // Enough that a language whose strings all stayed English would fail below, and one string
    // from each stage and dialog, so each was really reached.
    qInfo("%d distinct English strings", int(distinct.size()));
    QVERIFY2(distinct.size() >= 120, qPrintable(QString::number(distinct.size())));
    for (const char *text : {"&Playback", "&Audio track", "Files", "Fetching metadata…", "Cancel",
                             "“notes.txt” cannot be played", "Mute", "Settings", "Choose…",
                             "Open Magnet or URL", "About &Qt", "&Keep files"})
        QVERIFY2(distinct.contains(QString::fromUtf8(text)), text);
    // The Library tab (its rows, buttons, context menu and usage line), its removal prompt, the
    // library settings and the subtitle entries of Playback ▸ Subtitles.
    for (const char *text :
         {"Library", "Remove…", "Free space…", "&Remove from library…", "Last watched",
          "Double-click to play the file you watched last", "Remove from library",
          "What should happen to the files they downloaded?", "Si&ze limit:",
          "&Load subtitles from file…", "Subtitles earlier (−0.1 s)\tZ", "Larger subtitles\tG"})
        QVERIFY2(distinct.contains(QString::fromUtf8(text)), text);
    QVERIFY2(
        std::any_of(distinct.cbegin(), distinct.cend(),
                    [](const QString &t) { return t.startsWith(QStringLiteral("Library uses ")); }),
        "the library's usage line");
    QVERIFY2(std::any_of(m_english.cbegin(), m_english.cend(),
                         [](const Found &f) {
                             return f.where.startsWith(
                                        QStringLiteral("QTreeView#libraryView cell")) &&
                                    f.text == QStringLiteral("notes.txt");
                         }),
             "a row of the library");
}

void tst_Translations::cleanupTestCase()
{
    Translations::install(QLocale::system());
}

// Builds the main window, its player in two stages, and every dialog, and walks them.
QList<Found> tst_Translations::collect(const QString &language)
{
    Walker walker;
    AppSettings settings(m_dir->filePath(QStringLiteral("settings-%1.ini").arg(language)));
    settings.setRemovePolicy(AppSettings::RemovePolicy::Ask);
    Session *session = m_swarm->addSession(QStringLiteral("viewer-") + language);
    {
        MainWindow window(session, nullptr);
        window.setAppSettings(&settings);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qWarning("the window was not exposed");

        // Player stage 1: waiting for the metadata of a torrent nobody has.
        QSignalSpy opened(&window, &MainWindow::torrentOpened);
        window.openSource(QStringLiteral("magnet:?xt=urn:btih:%1&dn=lonely").arg(QString(40, 'c')));
        if (QTest::qWaitFor([&] { return !opened.isEmpty(); }, scaledMs(10000))) {
            window.player()->play(opened.takeFirst().first().value<TorrentId>(), 0);
            QTest::qWait(300);
        }
        walker.walk(&window);

        // Player stage 2: a message, for a file it does not play; the window says why too.
        window.openSource(m_notesTorrent);
        if (QTest::qWaitFor([&] { return !opened.isEmpty(); }, scaledMs(10000))) {
            const TorrentId id = opened.takeFirst().first().value<TorrentId>();
            window.player()->play(id, 0);
            if (!QTest::qWaitFor(
                    [&] { return window.player()->stage() == PlayerWidget::Stage::Failed; },
                    scaledMs(5000)))
                qWarning("the player shows no message for notes.txt");
            QTest::qWait(1200); // a round of snapshots for the lists, the log and the status bar
        }
        walker.walk(&window);
        window.resize(1100, 720);
        saveScreenshot(&window, QStringLiteral("window-%1.png").arg(language));

        SettingsDialog settingsDialog(&settings, session, &window);
        settingsDialog.show();
        walker.walk(&settingsDialog);
        saveScreenshot(&settingsDialog, QStringLiteral("settings-%1.png").arg(language));
        OpenSourceDialog openDialog(&window);
        openDialog.show();
        walker.walk(&openDialog);
        AboutDialog about(&window);
        about.show();
        walker.walk(&about);

        // The remove prompts are modal: each is walked once it is up, then cancelled.
        const auto walkModal = [&](const char *what, const std::function<void()> &open) {
            bool walked = false;
            QTimer::singleShot(0, &window, [&] {
                const bool up = QTest::qWaitFor(
                    [] { return QApplication::activeModalWidget() != nullptr; }, scaledMs(5000));
                if (QWidget *box = up ? QApplication::activeModalWidget() : nullptr) {
                    walker.walk(box);
                    walked = true;
                    box->close();
                }
            });
            open();
            if (!walked)
                qWarning("the %s was not walked", what);
        };
        bool deleteFiles = false;
        walkModal("remove prompt", [&] {
            RemovePrompt::decide(&window, settings.removePolicy(), QStringLiteral("notes.txt"),
                                 &deleteFiles);
        });
        walkModal("library removal prompt", [&] {
            RemovePrompt::confirmLibraryRemoval(
                &window, settings.removePolicy(),
                {QStringLiteral("notes.txt"), QStringLiteral("lonely")}, &deleteFiles);
        });
    }
    m_swarm->stop(session);
    return walker.found;
}

QString tst_Translations::legitimatelySame(const QString &language, const QString &text) const
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    static const QRegularExpression hashes(QStringLiteral("\\b[0-9a-f]{32,}\\b"));
    static const QRegularExpression sizes(QStringLiteral("[0-9.,]+\\s*(B|KiB|MiB|GiB|TiB)(/s)?"));
    QString t = QString(text).remove(tags).remove(hashes).remove(sizes).remove(QLatin1Char('&'));
    for (const QString &token : m_dataTokens + Universal)
        t.remove(token);
    t.remove(nonLetters);
    if (t.isEmpty() || SameAsEnglish.value(language).contains(t))
        return QString();
    return t;
}

void tst_Translations::noEnglishLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void tst_Translations::noEnglishLeft()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(QLocale(language)));
    QVERIFY2(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"),
             "Qt's own translation (qtbase) is not installed: apt install qt6-translations-l10n");
    const QList<Found> found = collect(language);
    QSet<QString> english;
    for (const Found &f : std::as_const(m_english))
        english.insert(f.text);
    QStringList left;
    int translated = 0;
    for (const Found &f : found) {
        if (!english.contains(f.text)) {
            ++translated;
            continue;
        }
        if (!legitimatelySame(language, f.text).isEmpty())
            left << QStringLiteral("%1: \"%2\"").arg(f.where, f.text);
    }
    left.removeDuplicates();
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English under %1:\n  %2")
                                            .arg(language, left.join(QStringLiteral("\n  ")))));
    QVERIFY2(translated >= 120, qPrintable(QString::number(translated)));
}

// The real program: with no language in Settings it follows the system's locale (Qt reads
// LC_ALL, then LC_MESSAGES and LANG; no generated glibc locale is needed), and a language set in
// Settings wins over the system's. `--help` shows it without a window.
void tst_Translations::followsTheLocale()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const auto help = [&](const QStringList &env) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SWARMPLAY_PLAYER_PATH), {QStringLiteral("--help")});
        if (!p.waitForFinished(scaledMs(20000)))
            p.kill();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString english = QStringLiteral("Plays videos from BitTorrent while they download");
    const QString german = QStringLiteral("Spielt Videos aus BitTorrent ab");
    const QString spanish = QStringLiteral("Reproduce vídeos de BitTorrent");
    QVERIFY2(help({QStringLiteral("LC_ALL=C")}).contains(english), "English under LC_ALL=C");
    QVERIFY2(help({QStringLiteral("LC_ALL=de_DE.UTF-8")}).contains(german), "LC_ALL=de_DE");
    QVERIFY2(help({QStringLiteral("LANG=es_ES.UTF-8")}).contains(spanish), "LANG=es_ES");
    QVERIFY2(help({QStringLiteral("LANG=de_AT.UTF-8")}).contains(german), "LANG=de_AT");

    // Settings ▸ Language: Spanish on a German system, English on a Spanish one.
    AppSettings settings(config.filePath(QStringLiteral("Swarmplay/swarmplay.conf")));
    settings.setLanguage(QStringLiteral("es"));
    settings.sync();
    QVERIFY2(help({QStringLiteral("LC_ALL=de_DE.UTF-8")}).contains(spanish), "setting es");
    settings.setLanguage(QStringLiteral("en"));
    settings.sync();
    QVERIFY2(help({QStringLiteral("LANG=es_ES.UTF-8")}).contains(english), "setting en");
}

int main(int argc, char **argv)
{
    // As the application does (the window holds a player): GStreamer, Qt 6.4's default on
    // Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_Translations test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_translations.moc"
