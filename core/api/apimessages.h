#pragma once

#include <QString>

#include "../input/sourceerror.h"

namespace swarmplay {

// The API speaks English whatever language the window shows. A SourceError's message is
// translated where it is made (TorrentSource, TorrentFetcher), so the API passes it on as it is
// only while no translation is installed (the daemon never installs one) and otherwise answers
// with the English message kept here for its code, which says the same without the details.
namespace ApiMessages {

QString sourceError(const SourceError &error);
// The English message for a code, without the details a SourceError's own message has.
QString sourceErrorText(SourceError::Code code);

} // namespace ApiMessages

} // namespace swarmplay
