#pragma once

#include <QString>
#include <QVariant>

namespace swarmplay {

// Cell texts the item models share, next to core/model/units.h's sizes, rates and durations.

// "42.3%". Rounds down, so a file one byte short never reads "100.0%"; negative (unknown)
// gives "–".
QString formatPercent(double fraction);
// The number, or "–" when negative (unknown).
QString formatCount(qint64 count);
// Qt::TextAlignmentRole for numeric cells: right-aligned so digits line up.
QVariant numberAlignment();

} // namespace swarmplay
