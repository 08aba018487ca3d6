#pragma once

#include <algorithm>

#include <QtGlobal>

#include "streamtuning.h"

namespace swarmplay {

// How fast a torrent's pieces land, from its count of pieces had: measured over at least
// tuning::ArrivalWindowMs, a burst counts at once and a lull lets the figure fall by half per
// measurement. The planner sizes its spares from it.
class PieceArrivalRate
{
public:
    void sample(int haveCount, qint64 nowMs)
    {
        if (m_sinceMs < 0 || haveCount < m_sinceCount) {
            m_sinceMs = nowMs;
            m_sinceCount = haveCount;
            return;
        }
        const qint64 elapsed = nowMs - m_sinceMs;
        if (elapsed < tuning::ArrivalWindowMs)
            return;
        const double rate = double(haveCount - m_sinceCount) * 1000.0 / double(elapsed);
        m_piecesPerSecond = std::max(rate, m_piecesPerSecond / 2);
        m_sinceMs = nowMs;
        m_sinceCount = haveCount;
    }
    // < 0 until measured.
    double piecesPerSecond() const { return m_piecesPerSecond; }

private:
    qint64 m_sinceMs = -1;
    int m_sinceCount = 0;
    double m_piecesPerSecond = -1;
};

} // namespace swarmplay
