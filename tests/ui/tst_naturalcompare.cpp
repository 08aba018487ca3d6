#include <algorithm>

#include <QtTest>

#include "models/naturalcompare.h"

using swarmplay::NaturalCompare;

class TestNaturalCompare : public QObject
{
    Q_OBJECT
private slots:
    void episodesInCountingOrder()
    {
        QStringList names = {QStringLiteral("Show.S01E10.mkv"), QStringLiteral("Show.S01E2.mkv"),
                             QStringLiteral("show.s01e01.mkv"), QStringLiteral("Show.S01E003.mkv"),
                             QStringLiteral("Extras")};
        std::sort(names.begin(), names.end(), NaturalCompare::lessThan);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Extras"), QStringLiteral("show.s01e01.mkv"),
                              QStringLiteral("Show.S01E2.mkv"), QStringLiteral("Show.S01E003.mkv"),
                              QStringLiteral("Show.S01E10.mkv")}));
    }
    void totalOrder()
    {
        QVERIFY(NaturalCompare::compare(QStringLiteral("a01"), QStringLiteral("a1")) != 0);
        QCOMPARE(NaturalCompare::compare(QStringLiteral("a1"), QStringLiteral("a1")), 0);
        QVERIFY(NaturalCompare::lessThan(QStringLiteral("a"), QStringLiteral("a1")));
        QVERIFY(NaturalCompare::lessThan(QStringLiteral("9"), QStringLiteral("10")));
        QVERIFY(NaturalCompare::lessThan(QStringLiteral("99999999999999999999"),
                                         QStringLiteral("100000000000000000000")));
    }
};

QTEST_GUILESS_MAIN(TestNaturalCompare)
#include "tst_naturalcompare.moc"
