#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace swarmplay {

// Writes `data` to `path` through a temporary file renamed over it (QSaveFile): a crash or a full
// disk leaves the old file whole, never a half-written one. The folder is made when missing. On
// failure returns false with the system's reason in *reason (when given); the caller says what
// could not be saved.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *reason = nullptr);

// A process killed inside writeFileAtomically() leaves QSaveFile's temporary file beside the
// file, "<name>.XXXXXX", and each crash one more. Removes those of the files in folder whose
// names end in one of suffixes (".json"): call it where the files are read at start, by the
// one process that writes them. Returns how many it removed.
int removeAtomicWriteLeftovers(const QString &folder, const QStringList &suffixes);

// Moves a state file that could not be read aside to "<path>.damaged" (replacing an older one),
// rather than letting the next save overwrite it: it may be worth repairing. Returns that path.
QString setAsideDamaged(const QString &path);

} // namespace swarmplay
