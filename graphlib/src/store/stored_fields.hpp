// SPDX-License-Identifier: MIT
#pragma once

// Actors and tie versions as a backend keeps them: one text per known field, in the CSV pair's
// words, so any backend stores what the CSV pair would write and reads it back the same way.

#include <string>
#include <string_view>
#include <vector>

#include "wijknet/model/actor.hpp"
#include "wijknet/model/tie.hpp"

namespace wijknet::store {

/// The columns of an actor, in the order of actor_column_names().
std::vector<std::string> actor_columns(const Actor& actor);
const std::vector<std::string_view>& actor_column_names();
/// The actor those columns describe; problems (a value no reader would accept) are appended
/// to `problems`, each starting with the column's name.
Actor actor_from_columns(const std::vector<std::string_view>& columns, std::vector<std::string>& problems);

/// Whether `value` is UTF-8 text; when not, says so in `problems`.
bool readable(std::string_view value, std::string_view column, std::vector<std::string>& problems);

/// The columns of a tie version without its ends, in the order of version_column_names().
std::vector<std::string> version_columns(const Tie& tie);
const std::vector<std::string_view>& version_column_names();
Tie version_from_columns(const std::vector<std::string_view>& columns, std::vector<std::string>& problems);

}  // namespace wijknet::store
