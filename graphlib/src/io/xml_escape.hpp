// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace wijknet {

/// Escapes text for XML content and attribute values (both quote kinds, so either delimiter works).
inline std::string xml_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            case '\t': out += "&#9;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace wijknet
