// SPDX-License-Identifier: MIT
#include "page_assets.hpp"

namespace wijknet::server {
namespace embedded {
extern const PageFile page_files[];
extern const std::size_t page_file_count;
}  // namespace embedded

namespace {

std::string_view content_type_of(std::string_view name) {
    if (name.ends_with(".html")) return "text/html; charset=utf-8";
    if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
    if (name.ends_with(".css")) return "text/css; charset=utf-8";
    if (name.ends_with(".svg")) return "image/svg+xml";
    if (name.ends_with(".png")) return "image/png";
    return "application/octet-stream";
}

}  // namespace

std::optional<PageAsset> page_asset(std::string_view name) {
    for (std::size_t i = 0; i < embedded::page_file_count; ++i) {
        const PageFile& file = embedded::page_files[i];
        if (name == file.name)
            return PageAsset{{reinterpret_cast<const char*>(file.bytes), file.size}, content_type_of(name)};
    }
    return std::nullopt;
}

}  // namespace wijknet::server
