// SPDX-License-Identifier: MIT
// The HTTP seam: Boost.Beast over Boost.Asio, on one thread. Every connection reads one request
// at a time within the limits, hands it to the handler and writes the answer.
#include "http_server.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <optional>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

HttpRequest request_of(const http::request<http::string_body>& message) {
    HttpRequest request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    for (const auto& field : message) {
        std::string name(field.name_string());
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        request.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    request.body = message.body();
    return request;
}

http::response<http::string_body> message_of(const HttpResponse& response, unsigned version, bool keep_alive) {
    http::response<http::string_body> message{static_cast<http::status>(response.status), version};
    message.set(http::field::server, "wijknet");
    message.set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) message.insert(name, value);
    message.body() = response.body;
    message.keep_alive(keep_alive);
    message.prepare_payload();
    return message;
}

HttpResponse plain(int status, std::string text) {
    return {status, "text/plain; charset=utf-8", {}, std::move(text) + "\n"};
}

/// What the connections share with the server. Held by each connection, as the last of them
/// may go after the server when the io_context is destroyed.
struct Shared {
    ServerLimits limits;
    RequestHandler handler;
    std::size_t open = 0;
};

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(tcp::socket socket, std::shared_ptr<Shared> shared)
        : stream_(std::move(socket)), shared_(std::move(shared)), limits_(shared_->limits), handler_(shared_->handler) {
        ++shared_->open;
    }
    ~Connection() { --shared_->open; }

    void start() { read_next(limits_.idle_time); }

private:
    void read_next(std::chrono::seconds wait) {
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(limits_.header_bytes));
        parser_->body_limit(limits_.body_bytes);
        stream_.expires_after(wait);
        http::async_read(stream_, buffer_, *parser_,
                         [self = shared_from_this()](beast::error_code error, std::size_t) { self->on_read(error); });
    }

    void on_read(beast::error_code error) {
        if (error == http::error::end_of_stream || error == beast::error::timeout || error == asio::error::operation_aborted ||
            error == asio::error::connection_reset || error == asio::error::eof)
            return close();
        if (error == http::error::body_limit)
            return answer(plain(413, "request too large (expected at most " + std::to_string(limits_.body_bytes) + " bytes)"), 11, false);
        if (error == http::error::header_limit) return answer(plain(431, "request headers too large"), 11, false);
        if (error) return answer(plain(400, "malformed request: " + error.message()), 11, false);

        const auto& message = parser_->get();
        HttpRequest request = request_of(message);
        HttpResponse response;
        if (!parse_request_target(request.target, request)) {
            response = plain(400, "malformed request target (expected a path such as /api/actors)");
        } else {
            try {
                response = handler_(request);
            } catch (const std::exception& failure) {
                response = plain(500, std::string("internal error: ") + failure.what());
            }
        }
        answer(response, message.version(), message.keep_alive());
    }

    void answer(const HttpResponse& response, unsigned version, bool keep_alive) {
        auto message = std::make_shared<http::response<http::string_body>>(message_of(response, version, keep_alive));
        stream_.expires_after(limits_.request_time);
        http::async_write(stream_, *message, [self = shared_from_this(), message, keep_alive](beast::error_code error, std::size_t) {
            if (error || !keep_alive) return self->close();
            self->read_next(self->limits_.idle_time);
        });
    }

    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream_.close();
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::shared_ptr<Shared> shared_;
    const ServerLimits& limits_;
    const RequestHandler& handler_;
};

}  // namespace

struct HttpServer::Impl {
    asio::io_context context{1};
    tcp::acceptor acceptor{context};
    asio::signal_set signals{context, SIGINT, SIGTERM};
    std::shared_ptr<Shared> shared = std::make_shared<Shared>();

    void accept() {
        acceptor.async_accept(asio::make_strand(context), [this](beast::error_code error, tcp::socket socket) {
            if (error == asio::error::operation_aborted) return;
            if (!error) {
                if (shared->open >= shared->limits.connections) {
                    beast::error_code ignored;
                    socket.close(ignored);  // too many at once: the browser will try again
                } else {
                    // Answers go out at once: with Nagle's algorithm a small answer can wait
                    // for the browser's delayed acknowledgement of the one before.
                    beast::error_code ignored;
                    socket.set_option(tcp::no_delay(true), ignored);
                    std::make_shared<Connection>(std::move(socket), shared)->start();
                }
            }
            accept();
        });
    }
};

HttpServer::HttpServer(std::uint16_t port, ServerLimits limits, RequestHandler handler) : impl_(std::make_unique<Impl>()) {
    impl_->shared->limits = limits;
    impl_->shared->handler = std::move(handler);
    // Loopback only, whatever else the machine listens on: the editor is for this computer.
    const tcp::endpoint endpoint{asio::ip::make_address_v4("127.0.0.1"), port};
    beast::error_code error;
    auto& acceptor = impl_->acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error) acceptor.bind(endpoint, error);
    if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        throw RunError("cannot listen on 127.0.0.1:" + std::to_string(port) + ": " + error.message() +
                       (port ? " (choose another --port, or leave it out to take a free one)" : ""));
}

HttpServer::~HttpServer() = default;

std::uint16_t HttpServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void HttpServer::run() {
    impl_->signals.async_wait([this](beast::error_code error, int) {
        if (!error) stop();
    });
    impl_->accept();
    impl_->context.run();
}

void HttpServer::stop() {
    asio::post(impl_->context, [this] {
        beast::error_code ignored;
        impl_->acceptor.close(ignored);
        impl_->signals.cancel(ignored);
        impl_->context.stop();
    });
}

}  // namespace wijknet::server
