// SPDX-License-Identifier: MIT
#include "http_message.hpp"

#include <optional>

namespace wijknet::server {
namespace {

std::optional<int> hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return std::nullopt;
}

/// Undoes percent escapes (and, in a query, '+' for a space).
std::optional<std::string> decoded(std::string_view text, bool in_query) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            const auto high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
            if (!high || !low) return std::nullopt;
            out += static_cast<char>(*high * 16 + *low);
            i += 2;
        } else if (c == '+' && in_query) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

const std::string* HttpRequest::header(std::string_view name) const {
    for (const auto& [key, value] : headers)
        if (key == name) return &value;
    return nullptr;
}

const std::string* HttpRequest::query_value(std::string_view name) const {
    for (const auto& [key, value] : query)
        if (key == name) return &value;
    return nullptr;
}

bool parse_request_target(std::string_view target, HttpRequest& request) {
    if (target.empty() || target.front() != '/') return false;
    const std::size_t mark = target.find('?');
    std::string_view path = target.substr(0, mark);
    std::string_view query = mark == std::string_view::npos ? std::string_view{} : target.substr(mark + 1);
    request.segments.clear();
    request.query.clear();
    path.remove_prefix(1);
    while (!path.empty()) {
        const std::size_t slash = path.find('/');
        const auto segment = decoded(path.substr(0, slash), false);
        if (!segment) return false;
        if (!segment->empty()) request.segments.push_back(*segment);
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const std::size_t equals = pair.find('=');
        const auto name = decoded(pair.substr(0, equals), true);
        const auto value = decoded(equals == std::string_view::npos ? std::string_view{} : pair.substr(equals + 1), true);
        if (!name || !value) return false;
        if (!name->empty()) request.query.emplace_back(*name, *value);
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return true;
}

}  // namespace wijknet::server
