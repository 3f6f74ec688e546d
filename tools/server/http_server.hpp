// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>

#include "http_message.hpp"

namespace wijknet::server {

/// \brief What one request may cost: its size and the time it may take to arrive.
struct ServerLimits {
    std::size_t header_bytes = 16 * 1024;
    std::size_t body_bytes = 2 * 1024 * 1024;
    /// From the first byte of a request to its last.
    std::chrono::seconds request_time{30};
    /// How long a kept-alive connection may wait for its next request.
    std::chrono::seconds idle_time{60};
    std::size_t connections = 64;
};

/// \brief An HTTP/1.1 server on the loopback address only, handing each request to one handler
/// on one thread, so the handlers need no locks. The HTTP library (Boost.Beast) is known only
/// in http_server.cpp.
class HttpServer {
public:
    /// Listens on 127.0.0.1:`port`; port 0 takes a free one.
    /// \throws RunError when the port is taken or cannot be bound.
    HttpServer(std::uint16_t port, ServerLimits limits, RequestHandler handler);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    [[nodiscard]] std::uint16_t port() const;
    /// Serves until stop() is called or the process gets SIGINT or SIGTERM; requests being
    /// handled are finished first.
    void run();
    /// Safe to call from another thread or a signal handler's thread.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace wijknet::server
