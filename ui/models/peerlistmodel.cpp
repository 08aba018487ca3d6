#include "peerlistmodel.h"

#include "cellformat.h"
#include "model/units.h"
#include "naturalcompare.h"

namespace swarmplay {

namespace {

// The letters core/internal/ltstatus.cpp writes into PeerEntry::flags, in the order it writes
// them, with their meaning.
struct FlagMeaning
{
    QChar letter;
    const char *meaning;
};

const FlagMeaning flagMeanings[] = {
    {QLatin1Char('D'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel",
                                         "downloading: we want its pieces and it sends them")},
    {QLatin1Char('d'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel",
                                         "we want its pieces but it is not sending (choked)")},
    {QLatin1Char('U'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel",
                                         "uploading: it wants our pieces and we send them")},
    {QLatin1Char('u'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel",
                                         "it wants our pieces but we are not sending (choked)")},
    {QLatin1Char('O'),
     QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "optimistic unchoke: sent to on trial")},
    {QLatin1Char('S'),
     QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "snubbed: it stopped sending to us")},
    {QLatin1Char('I'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "incoming connection")},
    {QLatin1Char('E'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "encrypted connection")},
    {QLatin1Char('P'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "connected over uTP")},
    {QLatin1Char('X'),
     QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "found through peer exchange (PEX)")},
    {QLatin1Char('H'), QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "found through the DHT")},
    {QLatin1Char('L'),
     QT_TRANSLATE_NOOP("swarmplay::PeerListModel", "found through local peer discovery")},
};

QString meaningOf(const FlagMeaning &flag)
{
    return PeerListModel::tr("%1: %2").arg(flag.letter).arg(PeerListModel::tr(flag.meaning));
}

} // namespace

PeerListModel::PeerListModel(QObject *parent)
    : KeyedTableModel(parent)
{}

int PeerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerEntry &p = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(p, column);
    case Qt::ToolTipRole:
        if (column == FlagsColumn)
            return p.flags.isEmpty() ? QVariant() : QVariant(describeFlags(p.flags));
        if (column == AddressColumn && p.seed)
            return tr("%1 (a seed: it has the whole torrent)").arg(p.endpoint());
        return {};
    case Qt::TextAlignmentRole:
        return column == DownloadRateColumn || column == UploadRateColumn ||
                       column == ProgressColumn
                   ? numberAlignment()
                   : QVariant();
    case RawRole:
        return raw(p, column);
    case EndpointRole:
        return p.endpoint();
    case SeedRole:
        return p.seed;
    default:
        return {};
    }
}

QVariant PeerListModel::display(const PeerEntry &p, int column) const
{
    switch (column) {
    case AddressColumn:
        return p.endpoint();
    case ClientColumn:
        return p.client;
    case FlagsColumn:
        return p.flags;
    case DownloadRateColumn:
        return formatRate(p.downloadRate);
    case UploadRateColumn:
        return formatRate(p.uploadRate);
    case ProgressColumn:
        return formatPercent(p.progress);
    case TransportColumn:
        return p.utp ? tr("uTP") : tr("TCP");
    default:
        return {};
    }
}

QVariant PeerListModel::raw(const PeerEntry &p, int column) const
{
    switch (column) {
    case AddressColumn:
        return p.endpoint();
    case ClientColumn:
        return p.client;
    case FlagsColumn:
        return p.flags;
    case DownloadRateColumn:
        return p.downloadRate;
    case UploadRateColumn:
        return p.uploadRate;
    case ProgressColumn:
        return p.progress;
    case TransportColumn:
        return p.utp;
    default:
        return {};
    }
}

QVariant PeerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == DownloadRateColumn || section == UploadRateColumn ||
                       section == ProgressColumn
                   ? numberAlignment()
                   : QVariant();
    if (role == Qt::ToolTipRole)
        return section == FlagsColumn ? QVariant(flagLegend()) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case ClientColumn:
        return tr("Client");
    case FlagsColumn:
        return tr("Flags");
    case DownloadRateColumn:
        return tr("Down");
    case UploadRateColumn:
        return tr("Up");
    case ProgressColumn:
        return tr("Progress");
    case TransportColumn:
        return tr("Transport");
    default:
        return {};
    }
}

void PeerListModel::update(const QVector<PeerEntry> &peers)
{
    applyUpdate(peers);
}

void PeerListModel::clear()
{
    applyUpdate({});
}

QString PeerListModel::endpoint(int row) const
{
    return isValidRow(row) ? itemAt(row).endpoint() : QString();
}

PeerEntry PeerListModel::peer(int row) const
{
    return isValidRow(row) ? itemAt(row) : PeerEntry();
}

QString PeerListModel::describeFlags(const QString &flags)
{
    QStringList lines;
    for (const FlagMeaning &flag : flagMeanings) {
        if (flags.contains(flag.letter))
            lines << meaningOf(flag);
    }
    return lines.join(QLatin1Char('\n'));
}

QString PeerListModel::flagLegend()
{
    QStringList lines;
    for (const FlagMeaning &flag : flagMeanings)
        lines << meaningOf(flag);
    return lines.join(QLatin1Char('\n'));
}

bool PeerListModel::sameInColumn(const PeerEntry &a, const PeerEntry &b, int column) const
{
    switch (column) {
    case AddressColumn:
        return a.seed == b.seed; // the endpoint is the key: it cannot differ
    case ClientColumn:
        return a.client == b.client;
    case FlagsColumn:
        return a.flags == b.flags;
    case DownloadRateColumn:
        return a.downloadRate == b.downloadRate;
    case UploadRateColumn:
        return a.uploadRate == b.uploadRate;
    case ProgressColumn:
        return a.progress == b.progress;
    case TransportColumn:
        return a.utp == b.utp;
    default:
        return true;
    }
}

bool PeerListModel::lessThan(const PeerEntry &a, const PeerEntry &b, int column) const
{
    switch (column) {
    case AddressColumn:
        // Natural order puts 127.0.0.9 before 127.0.0.10.
        return NaturalCompare::lessThan(a.endpoint(), b.endpoint());
    case ClientColumn:
        return NaturalCompare::lessThan(a.client, b.client);
    case FlagsColumn:
        return a.flags < b.flags;
    case DownloadRateColumn:
        return a.downloadRate < b.downloadRate;
    case UploadRateColumn:
        return a.uploadRate < b.uploadRate;
    case ProgressColumn:
        return a.progress < b.progress;
    case TransportColumn:
        return a.utp < b.utp;
    default:
        return false;
    }
}

} // namespace swarmplay
