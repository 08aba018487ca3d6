#include "logmodel.h"

#include <algorithm>

#include <QApplication>
#include <QStyle>

namespace swarmplay {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2", "log line: time, message")
            .arg(e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.message);
    case Qt::ToolTipRole: {
        const QString when = e.time.toLocalTime().toString(Qt::ISODate);
        QString tip = tr("%1, %2: %3", "log tooltip: date and time, severity, kind")
                          .arg(when, severityName(e.severity), kindName(e.kind));
        if (e.torrent.isValid())
            tip += QLatin1Char('\n') + tr("Torrent %1").arg(e.torrent.key());
        return tip;
    }
    case Qt::DecorationRole:
        return e.severity == SessionEvent::Severity::Info ? QVariant()
                                                          : QVariant(severityIcon(e.severity));
    case TimeRole:
        return e.time;
    case KindRole:
        return int(e.kind);
    case SeverityRole:
        return int(e.severity);
    case MessageRole:
        return e.message;
    case TorrentIdRole:
        return QVariant::fromValue(e.torrent);
    default:
        return {};
    }
}

void LogModel::append(const QVector<SessionEvent> &events)
{
    if (events.isEmpty())
        return;
    // A burst larger than the cap keeps only its newest events.
    const qsizetype incoming = std::min<qsizetype>(events.size(), m_maximumRows);
    trimTo(static_cast<int>(m_maximumRows - incoming));
    const int first = static_cast<int>(m_events.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(incoming) - 1);
    m_events.append(events.mid(events.size() - incoming));
    endInsertRows();
}

void LogModel::clear()
{
    trimTo(0);
}

void LogModel::setMaximumRows(int rows)
{
    m_maximumRows = std::max(1, rows);
    trimTo(m_maximumRows);
}

SessionEvent LogModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row) : SessionEvent();
}

void LogModel::trimTo(int rows)
{
    const int excess = static_cast<int>(m_events.size()) - std::max(0, rows);
    if (excess <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, excess - 1);
    m_events.remove(0, excess);
    endRemoveRows();
}

QIcon LogModel::severityIcon(SessionEvent::Severity severity) const
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    const int key = int(severity);
    if (!m_icons.contains(key)) {
        const QStyle::StandardPixmap pixmap = severity == SessionEvent::Severity::Error
                                                  ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning;
        m_icons.insert(key, QApplication::style()->standardIcon(pixmap));
    }
    return m_icons.value(key);
}

QString LogModel::severityName(SessionEvent::Severity severity)
{
    switch (severity) {
    case SessionEvent::Severity::Info:
        return tr("Information");
    case SessionEvent::Severity::Warning:
        return tr("Warning");
    case SessionEvent::Severity::Error:
        break;
    }
    return tr("Error");
}

QString LogModel::kindName(SessionEvent::Kind kind)
{
    switch (kind) {
    case SessionEvent::Kind::Other:
        break;
    case SessionEvent::Kind::TorrentAdded:
        return tr("Torrent added");
    case SessionEvent::Kind::MetadataReceived:
        return tr("Metadata received");
    case SessionEvent::Kind::CheckingFiles:
        return tr("Checking files");
    case SessionEvent::Kind::ResumeRejected:
        return tr("Saved state did not match");
    case SessionEvent::Kind::ResumeDamaged:
        return tr("Saved state damaged");
    case SessionEvent::Kind::TrackerReply:
        return tr("Tracker reply");
    case SessionEvent::Kind::TrackerError:
        return tr("Tracker error");
    case SessionEvent::Kind::PeerConnected:
        return tr("Peer connected");
    case SessionEvent::Kind::PeerDisconnected:
        return tr("Peer disconnected");
    case SessionEvent::Kind::HashFailed:
        return tr("Piece failed its hash check");
    case SessionEvent::Kind::FileError:
        return tr("File error");
    case SessionEvent::Kind::WritingAgain:
        return tr("Writing again");
    case SessionEvent::Kind::TorrentError:
        return tr("Torrent error");
    case SessionEvent::Kind::Finished:
        return tr("Finished");
    case SessionEvent::Kind::Listening:
        return tr("Listening");
    case SessionEvent::Kind::ListenFailed:
        return tr("Cannot listen");
    case SessionEvent::Kind::DhtBootstrapped:
        return tr("DHT ready");
    }
    return tr("Other");
}

} // namespace swarmplay
