// PlayerCallGuard: calls into the media player one at a time. What a slot asks for while a call
// turns a local event loop waits until that call has returned (the latest of each kind), and
// the objects the call uses outlive an owner destroyed inside it.

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QtTest>

#include "player/playercallguard.h"

using swarmplay::PlayerCallGuard;
using Kind = PlayerCallGuard::Kind;

class TestPlayerCallGuard : public QObject
{
    Q_OBJECT
private slots:
    void runsAtOnceWhenIdle()
    {
        PlayerCallGuard guard;
        QStringList done;
        QVERIFY(guard.run(Kind::Seek, [&] {
            QVERIFY(guard.isBusy());
            done << QStringLiteral("seek");
        }));
        QCOMPARE(done, QStringList{QStringLiteral("seek")});
        QVERIFY(!guard.isBusy());
    }

    void callsDuringACallWaitAndTheLatestOfAKindWins()
    {
        PlayerCallGuard guard;
        QStringList done;
        guard.run(Kind::Load, [&] {
            guard.run(Kind::Seek, [&] { done << QStringLiteral("seek 1"); });
            guard.run(Kind::PlayState, [&] { done << QStringLiteral("play"); });
            guard.run(Kind::Seek, [&] { done << QStringLiteral("seek 2"); });
            guard.run(Kind::Detach, [&] { done << QStringLiteral("detach"); });
            done << QStringLiteral("load");
        });
        // The call first, then what it deferred in the order of kinds: the player lets go of
        // its source before anything else is asked of it.
        QCOMPARE(done, (QStringList{QStringLiteral("load"), QStringLiteral("detach"),
                                    QStringLiteral("seek 2"), QStringLiteral("play")}));
    }

    void aDeferredCallMayDeferMore()
    {
        PlayerCallGuard guard;
        QStringList done;
        guard.run(Kind::Seek, [&] {
            guard.run(Kind::Seek, [&] {
                // Opening afresh: the player lets go first, then loads.
                guard.run(Kind::Load, [&] { done << QStringLiteral("load"); });
                guard.run(Kind::Detach, [&] { done << QStringLiteral("detach"); });
                done << QStringLiteral("seek 2");
            });
            done << QStringLiteral("seek 1");
        });
        QCOMPARE(done, (QStringList{QStringLiteral("seek 1"), QStringLiteral("seek 2"),
                                    QStringLiteral("detach"), QStringLiteral("load")}));
    }

    void droppedCallsDoNotRun()
    {
        PlayerCallGuard guard;
        QStringList done;
        guard.run(Kind::Seek, [&] {
            guard.run(Kind::PlayState, [&] { done << QStringLiteral("play"); });
            guard.dropDeferred(); // stopped: what was asked for belonged to the file that is gone
            guard.run(Kind::Detach, [&] { done << QStringLiteral("detach"); });
        });
        QCOMPARE(done, QStringList{QStringLiteral("detach")});
    }

    void aSlotInALocalEventLoopWaitsForTheCall()
    {
        // What PlayerDevice's fallback does inside a call: the window's events go on, and a
        // timer asks for a seek meanwhile.
        PlayerCallGuard guard;
        QStringList done;
        QTimer::singleShot(0, this, [&] {
            guard.run(Kind::Seek, [&] { done << QStringLiteral("seek"); });
            done << QStringLiteral("timer");
        });
        guard.run(Kind::Load, [&] {
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
            done << QStringLiteral("load returns");
        });
        QCOMPARE(done, (QStringList{QStringLiteral("timer"), QStringLiteral("load returns"),
                                    QStringLiteral("seek")}));
    }

    void retiredObjectsOutliveTheCall()
    {
        PlayerCallGuard guard;
        QObject parent;
        QPointer<QObject> idle = new QObject(&parent);
        guard.retire(idle);
        QVERIFY(idle.isNull()); // nothing uses it: gone at once

        QPointer<QObject> device = new QObject(&parent);
        guard.run(Kind::Load, [&] {
            guard.retire(device);
            QVERIFY(!device.isNull()); // the call under way may still read it
            QCOMPARE(device->parent(), nullptr);
            guard.run(Kind::Detach, [&] { QVERIFY(!device.isNull()); });
        });
        QVERIFY(device.isNull());
        QVERIFY(parent.children().isEmpty());
    }

    void anOwnerDestroyedInsideACallLeavesTheCallItsObjects()
    {
        auto *guard = new PlayerCallGuard;
        auto *player = new QObject;
        QPointer<QObject> alive = player;
        bool deferredRan = false;
        bool usedAfter = false;
        const bool ownerAlive = guard->run(Kind::Seek, [&] {
            guard->run(Kind::PlayState, [&] { deferredRan = true; });
            // A slot deletes the widget that owns the guard and the player.
            guard->retire(player);
            delete guard;
            usedAfter = !alive.isNull(); // the call goes on using the player
        });
        QVERIFY(!ownerAlive);
        QVERIFY(usedAfter);
        QVERIFY(alive.isNull()); // deleted once the call had returned
        QVERIFY(!deferredRan);
    }
};

QTEST_GUILESS_MAIN(TestPlayerCallGuard)
#include "tst_playercallguard.moc"
