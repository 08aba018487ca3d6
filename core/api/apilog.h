#pragma once

#include <QLoggingCategory>

#include "../http/apihandler.h"

namespace swarmplay {

// The control API's refusals, a line per refused request with its method, path, status, error
// code and Origin, so a user can see which program or web page knocked:
// QT_LOGGING_RULES="swarmplay.api.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)

// Writes the line for a request ApiGuard refused (at info level, when lcApi shows it).
void logApiRefusal(const ApiRequest &request, const ApiAnswer &refusal);

} // namespace swarmplay
