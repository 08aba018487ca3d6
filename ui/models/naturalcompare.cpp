#include "naturalcompare.h"

namespace swarmplay {

namespace {

// The digits starting at i, without leading zeros; i moves past them.
QStringView digitRun(const QString &s, qsizetype &i)
{
    const qsizetype start = i;
    while (i < s.size() && s.at(i).isDigit())
        ++i;
    qsizetype first = start;
    while (first + 1 < i && s.at(first) == QLatin1Char('0'))
        ++first;
    return QStringView(s).mid(first, i - first);
}

} // namespace

int NaturalCompare::compare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i);
        const QChar cb = b.at(j);
        if (ca.isDigit() && cb.isDigit()) {
            const QStringView na = digitRun(a, i);
            const QStringView nb = digitRun(b, j);
            if (na.size() != nb.size())
                return na.size() < nb.size() ? -1 : 1;
            if (const int c = na.compare(nb); c != 0)
                return c < 0 ? -1 : 1;
            continue;
        }
        const QChar la = ca.toCaseFolded();
        const QChar lb = cb.toCaseFolded();
        if (la != lb)
            return la < lb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    const int plain = a.compare(b);
    return plain < 0 ? -1 : (plain > 0 ? 1 : 0);
}

} // namespace swarmplay
