// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "http_message.hpp"
#include "session_token.hpp"

namespace wijknet::server {

/// The name of the cookie the token becomes once the page is opened with it: one per port, as a
/// browser sends a cookie for 127.0.0.1 to every port there, and two servers at once must not
/// take each other's.
std::string token_cookie_name(std::uint16_t port);

/// \brief Why a request was refused: the status to answer with and the reason, for the log.
struct Refusal {
    int status = 403;
    std::string reason;
};

/// \brief What protects a server on this computer from other web pages: a Host of the loopback
/// address and this port (against DNS rebinding), no foreign Origin and no cross-site fetch
/// (against cross-site requests), and the run's token.
class AccessGuard {
public:
    AccessGuard(std::uint16_t port, SessionToken token) : port_(port), token_(std::move(token)) {}

    /// A refusal for requests from anywhere but this server's own pages. `logging_in` (the
    /// address with the right token, opened from a link or a file elsewhere) is let through a
    /// cross-site fetch: only who has the token can make one.
    [[nodiscard]] std::optional<Refusal> check_origin(const HttpRequest& request, bool logging_in = false) const;
    /// Whether the request carries the token in the cookie.
    [[nodiscard]] bool has_cookie(const HttpRequest& request) const;
    /// A refusal for an API call without the token: the header X-Wijknet-Token, and the cookie
    /// or `Authorization: Bearer`.
    [[nodiscard]] std::optional<Refusal> check_api(const HttpRequest& request) const;
    /// Whether `offered` (from the address) is the token.
    [[nodiscard]] bool is_token(const std::string& offered) const { return token_.matches(offered); }
    [[nodiscard]] const SessionToken& token() const { return token_; }
    /// The Set-Cookie value that gives the page the token: HttpOnly, SameSite=Strict.
    [[nodiscard]] std::string cookie() const;

private:
    std::uint16_t port_;
    SessionToken token_;
};

}  // namespace wijknet::server
