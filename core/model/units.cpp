#include "units.h"

#include <QCoreApplication>
#include <QLocale>

namespace swarmplay {

QString formatBytes(qint64 bytes)
{
    static const char *const units[] = {
        QT_TRANSLATE_NOOP("Units", "B"), QT_TRANSLATE_NOOP("Units", "KiB"),
        QT_TRANSLATE_NOOP("Units", "MiB"), QT_TRANSLATE_NOOP("Units", "GiB"),
        QT_TRANSLATE_NOOP("Units", "TiB")};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    const QString unitName = QCoreApplication::translate("Units", units[unit]);
    if (unit == 0)
        return QStringLiteral("%1 %2").arg(bytes).arg(unitName);
    // The language's decimal separator (1,20 MiB in German), without grouping (1023.5, not
    // 1,023.5).
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return QStringLiteral("%1 %2").arg(locale.toString(value, 'f', value < 10 ? 2 : 1), unitName);
}

QString formatRate(qint64 bytesPerSecond)
{
    return QCoreApplication::translate("Units", "%1/s").arg(formatBytes(bytesPerSecond));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace swarmplay
