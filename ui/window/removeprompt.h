#pragma once

#include <QCoreApplication>

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
};

} // namespace swarmplay
