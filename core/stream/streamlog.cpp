#include "streamlog.h"

namespace swarmplay {

Q_LOGGING_CATEGORY(lcStream, "swarmplay.stream", QtWarningMsg)

} // namespace swarmplay
