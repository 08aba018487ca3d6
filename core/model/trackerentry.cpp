#include "trackerentry.h"

#include <QCoreApplication>

namespace swarmplay {

QString TrackerEntry::statusId(Status status)
{
    switch (status) {
    case Status::NotContacted:
        return QStringLiteral("not-contacted");
    case Status::Updating:
        return QStringLiteral("updating");
    case Status::Working:
        return QStringLiteral("working");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

QString TrackerEntry::statusName(Status status)
{
    switch (status) {
    case Status::NotContacted:
        return QCoreApplication::translate("TrackerEntry", "Not contacted yet");
    case Status::Updating:
        return QCoreApplication::translate("TrackerEntry", "Announcing");
    case Status::Working:
        return QCoreApplication::translate("TrackerEntry", "Working");
    case Status::Error:
        break;
    }
    return QCoreApplication::translate("TrackerEntry", "Not working");
}

} // namespace swarmplay
