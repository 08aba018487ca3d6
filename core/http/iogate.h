#pragma once

// Internal to swarmplay_core (Boost.Asio): the stream server's way in from other threads.

#include <mutex>
#include <utility>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

namespace swarmplay {

// Lets any thread hand work to the server's io_context for as long as the server listens:
// readiness callbacks, API answers and event pushes may come after close(), and must then go
// nowhere instead of into a destroyed io_context. Thread-safe.
class IoGate
{
public:
    explicit IoGate(boost::asio::io_context &io)
        : m_io(&io)
    {}

    // Queues fn on the server's thread; false once the gate is shut.
    template <typename Fn> bool post(Fn &&fn)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_io)
            return false;
        boost::asio::post(*m_io, std::forward<Fn>(fn));
        return true;
    }

    // From then on post() does nothing; returns once no post() is under way.
    void shut()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_io = nullptr;
    }

private:
    std::mutex m_mutex;
    boost::asio::io_context *m_io;
};

} // namespace swarmplay
