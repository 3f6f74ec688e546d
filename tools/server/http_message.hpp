// SPDX-License-Identifier: MIT
#pragma once

// Requests and responses as the editor's handlers see them: plain values, so the handlers know
// nothing of the HTTP library (http_server.cpp is the only file that does) and tests can call
// them without a socket.

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wijknet::server {

struct HttpRequest {
    std::string method;  // "GET", "POST", ...
    /// The request target as sent ("/api/actors?client=c1"), for the log.
    std::string target;
    /// The path cut into segments, each percent-decoded on its own: "/api/actors/a%2Fb" is
    /// {"api", "actors", "a/b"}.
    std::vector<std::string> segments;
    /// The query's names and values, decoded, in order.
    std::vector<std::pair<std::string, std::string>> query;
    /// Header names in lower case.
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    [[nodiscard]] const std::string* header(std::string_view name) const;
    [[nodiscard]] const std::string* query_value(std::string_view name) const;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

using RequestHandler = std::function<HttpResponse(const HttpRequest&)>;

/// Cuts a request target into segments and query. Returns false for a target that is not a
/// path (no leading '/'), or whose percent escapes are broken.
bool parse_request_target(std::string_view target, HttpRequest& request);

}  // namespace wijknet::server
