#include "writetrouble.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace swarmplay {

namespace {

constexpr qint64 QuickReturnMs = 60'000;
constexpr qint64 FirstBackoffMs = 5'000;
constexpr qint64 MaxBackoffMs = 300'000;

} // namespace

void WriteTrouble::report(Cause cause, const QString &folder, const QString &detail)
{
    if (active())
        return; // more blocks of the same failure
    m_quickReturns =
        m_cleared.isValid() && m_cleared.elapsed() < QuickReturnMs ? m_quickReturns + 1 : 0;
    m_since.start();
    m_cause = cause;
    m_folder = folder;
    m_detail = detail;
}

QString WriteTrouble::message() const
{
    const QString folder = QDir::toNativeSeparators(m_folder);
    switch (m_cause) {
    case Cause::DiskFull:
        return QCoreApplication::translate("WriteTrouble",
                                           "The disk of %1 is full (%2). Free some space there: "
                                           "the download carries on by itself.")
            .arg(folder, m_detail);
    case Cause::ReadOnly:
        return QCoreApplication::translate(
                   "WriteTrouble",
                   "%1 cannot be written (%2). Make it writable or choose another download "
                   "folder: the download carries on by itself once it can write.")
            .arg(folder, m_detail);
    case Cause::None:
        break;
    }
    return {};
}

void WriteTrouble::clear()
{
    m_cause = Cause::None;
    m_cleared.start();
}

qint64 WriteTrouble::backoffMs() const
{
    if (m_quickReturns == 0)
        return 0;
    return std::min(MaxBackoffMs, FirstBackoffMs << std::min(m_quickReturns - 1, 16));
}

bool WriteTrouble::canWriteAgain(qint64 bytesNeeded) const
{
    if (!active())
        return true;
    if (m_since.elapsed() < backoffMs())
        return false;
    QStorageInfo disk(m_folder);
    if (!disk.isValid() || disk.isReadOnly() || disk.bytesAvailable() < bytesNeeded)
        return false;
    // Permissions and a read-only mount answer only to a real attempt.
    QTemporaryFile probe(m_folder + QStringLiteral("/.swarmplay-write-XXXXXX"));
    return probe.open() && probe.write("x", 1) == 1 && probe.flush();
}

} // namespace swarmplay
