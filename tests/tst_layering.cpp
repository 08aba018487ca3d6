// The layers stay clean: libtorrent is included only inside core/, core's public headers expose
// no libtorrent type, core never includes Qt Widgets, and core/internal/ (the libtorrent border)
// does not reach up into the session.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class tst_Layering : public QObject
{
    Q_OBJECT

private slots:
    void libtorrentOnlyInCore();
    void corePublicHeadersHideLibtorrent();
    void coreHasNoWidgets();
    void internalDoesNotIncludeSession();

private:
    static QStringList sources(const QString &subdir);
    static QString read(const QString &path);
};

QStringList tst_Layering::sources(const QString &subdir)
{
    QStringList result;
    QDirIterator it(QStringLiteral(SWARMPLAY_SOURCE_DIR) + QLatin1Char('/') + subdir,
                    {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        result << it.next();
    return result;
}

QString tst_Layering::read(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

void tst_Layering::libtorrentOnlyInCore()
{
    static const QRegularExpression include(QStringLiteral("#\\s*include\\s*<libtorrent/"));
    int checked = 0;
    for (const QString &dir :
         {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("tests")}) {
        for (const QString &file : sources(dir)) {
            ++checked;
            QVERIFY2(!include.match(read(file)).hasMatch(),
                     qPrintable(file + QStringLiteral(" includes libtorrent")));
        }
    }
    QVERIFY(checked > 5);
}

void tst_Layering::corePublicHeadersHideLibtorrent()
{
    // Internal headers may include libtorrent; they live in core/internal/ or say so, and no
    // public header includes them.
    static const QRegularExpression include(QStringLiteral("#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    const QStringList internalNames = {
        QStringLiteral("sessionworker.h"),      QStringLiteral("streamscheduler.h"),
        QStringLiteral("filepriorities.h"),     QStringLiteral("settingspack.h"),
        QStringLiteral("managedtorrent.h"),     QStringLiteral("torrentlist.h"),
        QStringLiteral("torrentpersistence.h"), QStringLiteral("statusreporter.h")};
    for (const QString &file : sources(QStringLiteral("core"))) {
        if (!file.endsWith(QLatin1String(".h")) || file.contains(QLatin1String("/internal/")))
            continue;
        if (internalNames.contains(QFileInfo(file).fileName()))
            continue;
        auto matches = include.globalMatch(read(file));
        while (matches.hasNext()) {
            const QString included = matches.next().captured(1);
            QVERIFY2(!included.startsWith(QLatin1String("libtorrent/")) &&
                         !included.startsWith(QLatin1String("boost/")) &&
                         !included.contains(QLatin1String("internal/")) &&
                         !internalNames.contains(QFileInfo(included).fileName()),
                     qPrintable(file + QStringLiteral(" includes ") + included));
        }
    }
}

void tst_Layering::coreHasNoWidgets()
{
    static const QRegularExpression widgets(
        QStringLiteral("#\\s*include\\s*<(QtWidgets/|QWidget|QApplication|QMainWindow|QDialog)"));
    for (const QString &file : sources(QStringLiteral("core")))
        QVERIFY2(!widgets.match(read(file)).hasMatch(), qPrintable(file));
}

void tst_Layering::internalDoesNotIncludeSession()
{
    static const QRegularExpression session(QStringLiteral("#\\s*include\\s*\"(\\.\\./)?session/"));
    int checked = 0;
    for (const QString &file : sources(QStringLiteral("core/internal"))) {
        ++checked;
        QVERIFY2(!session.match(read(file)).hasMatch(),
                 qPrintable(file + QStringLiteral(" includes a session header")));
    }
    QVERIFY(checked > 5);
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
