#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "settings/appsettings.h"

class QWidget;

namespace swarmplay {

// What removing a torrent does with its downloaded files, as the settings say: keep them,
// delete them, or ask (Keep files / Delete files / Cancel).
class RemovePrompt
{
    Q_DECLARE_TR_FUNCTIONS(RemovePrompt)

public:
    // False when the viewer cancelled; else *deleteFiles says what to do with the files.
    static bool decide(QWidget *parent, AppSettings::RemovePolicy policy,
                       const QString &torrentName, bool *deleteFiles);
    // Removing from the library forgets a torrent for good, so it is always confirmed: Keep
    // files / Delete files / Cancel, the setting's choice as the default button.
    static bool confirmLibraryRemoval(QWidget *parent, AppSettings::RemovePolicy policy,
                                      const QStringList &torrentNames, bool *deleteFiles);
};

} // namespace swarmplay
