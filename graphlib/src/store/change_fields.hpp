// SPDX-License-Identifier: MIT
#pragma once

// Fields (the CSV pair's column names with values as text) turned into actors and ties, with
// every problem tied to its field, as the editor shows them next to the field.

#include <string>
#include <string_view>
#include <vector>

#include "wijknet/model/network.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::store {

/// The actor `fields` describe; problems are appended, each with the field's English name.
Actor actor_from_fields(const Fields& fields, std::vector<FieldProblem>& problems);

/// A tie as its fields describe it, with the ids of its ends as given.
struct TieFromFields {
    Tie tie;
    Attributes attributes;
    std::string source_id;
    std::string target_id;
};
TieFromFields tie_from_fields(const Fields& fields, std::vector<FieldProblem>& problems);

/// `base` with `changes` laid over it: a known field by whatever name (English or Dutch) is
/// replaced, a free attribute by its exact name; an empty value clears.
enum class FieldsOf { actor, tie };
Fields overlaid(const Fields& base, const Fields& changes, FieldsOf kind);

/// The fields of an actor, as fields_of() gives them for one in a network.
Fields actor_fields(const Actor& actor);
/// The fields of a tie version whose ends have the ids given.
Fields tie_fields(const Tie& tie, const Attributes& attributes, const std::string& source_id, const std::string& target_id);

/// `{"id":"a1","name":"Anna"}`: fields as a JSON object, for the log.
std::string json_text(const Fields& fields);

}  // namespace wijknet::store
