// SPDX-License-Identifier: MIT
// What a path given as input is, told before it is opened: a FIFO would block the reader, a
// device such as /dev/zero would never end, and a folder, a symlink loop or a path without
// permission each deserve their own message, not "not found" or an internal error.
#pragma once
#include <filesystem>
#include <string_view>

namespace wijknet {

enum class InputKind { file, folder };

/// The kind of `path` (symlinks followed).
/// \throws InputError naming `path` when it is missing (`expected` says what was expected), a
/// symlink to nothing or a loop, not permitted, or neither a regular file nor a folder.
InputKind input_kind(const std::filesystem::path& path, std::string_view expected);

/// As input_kind(), for a path that must be a regular file: a folder is refused too.
void expect_input_file(const std::filesystem::path& path, std::string_view expected);

}  // namespace wijknet
