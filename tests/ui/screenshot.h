#pragma once

// UI tests' pictures for a person to look at: with SWARMPLAY_SCREENSHOT_DIR=<dir> set, a test
// also saves what a widget looks like at that moment; without it, nothing happens.

#include <QDir>
#include <QPixmap>
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

} // namespace swarmplay::test
