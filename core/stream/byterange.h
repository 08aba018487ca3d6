#pragma once

#include <QtGlobal>

namespace swarmplay {

// A span of bytes in one file: what a demuxer needs before it starts (the probe region), what it
// reads to resume at a time (the seek index).
struct ByteRange
{
    qint64 offset = 0;
    qint64 length = 0;
    qint64 end() const { return offset + length; }
    bool operator==(const ByteRange &o) const { return offset == o.offset && length == o.length; }
};

} // namespace swarmplay
