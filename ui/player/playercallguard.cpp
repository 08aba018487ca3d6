#include "playercallguard.h"

#include <QObject>

namespace swarmplay {

PlayerCallGuard::PlayerCallGuard()
    : m_state(std::make_shared<State>())
{}

PlayerCallGuard::~PlayerCallGuard()
{
    m_state->alive = false;
    m_state->deferred.clear();
    if (!m_state->busy) {
        for (const QPointer<QObject> &o : std::as_const(m_state->retired))
            delete o.data();
    }
}

bool PlayerCallGuard::run(Kind kind, std::function<void()> call)
{
    // A local copy: the call may destroy this guard, and the state must outlive it.
    const std::shared_ptr<State> state = m_state;
    if (state->busy) {
        state->deferred[kind] = std::move(call);
        return true;
    }
    state->busy = true;
    call();
    while (state->alive && !state->deferred.empty()) {
        auto next = state->deferred.begin();
        const std::function<void()> deferred = std::move(next->second);
        state->deferred.erase(next);
        deferred();
    }
    state->busy = false;
    const QList<QPointer<QObject>> retired = std::exchange(state->retired, {});
    for (const QPointer<QObject> &o : retired)
        delete o.data();
    return state->alive;
}

void PlayerCallGuard::retire(QObject *object)
{
    if (!object)
        return;
    if (!m_state->busy) {
        delete object;
        return;
    }
    object->setParent(nullptr);
    m_state->retired.push_back(object);
}

} // namespace swarmplay
