// SPDX-License-Identifier: MIT
#include "access_guard.hpp"

#include <string_view>

namespace wijknet::server {
namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

/// The value of cookie `name` in a Cookie header, if there.
std::optional<std::string_view> cookie_value(std::string_view header, std::string_view name) {
    while (!header.empty()) {
        const std::size_t end = header.find(';');
        const std::string_view pair = trimmed(header.substr(0, end));
        const std::size_t equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name) return pair.substr(equals + 1);
        if (end == std::string_view::npos) break;
        header.remove_prefix(end + 1);
    }
    return std::nullopt;
}

}  // namespace

std::string token_cookie_name(std::uint16_t port) { return "wijknet_token_" + std::to_string(port); }

std::optional<Refusal> AccessGuard::check_origin(const HttpRequest& request, bool logging_in) const {
    const std::string port = std::to_string(port_);
    const std::string* host = request.header("host");
    if (!host || (*host != "127.0.0.1:" + port && *host != "localhost:" + port))
        return Refusal{421, "Host '" + (host ? *host : std::string()) + "' is not this server (expected 127.0.0.1:" + port + ")"};
    if (const std::string* origin = request.header("origin");
        origin && *origin != "http://127.0.0.1:" + port && *origin != "http://localhost:" + port)
        return Refusal{403, "Origin '" + *origin + "' is another site"};
    if (const std::string* site = request.header("sec-fetch-site"); site && *site != "same-origin" && *site != "none" && !logging_in)
        return Refusal{403, "Sec-Fetch-Site '" + *site + "': a request from another site"};
    return std::nullopt;
}

bool AccessGuard::has_cookie(const HttpRequest& request) const {
    const std::string* header = request.header("cookie");
    if (!header) return false;
    const auto value = cookie_value(*header, token_cookie_name(port_));
    return value && token_.matches(*value);
}

std::optional<Refusal> AccessGuard::check_api(const HttpRequest& request) const {
    const std::string* header = request.header("x-wijknet-token");
    if (!header || !token_.matches(trimmed(*header)))
        return Refusal{401, "no valid X-Wijknet-Token header"};
    if (has_cookie(request)) return std::nullopt;
    if (const std::string* authorization = request.header("authorization")) {
        const std::string_view value = trimmed(*authorization);
        constexpr std::string_view bearer = "Bearer ";
        if (value.starts_with(bearer) && token_.matches(trimmed(value.substr(bearer.size())))) return std::nullopt;
    }
    return Refusal{401, "no valid token cookie or Authorization: Bearer"};
}

std::string AccessGuard::cookie() const {
    return token_cookie_name(port_) + "=" + token_.text() + "; HttpOnly; SameSite=Strict; Path=/";
}

}  // namespace wijknet::server
