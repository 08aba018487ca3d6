// The torrent view's item models: each passes QAbstractItemModelTester through added, changed and
// removed rows, and routine updates never reset a model, so a view's selection stays on its item.

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QtTest>

#include "models/torrentlistmodel.h"

using namespace swarmplay;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

TorrentSnapshot torrent(char hexDigit, const QString &name, double progress)
{
    TorrentSnapshot t;
    t.id = TorrentId::fromString(QString(40, QLatin1Char(hexDigit)));
    t.name = name;
    t.state = TorrentState::Downloading;
    t.hasMetadata = true;
    t.wantedBytes = t.totalBytes = 1000000;
    t.wantedDone = t.totalDone = qint64(progress * 1000000);
    t.progress = progress;
    return t;
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, col).data(role).toString();
    return values;
}

// The rows a selection holds, named by what the rows show in column 0.
QStringList selectedNames(const QItemSelectionModel &selection)
{
    QStringList names;
    for (const QModelIndex &index : selection.selectedRows(0))
        names << index.data().toString();
    return names;
}

} // namespace

class tst_Models : public QObject
{
    Q_OBJECT

private slots:
    void torrentRowsFollowRounds();
};

void tst_Models::torrentRowsFollowRounds()
{
    TorrentListModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QItemSelectionModel selection(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    TorrentSnapshot a = torrent('a', QStringLiteral("Alpha"), 0.4237);
    TorrentSnapshot b = torrent('b', QStringLiteral("Bravo"), 0.0);
    model.update({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.row(b.id), 1);
    QCOMPARE(model.id(0), a.id);
    QCOMPARE(model.id(7), TorrentId());
    const QModelIndex progress = model.index(0, TorrentListModel::ProgressColumn);
    QCOMPARE(progress.data().toString(), QStringLiteral("42.3%"));
    QCOMPARE(progress.data(TorrentListModel::RawRole).toDouble(), 0.4237);
    QCOMPARE(progress.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(0, TorrentListModel::StateColumn).data().toString(),
             torrentStateName(TorrentState::Downloading));
    QVERIFY(!model.index(0, TorrentListModel::NameColumn).data(Qt::TextAlignmentRole).isValid());

    // Same round again: nothing changed, nothing announced.
    model.update({a, b});
    QCOMPARE(changed.count(), 0);

    // Alpha speeds up, Charlie arrives: one dataChanged for Alpha's row, one insertion.
    selection.select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    a.downloadRate = 512 * 1024;
    const TorrentSnapshot c = torrent('c', QStringLiteral("Charlie"), 1.0);
    model.update({c, a, b});
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 0);
    QVERIFY(topLeft.column() <= TorrentListModel::DownloadRateColumn &&
            bottomRight.column() >= TorrentListModel::DownloadRateColumn);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.row(c.id), 2);
    QCOMPARE(model.index(2, TorrentListModel::ProgressColumn).data().toString(),
             QStringLiteral("100.0%"));

    // Alpha goes: Bravo and Charlie move up, and the selection moves with Bravo.
    model.update({b, c});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.row(b.id), 0);
    QCOMPARE(selectedNames(selection), QStringList{QStringLiteral("Bravo")});

    // Sorted by name, descending; kept sorted when a new torrent arrives.
    model.sort(TorrentListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(column(model, 0), (QStringList{QStringLiteral("Charlie"), QStringLiteral("Bravo")}));
    model.update({b, c, torrent('d', QStringLiteral("Delta"), 0.5)});
    QCOMPARE(column(model, 0), (QStringList{QStringLiteral("Delta"), QStringLiteral("Charlie"),
                                            QStringLiteral("Bravo")}));
    QCOMPARE(selectedNames(selection), QStringList{QStringLiteral("Bravo")});

    // A torrent added between rounds shows at once; a removal likewise.
    model.add(torrent('e', QStringLiteral("Echo"), 0.0));
    QCOMPARE(model.rowCount(), 4);
    model.remove(c.id);
    QCOMPARE(model.row(c.id), -1);
    model.update({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
