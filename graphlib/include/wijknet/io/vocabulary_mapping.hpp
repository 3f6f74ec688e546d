// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief What another tool's columns and values mean in wijknet's words: a small CSV that a
/// social worker can keep in a spreadsheet (docs/formats.md, "Mapping file").
///
/// Each row says: where an actor's (or a tie's) attribute `column` holds `value` (any value when
/// empty), set its `field` to `becomes` (the attribute's own value when empty). A tie field
/// matched on an actor is set on the actor's ties to clients: in an ego-network study an alter's
/// attribute describes its tie to the ego.
struct VocabularyMapping {
    enum class AppliesTo { actor, tie };
    struct Rule {
        std::string column;
        std::string value;
        AppliesTo applies_to = AppliesTo::actor;
        std::string field;
        std::string becomes;
        std::string file;  // where the rule was written, for messages
        std::size_t line = 0;
    };
    std::vector<Rule> rules;
};

/// Reads a mapping file (columns `column,value,applies_to,field,becomes`, or in Dutch
/// `kolom,waarde,geldt_voor,veld,wordt`).
/// \throws InputError naming the line of every problem (an unknown field, a value the field
/// does not take).
VocabularyMapping read_vocabulary_mapping(const std::filesystem::path& path);
/// The same from text in memory; `file` names it in messages.
VocabularyMapping read_vocabulary_mapping_text(std::string_view text, const std::string& file);

/// The mapping for a network read without a mapping file, as tools name their types: where no
/// actor but a client has a kind, the first of its columns `networkCanvasType`, `type`, `category`, `role`,
/// `rol` whose values include wijknet's words (English or Dutch, also in the plural or American
/// spelling: `Professionals`, `Organization`) sets the kind of each actor with such a value; the
/// same for ties (also `relation`, `relationship`, `relatie`: `Friends`, `family`), and else an
/// alter's `relation`, `relationship` or `relatie` for its ties to clients (`Vriendin`). Empty
/// when nothing is.
VocabularyMapping default_vocabulary_mapping(const Network& network);

/// Applies the rules in order, a later rule winning. A rule that matches nothing is told in
/// `warnings`, when given.
void apply_vocabulary_mapping(Network& network, const VocabularyMapping& mapping, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
