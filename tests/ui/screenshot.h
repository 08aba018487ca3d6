#pragma once

// UI tests' pictures for a person to look at: with SWARMPLAY_SCREENSHOT_DIR=<dir> set, a test
// also saves what a widget looks like at that moment; without it, nothing happens.

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QString>
#include <QTest>
#include <QWidget>

namespace swarmplay::test {

inline void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWARMPLAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

// The same from the screen where there is one (xvfb-run), so the picture is what a person would
// see — a video painted by the backend included; with the window frame when asked.
inline void saveScreenGrab(QWidget *w, const QString &name, bool withFrame = false)
{
    const QString dir = qEnvironmentVariable("SWARMPLAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QPixmap shot;
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        const QRect area =
            withFrame ? w->frameGeometry() : QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
        shot = w->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    } else {
        shot = w->grab();
    }
    QVERIFY(shot.save(QDir(dir).filePath(name)));
}

} // namespace swarmplay::test
