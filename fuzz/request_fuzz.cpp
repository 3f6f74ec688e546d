// SPDX-License-Identifier: MIT
// The server's request handling, as a hostile page or program could send it: the first line is
// the request target, the lines after it headers. Oracle: a target that parses, written again
// from its segments and query, parses to the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "access_guard.hpp"
#include "http_message.hpp"

namespace {

using wijknet::server::HttpRequest;

std::string encoded(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') out += c;
        else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

HttpRequest with_headers(std::string_view rest) {
    HttpRequest request;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            std::string value(line.substr(colon + 1));
            while (!value.empty() && value.front() == ' ') value.erase(0, 1);
            request.headers.emplace_back(std::string(line.substr(0, colon)), std::move(value));
        }
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    return request;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string_view target = input.substr(0, newline);
    HttpRequest request = with_headers(newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1));
    request.method = "GET";
    request.target = std::string(target);

    static const wijknet::server::AccessGuard guard(8123, wijknet::server::SessionToken(std::string(64, 'a')));
    (void)guard.check_origin(request);
    (void)guard.check_api(request);
    (void)guard.has_cookie(request);

    if (!wijknet::server::parse_request_target(target, request)) return 0;
    std::string again = "/";
    for (std::size_t i = 0; i < request.segments.size(); ++i) again += (i ? "/" : "") + encoded(request.segments[i]);
    for (std::size_t i = 0; i < request.query.size(); ++i)
        again += (i ? "&" : "?") + encoded(request.query[i].first) + "=" + encoded(request.query[i].second);
    HttpRequest reread;
    if (!wijknet::server::parse_request_target(again, reread) || reread.segments != request.segments || reread.query != request.query)
        std::abort();
    return 0;
}
