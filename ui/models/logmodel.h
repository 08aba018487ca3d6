#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QVector>

#include "model/sessionevent.h"

namespace swarmplay {

// The engine's event log (Session::eventsLogged), oldest first, capped so a session left running
// for days does not grow without bound: past the cap the oldest rows are removed.
//
// Sorting: none; the log stays in the order things happened.
class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TimeRole = Qt::UserRole, // QDateTime
        KindRole,                // int of SessionEvent::Kind
        SeverityRole,            // int of SessionEvent::Severity, to colour warnings and errors
        MessageRole,             // QString, the message alone
        TorrentIdRole            // TorrentId, invalid for session-wide events
    };

    static constexpr int DefaultMaximumRows = 5000;

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void append(const QVector<SessionEvent> &events);
    void clear();

    int maximumRows() const { return m_maximumRows; }
    // At least 1; lowering it removes the oldest rows at once.
    void setMaximumRows(int rows);

    SessionEvent event(int row) const;

    // Readable name of a kind of event ("Tracker error"), for filters and tooltips.
    static QString kindName(SessionEvent::Kind kind);
    static QString severityName(SessionEvent::Severity severity);

private:
    void trimTo(int rows);
    QIcon severityIcon(SessionEvent::Severity severity) const;

    QVector<SessionEvent> m_events;
    int m_maximumRows = DefaultMaximumRows;
    mutable QHash<int, QIcon> m_icons; // by severity
};

} // namespace swarmplay
