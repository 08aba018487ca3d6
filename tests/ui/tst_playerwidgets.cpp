// The player's controls as a viewer meets them: where a click on the seek bar seeks to, what
// the bar shows as downloaded, the time label.

#include <QElapsedTimer>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

#include "model/units.h"
#include "player/playercontrols.h"
#include "player/seekslider.h"

using namespace swarmplay;

namespace {

constexpr qint64 NinetySeconds = 90'000;

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
           qAbs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return c.name();
}

// The colour of the track at x percent of the slider's width.
QColor trackPixel(SeekSlider &slider, int percent)
{
    const QImage image = slider.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const int x = slider.width() * percent / 100;
    const int y = int(slider.trackRect().center().y());
    return image.pixelColor(int(x * dpr), int(y * dpr));
}

QBitArray firstHalf(int pieces)
{
    QBitArray have(pieces);
    have.fill(true, 0, pieces / 2);
    return have;
}

} // namespace

class TestPlayerWidgets : public QObject
{
    Q_OBJECT

private slots:
    void formatTime_data();
    void formatTime();

    void seekClickAtHalfWidthSeeksToHalfDuration();
    void dragSeeksOnceOnReleaseAndIgnoresPlayerPosition();
    void escapeCancelsDrag();
    void keyboardStepsCoalesceIntoOneSeek();
    void downloadedColourFollowsPieces();
    void manyPiecesPaintQuicklyAsShare();
    void bufferedAheadIsDrawnAfterPosition();
    void tooltipShowsTimeUnderMouse();
    void noSeekWithoutDuration();

    void playButtonEmitsIntentAndFollowsState();
    void timeLabelShowsElapsedAndTotal();
    void volumeAndMuteEmitOnlyForTheUser();
    void fullScreenAsksForTheOtherState();
};

void TestPlayerWidgets::formatTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("under a second") << qint64(999) << QStringLiteral("0:00");
    QTest::newRow("seven seconds") << qint64(7'000) << QStringLiteral("0:07");
    QTest::newRow("ninety seconds") << qint64(90'000) << QStringLiteral("1:30");
    QTest::newRow("just under an hour") << qint64(3'599'999) << QStringLiteral("59:59");
    QTest::newRow("an hour") << qint64(3'600'000) << QStringLiteral("1:00:00");
    QTest::newRow("1:02:03") << qint64(3'723'000) << QStringLiteral("1:02:03");
    QTest::newRow("1:30:00") << qint64(5'400'000) << QStringLiteral("1:30:00");
    QTest::newRow("long") << qint64(100 * 3'600'000LL) << QStringLiteral("100:00:00");
    QTest::newRow("unknown") << qint64(-1) << QStringLiteral("–:––");
}

void TestPlayerWidgets::formatTime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(PlayerControls::formatTime(ms), text);
}

void TestPlayerWidgets::seekClickAtHalfWidthSeeksToHalfDuration()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.setDuration(NinetySeconds);
    slider.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slider));
    QSignalSpy seeks(&slider, &SeekSlider::seekRequested);

    QTest::mouseClick(&slider, Qt::LeftButton, {}, QPoint(200, slider.height() / 2));
    QCOMPARE(seeks.size(), 1);
    QVERIFY2(qAbs(seeks.at(0).at(0).toLongLong() - NinetySeconds / 2) < NinetySeconds / 100,
             qPrintable(QString::number(seeks.at(0).at(0).toLongLong())));
    // The handle stays where the user clicked until the player reports the new position.
    QCOMPARE(slider.displayedPosition(), seeks.at(0).at(0).toLongLong());

    QTest::mouseClick(&slider, Qt::LeftButton, {}, QPoint(slider.width() - 1, 5));
    QCOMPARE(seeks.size(), 2);
    QCOMPARE(seeks.at(1).at(0).toLongLong(), NinetySeconds); // the end, clamped
}

void TestPlayerWidgets::dragSeeksOnceOnReleaseAndIgnoresPlayerPosition()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.setDuration(NinetySeconds);
    slider.setPosition(9'000);
    slider.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slider));
    QSignalSpy seeks(&slider, &SeekSlider::seekRequested);
    const int y = slider.height() / 2;

    QTest::mousePress(&slider, Qt::LeftButton, {}, QPoint(200, y));
    QTest::mouseMove(&slider, QPoint(300, y));
    QVERIFY(slider.isDragging());
    const qint64 dragged = slider.positionAt(300);
    QCOMPARE(slider.displayedPosition(), dragged);
    const qreal handleX = slider.handleRect().center().x();

    // The player keeps playing and reports its position: the handle stays under the mouse.
    slider.setPosition(10'000);
    QCOMPARE(slider.displayedPosition(), dragged);
    QCOMPARE(slider.handleRect().center().x(), handleX);
    QCOMPARE(slider.position(), qint64(10'000));
    QCOMPARE(seeks.size(), 0); // no seek while dragging

    QTest::mouseRelease(&slider, Qt::LeftButton, {}, QPoint(300, y));
    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.at(0).at(0).toLongLong(), dragged);
    // After the drag, the player's position moves the handle again.
    slider.setPosition(dragged + 1'000);
    QCOMPARE(slider.displayedPosition(), dragged + 1'000);
}

void TestPlayerWidgets::escapeCancelsDrag()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.setDuration(NinetySeconds);
    slider.setPosition(9'000);
    slider.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slider));
    QSignalSpy seeks(&slider, &SeekSlider::seekRequested);

    QTest::mousePress(&slider, Qt::LeftButton, {}, QPoint(300, 10));
    QTest::keyClick(&slider, Qt::Key_Escape);
    QTest::mouseRelease(&slider, Qt::LeftButton, {}, QPoint(300, 10));
    QCOMPARE(seeks.size(), 0);
    QCOMPARE(slider.displayedPosition(), qint64(9'000));
}

void TestPlayerWidgets::keyboardStepsCoalesceIntoOneSeek()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.setDuration(NinetySeconds);
    slider.setPosition(10'000);
    slider.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slider));
    QSignalSpy seeks(&slider, &SeekSlider::seekRequested);

    QTest::keyClick(&slider, Qt::Key_Right);
    QTest::keyClick(&slider, Qt::Key_Right);
    QTest::keyClick(&slider, Qt::Key_Right);
    QCOMPARE(slider.displayedPosition(), qint64(25'000)); // the handle moves at once
    slider.setPosition(10'500);                           // a late report from the player
    QCOMPARE(slider.displayedPosition(), qint64(25'000));
    QVERIFY(seeks.wait(2'000));
    QTest::qWait(400);
    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.at(0).at(0).toLongLong(), qint64(25'000));

    QTest::keyClick(&slider, Qt::Key_End);
    QVERIFY(seeks.wait(2'000));
    QCOMPARE(seeks.last().at(0).toLongLong(), NinetySeconds);
    QTest::keyClick(&slider, Qt::Key_Home);
    QVERIFY(seeks.wait(2'000));
    QCOMPARE(seeks.last().at(0).toLongLong(), qint64(0));
}

void TestPlayerWidgets::downloadedColourFollowsPieces()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.setDuration(NinetySeconds);
    slider.setPosition(0);
    slider.setPieces(firstHalf(100));

    const QColor at25 = trackPixel(slider, 25);
    const QColor at75 = trackPixel(slider, 75);
    QVERIFY2(
        near(at25, slider.downloadedColor()),
        qPrintable(describe(at25) + QLatin1String(" vs ") + describe(slider.downloadedColor())));
    QVERIFY2(near(at75, slider.grooveColor()), qPrintable(describe(at75)));
    QVERIFY(!near(at75, slider.downloadedColor()));

    // The map follows new pieces: now only the second half is here.
    QBitArray secondHalf(100);
    secondHalf.fill(true, 50, 100);
    slider.setPieces(secondHalf);
    QVERIFY(near(trackPixel(slider, 75), slider.downloadedColor()));
    QVERIFY(near(trackPixel(slider, 25), slider.grooveColor()));
}

void TestPlayerWidgets::manyPiecesPaintQuicklyAsShare()
{
    // 200,000 pieces, every other one here: each column of the bar is half downloaded.
    SeekSlider slider;
    slider.resize(600, slider.sizeHint().height());
    slider.setDuration(NinetySeconds);
    QBitArray have(200'000);
    for (int i = 0; i < have.size(); i += 2)
        have.setBit(i);
    slider.setPieces(have);

    QElapsedTimer timer;
    timer.start();
    const QColor mid = trackPixel(slider, 60);
    for (int i = 0; i < 20; ++i)
        slider.grab();
    QVERIFY2(timer.elapsed() < 2'000, qPrintable(QString::number(timer.elapsed())));

    const QColor groove = slider.grooveColor();
    const QColor done = slider.downloadedColor();
    const auto between = [](int v, int a, int b) {
        return v >= std::min(a, b) - 2 && v <= std::max(a, b) + 2;
    };
    QVERIFY2(!near(mid, groove, 3) && !near(mid, done, 3), qPrintable(describe(mid)));
    QVERIFY(between(mid.red(), groove.red(), done.red()));
    QVERIFY(between(mid.blue(), groove.blue(), done.blue()));
}

void TestPlayerWidgets::bufferedAheadIsDrawnAfterPosition()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.setDuration(100'000);
    slider.setPosition(20'000);
    slider.setBufferedAhead(30'000); // up to 50 %
    QVERIFY(near(trackPixel(slider, 10), slider.playedColor()));
    QVERIFY(near(trackPixel(slider, 40), slider.bufferedColor()));
    QVERIFY(near(trackPixel(slider, 70), slider.grooveColor()));
}

void TestPlayerWidgets::tooltipShowsTimeUnderMouse()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.setDuration(NinetySeconds);
    slider.setPieces(firstHalf(10));
    slider.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slider));

    QTest::mouseMove(&slider, QPoint(200, 10));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QLatin1String("0:45")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QLatin1String("Not downloaded yet")));
    QTest::mouseMove(&slider, QPoint(100, 10));
    QTRY_VERIFY(QToolTip::text().contains(QLatin1String("Downloaded")));
    QToolTip::hideText();
}

void TestPlayerWidgets::noSeekWithoutDuration()
{
    SeekSlider slider;
    slider.resize(400, slider.sizeHint().height());
    slider.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slider));
    QSignalSpy seeks(&slider, &SeekSlider::seekRequested);
    QTest::mouseClick(&slider, Qt::LeftButton, {}, QPoint(200, 10));
    QTest::keyClick(&slider, Qt::Key_Right);
    QTest::qWait(400);
    QCOMPARE(seeks.size(), 0);
}

void TestPlayerWidgets::playButtonEmitsIntentAndFollowsState()
{
    PlayerControls controls;
    controls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&controls));
    auto *play = controls.findChild<QToolButton *>(QStringLiteral("playPauseButton"));
    QVERIFY(play);
    QSignalSpy plays(&controls, &PlayerControls::playRequested);
    QSignalSpy pauses(&controls, &PlayerControls::pauseRequested);

    const QString playTip = play->toolTip();
    QTest::mouseClick(play, Qt::LeftButton);
    QCOMPARE(plays.size(), 1);
    QCOMPARE(pauses.size(), 0);
    // Only the player's state changes the button: nothing playing yet, still "Play".
    QCOMPARE(play->toolTip(), playTip);

    controls.setPlaying(true);
    QVERIFY(play->toolTip() != playTip);
    QVERIFY(play->icon().cacheKey() != 0);
    QTest::mouseClick(play, Qt::LeftButton);
    QCOMPARE(pauses.size(), 1);
    QCOMPARE(plays.size(), 1);
}

void TestPlayerWidgets::timeLabelShowsElapsedAndTotal()
{
    PlayerControls controls;
    auto *label = controls.findChild<QLabel *>(QStringLiteral("timeLabel"));
    QVERIFY(label);
    controls.setDuration(5'400'000);
    controls.setPosition(3'723'000);
    QCOMPARE(label->text(), QStringLiteral("1:02:03 / 1:30:00"));
    controls.setDuration(90'000);
    controls.setPosition(7'400);
    QCOMPARE(label->text(), QStringLiteral("0:07 / 1:30"));
    QCOMPARE(controls.timeText(), label->text());

    // The seek requested by the bar reaches the controls' signal.
    QSignalSpy seeks(&controls, &PlayerControls::seekRequested);
    controls.resize(500, controls.sizeHint().height());
    controls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&controls));
    SeekSlider *seek = controls.seekSlider();
    QTest::mousePress(seek, Qt::LeftButton, {}, QPoint(seek->width() / 2, seek->height() / 2));
    // While dragging, the label shows where the handle is, not where the player is.
    controls.setPosition(8'000);
    QCOMPARE(label->text(), QStringLiteral("0:45 / 1:30"));
    QTest::mouseRelease(seek, Qt::LeftButton, {}, QPoint(seek->width() / 2, seek->height() / 2));
    QCOMPARE(seeks.size(), 1);
    QCOMPARE(seeks.at(0).at(0).toLongLong(), qint64(45'000));
}

void TestPlayerWidgets::volumeAndMuteEmitOnlyForTheUser()
{
    PlayerControls controls;
    controls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&controls));
    QSignalSpy volumes(&controls, &PlayerControls::volumeChanged);
    QSignalSpy mutes(&controls, &PlayerControls::muteToggled);

    controls.setVolume(0.5f);
    QCOMPARE(volumes.size(), 0);
    QVERIFY(qAbs(controls.volume() - 0.5f) < 0.03f);

    auto *slider = controls.findChild<QSlider *>(QStringLiteral("volumeSlider"));
    QVERIFY(slider);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(volumes.size(), 1);
    QCOMPARE(volumes.at(0).at(0).toFloat(), 1.0f);
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(volumes.last().at(0).toFloat(), 0.0f);

    auto *mute = controls.findChild<QToolButton *>(QStringLiteral("muteButton"));
    QTest::mouseClick(mute, Qt::LeftButton);
    QCOMPARE(mutes.size(), 1);
    QCOMPARE(mutes.at(0).at(0).toBool(), true);
    QCOMPARE(controls.isMuted(), false); // until the player says so
    controls.setMuted(true);
    QTest::mouseClick(mute, Qt::LeftButton);
    QCOMPARE(mutes.last().at(0).toBool(), false);
}

void TestPlayerWidgets::fullScreenAsksForTheOtherState()
{
    PlayerControls controls;
    controls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&controls));
    QSignalSpy requests(&controls, &PlayerControls::fullScreenRequested);
    auto *button = controls.findChild<QToolButton *>(QStringLiteral("fullScreenButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requests.last().at(0).toBool(), true);
    controls.setFullScreen(true);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requests.last().at(0).toBool(), false);
}

QTEST_MAIN(TestPlayerWidgets)
#include "tst_playerwidgets.moc"
