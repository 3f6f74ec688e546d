// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

namespace wijknet::cli {

/// The pseudonym key from `key_file` when given, else from the environment variable
/// WIJKNET_PSEUDONYM_KEY; nothing when neither holds one.
/// \throws InputError when `key_file` cannot be read.
std::optional<std::string> pseudonym_key(const std::string& key_file);

/// A key for this run only, for outputs that must be pseudonymised when the user gave no key:
/// the pseudonyms then differ from run to run, which is safe, merely not comparable.
std::string one_run_pseudonym_key();

}  // namespace wijknet::cli
