#pragma once

#include <QString>

namespace swarmplay {

// Orders names the way people count: "Episode 2" before "Episode 10", case-insensitively,
// with the plain comparison as the tie-break so the order is total.
class NaturalCompare
{
public:
    // < 0, 0 or > 0 as a sorts before, equal to or after b.
    static int compare(const QString &a, const QString &b);
    static bool lessThan(const QString &a, const QString &b) { return compare(a, b) < 0; }
};

} // namespace swarmplay
