#include "cellformat.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace swarmplay {

namespace {

QString unknown()
{
    return QStringLiteral("–"); // as formatDuration() says "unknown"
}

} // namespace

QString formatPercent(double fraction)
{
    if (fraction < 0.0 || std::isnan(fraction))
        return unknown();
    // The small nudge keeps 0.999 (stored as 0.99899...) from showing as 99.8%.
    double tenths = std::floor(std::min(fraction, 1.0) * 1000.0 + 1e-6) / 10.0;
    if (fraction < 1.0)
        tenths = std::min(tenths, 99.9);
    // In the language's own digits: 45,5 % in German.
    return QCoreApplication::translate("CellFormat", "%1%").arg(QLocale().toString(tenths, 'f', 1));
}

QString formatCount(qint64 count)
{
    return count < 0 ? unknown() : QString::number(count);
}

QVariant numberAlignment()
{
    // An int, not a Qt::Alignment: Qt 6.4's delegates and QAbstractItemModelTester read toInt().
    return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace swarmplay
