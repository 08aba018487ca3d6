#include "requestqueuetuner.h"

#include <algorithm>

namespace swarmplay {

void RequestQueueTuner::add(qint64 payloadBytesPerSecond, int peers)
{
    if (payloadBytesPerSecond <= 0 || peers <= 0)
        return;
    m_bestPerPeer = std::max(m_bestPerPeer, payloadBytesPerSecond / peers);
}

int RequestQueueTuner::take(int current)
{
    const qint64 perPeer = m_bestPerPeer;
    m_bestPerPeer = 0;
    if (perPeer <= 0)
        return -1;
    const qint64 wanted = (perPeer * QueueMs / 1000 + BlockSize - 1) / BlockSize;
    const int blocks = int(std::clamp<qint64>(wanted, MinBlocks, MaxBlocks));
    // Small steps are noise in the rate; a settings update costs a pass over every peer.
    if (current > 0 && blocks * 4 >= current * 3 && blocks * 4 <= current * 5)
        return -1;
    return blocks;
}

} // namespace swarmplay
