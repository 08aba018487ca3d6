#pragma once

#include <QByteArray>
#include <QString>

namespace swarmplay {

// Writes `data` to `path` through a temporary file renamed over it (QSaveFile): a crash or a full
// disk leaves the old file whole, never a half-written one. The folder is made when missing. On
// failure returns false with the system's reason in *reason (when given); the caller says what
// could not be saved.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *reason = nullptr);

} // namespace swarmplay
