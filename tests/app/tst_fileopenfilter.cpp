// What macOS sends when a .torrent is double-clicked or a magnet: link clicked: QFileOpenEvent on
// the application object. FileOpenFilter turns each into one source for the window. (The events
// are made here by hand; only a Mac sends real ones.)

#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QtTest>

#include "fileopenfilter.h"

using namespace swarmplay;

class tst_FileOpenFilter : public QObject
{
    Q_OBJECT

private slots:
    void filesAndLinksBecomeSources();
    void otherObjectsAndEventsPassThrough();
};

void tst_FileOpenFilter::filesAndLinksBecomeSources()
{
    FileOpenFilter filter;
    QSignalSpy requested(&filter, &FileOpenFilter::sourcesRequested);

    QFileOpenEvent file(QStringLiteral("/Users/me/Downloads/a video.torrent"));
    QVERIFY(QCoreApplication::sendEvent(qApp, &file));
    QFileOpenEvent fileUrl(QUrl(QStringLiteral("file:///Users/me/b.torrent")));
    QVERIFY(QCoreApplication::sendEvent(qApp, &fileUrl));
    const QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=A%20B");
    QFileOpenEvent link{QUrl(magnet)};
    QVERIFY(QCoreApplication::sendEvent(qApp, &link));

    QCOMPARE(requested.size(), 3);
    QCOMPARE(requested.at(0).at(0).toStringList(),
             QStringList{QStringLiteral("/Users/me/Downloads/a video.torrent")});
    QCOMPARE(requested.at(1).at(0).toStringList(),
             QStringList{QStringLiteral("/Users/me/b.torrent")});
    QCOMPARE(requested.at(2).at(0).toStringList(), QStringList{magnet});
}

void tst_FileOpenFilter::otherObjectsAndEventsPassThrough()
{
    FileOpenFilter filter;
    QSignalSpy requested(&filter, &FileOpenFilter::sourcesRequested);
    QObject other;
    QFileOpenEvent toOther(QStringLiteral("/tmp/x.torrent"));
    QCoreApplication::sendEvent(&other, &toOther);
    QEvent unrelated(QEvent::User);
    QCoreApplication::sendEvent(qApp, &unrelated);
    QCOMPARE(requested.size(), 0);
}

QTEST_MAIN(tst_FileOpenFilter)
#include "tst_fileopenfilter.moc"
