// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace wijknet::server {

/// \brief One file of the editor page, embedded in the program (tools/server/page/).
struct PageFile {
    const char* name;
    const unsigned char* bytes;
    std::size_t size;
};

struct PageAsset {
    std::string_view bytes;
    std::string_view content_type;
};

/// The page's file of that name ("index.html", "editor.js"); nothing for any other name, so
/// no file outside the page can be asked for.
std::optional<PageAsset> page_asset(std::string_view name);

}  // namespace wijknet::server
