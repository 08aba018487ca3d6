// The player's controls as a viewer meets them: where a click on the seek bar seeks to, what
// the bar shows as downloaded, the time label, and the buffering and prebuffer pages.

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

#include "model/units.h"
#include "player/bufferingoverlay.h"
#include "player/playercontrols.h"
#include "player/prebufferview.h"
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
    void iconsVisibleOnDarkBar();

    void bufferingOverlayShowsPercentAndRate();
    void bufferingOverlayIsDarkOverAWhiteFrame();

    void prebufferShowsProgressRateAndPeers();
    void prebufferCancelAndMessageActions();

    void screenshots();
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

void TestPlayerWidgets::iconsVisibleOnDarkBar()
{
    if (QIcon::hasThemeIcon(QStringLiteral("media-playback-pause")))
        QSKIP("the desktop's icon theme supplies the icons");
    PlayerControls controls;
    QPalette dark = controls.palette();
    dark.setColor(QPalette::Window, QColor(20, 20, 20));
    dark.setColor(QPalette::ButtonText, QColor(235, 235, 235));
    controls.setPalette(dark);
    controls.setPlaying(true);
    for (const char *name : {"playPauseButton", "fullScreenButton"}) {
        const QImage icon =
            controls.findChild<QToolButton *>(QLatin1String(name))->icon().pixmap(22, 22).toImage();
        int light = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                light +=
                    icon.pixelColor(x, y).alpha() > 128 && icon.pixelColor(x, y).lightness() > 180;
        QVERIFY2(light > 20, name);
    }
}

void TestPlayerWidgets::bufferingOverlayShowsPercentAndRate()
{
    BufferingOverlay overlay;
    overlay.setProgress(0.456);
    overlay.setRate(1'258'291); // 1.2 MiB/s
    QCOMPARE(overlay.text(), QStringLiteral("Buffering… 45 %"));
    QCOMPARE(overlay.rateText(), formatRate(1'258'291));
    QCOMPARE(overlay.rateText(), QStringLiteral("1.20 MiB/s"));
    overlay.setProgress(0.999);
    QVERIFY2(overlay.text().contains(QLatin1String("99 %")), qPrintable(overlay.text()));
    overlay.setProgress(-1);
    QCOMPARE(overlay.text(), QStringLiteral("Buffering…"));
    overlay.setRate(-1);
    QVERIFY(overlay.rateText().isEmpty());
}

void TestPlayerWidgets::bufferingOverlayIsDarkOverAWhiteFrame()
{
    QWidget video;
    video.resize(640, 360);
    video.setAutoFillBackground(true);
    QPalette white = video.palette();
    white.setColor(QPalette::Window, Qt::white);
    video.setPalette(white);
    auto *overlay = new BufferingOverlay(&video);
    overlay->setProgress(0.45);
    overlay->setRate(1'258'291);
    video.show();
    QVERIFY(QTest::qWaitForWindowExposed(&video));
    QCOMPARE(overlay->geometry(), video.rect()); // covers the video
    video.resize(800, 450);
    QCOMPARE(overlay->geometry(), video.rect()); // and follows it

    const QImage image = video.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QRect panel = overlay->panelRect();
    QVERIFY(panel.width() > 150 && panel.height() > 80);
    // A point of the panel without text: dark enough for white text over a white frame.
    const QColor inside =
        image.pixelColor(int((panel.left() + 8) * dpr), int((panel.center().y()) * dpr));
    QVERIFY2(inside.lightness() < 90, qPrintable(describe(inside)));
    const QColor outside = image.pixelColor(5, 5);
    QCOMPARE(outside, QColor(Qt::white)); // the rest of the frame stays visible
}

void TestPlayerWidgets::prebufferShowsProgressRateAndPeers()
{
    PrebufferView view;
    view.setTitle(QStringLiteral("Big Buck Bunny.mkv"));
    view.setStage(PrebufferView::Stage::FetchingMetadata);
    QCOMPARE(view.statusText(), QStringLiteral("Fetching metadata…"));
    view.setStage(PrebufferView::Stage::ConnectingToPeers);
    QCOMPARE(view.statusText(), QStringLiteral("Connecting to peers…"));
    view.setStage(PrebufferView::Stage::Buffering);
    QCOMPARE(view.statusText(), QStringLiteral("Buffering…"));

    view.setProgress(3'250'586, 4'404'019);
    QCOMPARE(view.bytesText(),
             QStringLiteral("%1 of %2").arg(formatBytes(3'250'586), formatBytes(4'404'019)));
    QCOMPARE(view.bytesText(), QStringLiteral("3.10 MiB of 4.20 MiB"));
    auto *bar = view.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QVERIFY(bar);
    QCOMPARE(bar->value() * 100 / bar->maximum(), 73);
    view.setProgress(0, 0);
    QCOMPARE(bar->maximum(), 0); // not known yet: busy

    view.setRate(1'258'291);
    QCOMPARE(view.rateText(), QStringLiteral("1.20 MiB/s"));
    view.setPeers(5);
    QCOMPARE(view.peersText(), QStringLiteral("5 peers"));
    view.setPeers(1);
    QCOMPARE(view.peersText(), QStringLiteral("1 peer"));

    // A long name is elided to fit, in full in the tooltip.
    const QString longName =
        QStringLiteral("A.Very.Long.Release.Name.").repeated(8) + QStringLiteral("mkv");
    view.resize(400, 300);
    view.setTitle(longName);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *title = view.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title->text().size() < longName.size());
    QVERIFY(title->text().contains(QChar(0x2026)));
    QCOMPARE(title->toolTip(), longName);
    QVERIFY(view.width() <= 400);
}

void TestPlayerWidgets::prebufferCancelAndMessageActions()
{
    PrebufferView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy cancels(&view, &PrebufferView::cancelRequested);
    QSignalSpy external(&view, &PrebufferView::externalPlayerRequested);
    auto *cancel = view.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancels.size(), 1);

    view.showMessage(QStringLiteral("This video cannot be played here"),
                     QStringLiteral("The codec <b>HEVC</b> is not supported."),
                     PrebufferView::ExternalPlayerAction);
    QVERIFY(view.isShowingMessage());
    auto *externalButton = view.findChild<QPushButton *>(QStringLiteral("externalPlayerButton"));
    auto *retry = view.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(externalButton->isVisible());
    QVERIFY(!retry->isVisible());
    QCOMPARE(externalButton->text(), QStringLiteral("Open in external player"));
    auto *text = view.findChild<QLabel *>(QStringLiteral("messageText"));
    QCOMPARE(text->textFormat(), Qt::PlainText); // the message is shown as written
    QTest::mouseClick(externalButton, Qt::LeftButton);
    QCOMPARE(external.size(), 1);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QCOMPARE(cancels.size(), 2);

    view.showMessage(QStringLiteral("No peers"), QString(), PrebufferView::RetryAction);
    QVERIFY(!externalButton->isVisible());
    QVERIFY(retry->isVisible());
    view.showProgress();
    QVERIFY(!view.isShowingMessage());
}

// Not a check: pictures for a person to look at (SWARMPLAY_SCREENSHOT_DIR=/tmp, under
// xvfb-run with QT_QPA_PLATFORM=xcb for real fonts and style).
void TestPlayerWidgets::screenshots()
{
    const QString dir = qEnvironmentVariable("SWARMPLAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SWARMPLAY_SCREENSHOT_DIR not set");

    PlayerControls controls;
    controls.resize(720, controls.sizeHint().height());
    controls.setDuration(5'400'000);
    controls.setPosition(1'200'000);
    controls.setBufferedAhead(240'000);
    QBitArray have = firstHalf(400);
    for (int i = 260; i < 400; i += 7)
        have.setBit(i); // a few scattered pieces past the half, as a swarm delivers them
    controls.setPieces(have);
    controls.setPlaying(true);
    controls.setVolume(0.4f);
    controls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&controls));
    QVERIFY(controls.grab().save(dir + QLatin1String("/widgets-controls.png")));
    // Under a video the bar is often dark: the colours come from the palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(32, 32, 32));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(48, 48, 48));
    dark.setColor(QPalette::Base, QColor(24, 24, 24));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    controls.setPalette(dark);
    controls.setAutoFillBackground(true);
    QVERIFY(controls.grab().save(dir + QLatin1String("/widgets-controls-dark.png")));

    // A busy, bright "frame" under the overlay: readability is the point.
    QLabel video;
    QImage frame(640, 360, QImage::Format_RGB32);
    for (int y = 0; y < frame.height(); ++y)
        for (int x = 0; x < frame.width(); ++x)
            frame.setPixel(x, y, qRgb(255 - x / 3, 180 + y / 6, (x * y) % 256));
    video.setPixmap(QPixmap::fromImage(frame));
    video.resize(frame.size());
    auto *overlay = new BufferingOverlay(&video);
    overlay->setProgress(0.45);
    overlay->setRate(1'258'291);
    video.show();
    QVERIFY(QTest::qWaitForWindowExposed(&video));
    QVERIFY(video.grab().save(dir + QLatin1String("/widgets-buffering.png")));

    PrebufferView view;
    view.resize(720, 405);
    view.setTitle(QStringLiteral("Big.Buck.Bunny.2008.1080p.BluRay.x264-SWARM.mkv"));
    view.setStage(PrebufferView::Stage::Buffering);
    view.setProgress(3'250'586, 4'404'019);
    view.setRate(1'258'291);
    view.setPeers(5);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(dir + QLatin1String("/widgets-prebuffer.png")));
    view.showMessage(tr("This video cannot be played here"),
                     tr("Its codec (HEVC) is not supported by this system's media backend. An "
                        "external player such as VLC or mpv can play it while it downloads."),
                     PrebufferView::ExternalPlayerAction);
    QVERIFY(view.grab().save(dir + QLatin1String("/widgets-prebuffer-message.png")));
}

QTEST_MAIN(TestPlayerWidgets)
#include "tst_playerwidgets.moc"
