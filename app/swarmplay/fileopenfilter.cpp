#include "fileopenfilter.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QUrl>

namespace swarmplay {

FileOpenFilter::FileOpenFilter(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || watched != QCoreApplication::instance())
        return QObject::eventFilter(watched, event);
    const auto *open = static_cast<QFileOpenEvent *>(event);
    // A file comes as a path (file() is the local path of a file: URL); a magnet: link as the
    // URL itself, which the source parser reads like a pasted one.
    const QUrl url = open->url();
    const QString source = !open->file().isEmpty() ? open->file()
                           : url.isValid()         ? url.toString(QUrl::FullyEncoded)
                                                   : QString();
    if (source.isEmpty())
        return false;
    emit sourcesRequested({source});
    return true;
}

} // namespace swarmplay
