#include "streamlog.h"

namespace swarmplay {

Q_LOGGING_CATEGORY(lcStream, "swarmplay.stream", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBlocks, "swarmplay.blocks", QtWarningMsg)

} // namespace swarmplay
