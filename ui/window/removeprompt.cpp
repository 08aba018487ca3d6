#include "removeprompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace swarmplay {

bool RemovePrompt::decide(QWidget *parent, AppSettings::RemovePolicy policy,
                          const QString &torrentName, bool *deleteFiles)
{
    switch (policy) {
    case AppSettings::RemovePolicy::KeepFiles:
        *deleteFiles = false;
        return true;
    case AppSettings::RemovePolicy::DeleteFiles:
        *deleteFiles = true;
        return true;
    case AppSettings::RemovePolicy::Ask:
        break;
    }
    QMessageBox box(QMessageBox::Question, tr("Remove torrent"),
                    tr("Remove \"%1\" from the list. What should happen to the files it "
                       "downloaded?")
                        .arg(torrentName),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Settings can make this choice for every torrent."));
    QPushButton *keep = box.addButton(tr("&Keep files"), QMessageBox::AcceptRole);
    QPushButton *remove = box.addButton(tr("&Delete files"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep) {
        *deleteFiles = false;
        return true;
    }
    if (box.clickedButton() == remove) {
        *deleteFiles = true;
        return true;
    }
    return false;
}

bool RemovePrompt::confirmLibraryRemoval(QWidget *parent, AppSettings::RemovePolicy policy,
                                         const QStringList &torrentNames, bool *deleteFiles)
{
    QMessageBox box(QMessageBox::Question, tr("Remove from library"), QString(),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("libraryRemovePrompt"));
    if (torrentNames.size() == 1)
        box.setText(tr("Remove \"%1\" from the library? Swarmplay forgets it and where you "
                       "stopped in it.")
                        .arg(torrentNames.first()));
    else
        box.setText(tr("Remove these %n torrents from the library? Swarmplay forgets them and "
                       "where you stopped in them.",
                       nullptr, int(torrentNames.size())));
    box.setInformativeText(tr("What should happen to the files they downloaded?"));
    if (torrentNames.size() > 1)
        box.setDetailedText(torrentNames.join(QLatin1Char('\n')));
    QPushButton *keep = box.addButton(tr("&Keep files"), QMessageBox::AcceptRole);
    QPushButton *remove = box.addButton(tr("&Delete files"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(policy == AppSettings::RemovePolicy::DeleteFiles ? remove : keep);
    box.exec();
    if (box.clickedButton() == keep || box.clickedButton() == remove) {
        *deleteFiles = box.clickedButton() == remove;
        return true;
    }
    return false;
}

} // namespace swarmplay
