// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace wijknet::store::sqlite {

/// Whether the file starts as a wijknet project does (SQLite's header with wijknet's
/// application id). Reads the first 100 bytes only.
bool has_project_header(const std::filesystem::path& path);

/// Checks what the first 100 bytes can tell before SQLite opens the file, so that a file that is
/// no project, one from a newer wijknet, or one cut short is refused with a message and left
/// as it was. \throws InputError naming the file and what was expected.
void check_project_header(const std::filesystem::path& path);

}  // namespace wijknet::store::sqlite
