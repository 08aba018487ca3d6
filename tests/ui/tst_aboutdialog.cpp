// Help ▸ About Swarmplay: the version and commit of the build and the licences of Qt,
// libtorrent and FFmpeg, with Qt's own About Qt one click away.

#include <QPushButton>
#include <QtTest>

#include "buildinfo.h"
#include "window/aboutdialog.h"

using namespace swarmplay;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void saysVersionCommitAndLicences();
};

void tst_AboutDialog::saysVersionCommitAndLicences()
{
    AboutDialog dialog;
    const QString text = dialog.text();
    for (const char *expected :
         {"Swarmplay " SWARMPLAY_BUILD_VERSION, "commit " SWARMPLAY_BUILD_COMMIT, "Qt", "LGPLv3",
          "libtorrent-rasterbar", "BSD-3-Clause", "FFmpeg", "LGPL 2.1+"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(dialog.aboutQtButton());
    QVERIFY(!dialog.aboutQtButton()->text().isEmpty());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Swarmplay"));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
