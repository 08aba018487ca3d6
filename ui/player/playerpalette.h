#pragma once

#include <QPalette>

namespace swarmplay {

// The player's colours: dark like a cinema whatever the desktop's, so that the picture's
// surroundings, and the controls and pages that take its place, do not glare around a film. The
// desktop's accent stays: it marks the played part of the seek bar and focus.
QPalette playerPalette(QPalette base);

} // namespace swarmplay
