#include "probewalker.h"

namespace swarmplay::probe {

SeekIndex Walker::seekIndex()
{
    bool read = m_seekIndexRead; // an MP4's, from the moov
    if (m_container == Container::Matroska)
        read = readMatroskaCues();
    else if (m_container == Container::Avi)
        read = readAviIndex();
    SeekIndex index = read ? m_seekIndex : SeekIndex();
    index.finish(m_in.size(), m_durationMs);
    return index;
}

} // namespace swarmplay::probe
