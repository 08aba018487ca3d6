#pragma once

#include <functional>
#include <map>
#include <memory>

#include <QList>
#include <QPointer>

namespace swarmplay {

// Makes calls into QMediaPlayer one at a time. Qt 6.4's FFmpeg backend reads on the caller's
// thread inside some calls, and a read whose bytes were not fetched first waits in a local event
// loop (PlayerDevice's fallback). A slot run by that loop may ask for another call, or destroy
// the call's owner: the guard defers the one until the call under way has returned (the latest
// request of each kind wins), and keeps the objects the call still uses until then.
class PlayerCallGuard
{
public:
    // Deferred calls run in this order once the call under way has returned.
    enum class Kind
    {
        Detach, // the player lets go of its source
        Load,   // the player gets a new source
        Seek,
        Track,
        PlayState,
    };

    PlayerCallGuard();
    // During a call, the deferred calls are dropped and what was retired is deleted once the call
    // has returned.
    ~PlayerCallGuard();
    PlayerCallGuard(const PlayerCallGuard &) = delete;
    PlayerCallGuard &operator=(const PlayerCallGuard &) = delete;

    bool isBusy() const { return m_state->busy; }
    // Runs call now, then whatever it deferred. While a call is under way, call waits until that
    // one has returned, replacing an earlier deferred call of the same kind. Returns false when
    // the guard was destroyed meanwhile: the caller's owner is gone, and it must touch nothing.
    bool run(Kind kind, std::function<void()> call);
    // Forgets the deferred calls (what they were for is gone).
    void dropDeferred() { m_state->deferred.clear(); }
    // Deletes object now, or once every call under way and deferred has returned: a call may
    // still use it. It leaves its parent at once, so that its parent's end does not take it.
    void retire(QObject *object);

private:
    struct State
    {
        bool busy = false;
        bool alive = true;
        std::map<Kind, std::function<void()>> deferred;
        QList<QPointer<QObject>> retired;
    };
    std::shared_ptr<State> m_state;
};

} // namespace swarmplay
