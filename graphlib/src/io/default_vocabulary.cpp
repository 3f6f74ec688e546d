// SPDX-License-Identifier: MIT
// The mapping a network gets when none is given: another tool's type column whose values are
// already wijknet's words (a Network Canvas node type `Professional`, an edge type `Friends`).
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "wijknet/io/vocabulary_mapping.hpp"
#include "wijknet/model/vocabulary.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

using Rule = VocabularyMapping::Rule;
using AppliesTo = VocabularyMapping::AppliesTo;

constexpr std::array<std::string_view, 5> actor_type_columns{"networkCanvasType", "type", "category", "role", "rol"};
constexpr std::array<std::string_view, 6> tie_type_columns{"networkCanvasType", "type", "relation", "relationship", "relatie",
                                                           "category"};
// In an ego-network study an alter's relation to the ego is the alter's attribute: a tie rule
// found there sets the alter's ties to clients (apply_vocabulary_mapping).
constexpr std::array<std::string_view, 3> alter_relation_columns{"relation", "relationship", "relatie"};

/// The term `value` means, read as tools name their types: in the plural (`Friends`) and in
/// American spelling (`Organization`, `Neighbor`) too.
template <class Enum>
std::optional<std::string_view> term_meant(std::string_view value) {
    std::string text = text::lower(text::trim(value));
    for (const auto& [american, british] : {std::pair{"organization", "organisation"}, std::pair{"neighbor", "neighbour"}})
        if (text.starts_with(american)) text = british + text.substr(std::string_view(american).size());
    auto parsed = parse_term<Enum>(text);
    if (!parsed && text.size() > 1 && text.ends_with('s')) parsed = parse_term<Enum>(std::string_view(text).substr(0, text.size() - 1));
    if (!parsed || *parsed == Enum::unspecified) return std::nullopt;
    return name_of(*parsed);
}

const Attribute* attribute_named(const Attributes& attributes, std::string_view column) {
    for (const auto& attribute : attributes)
        if (text::iequals(attribute.name, column)) return &attribute;
    return nullptr;
}

/// Rules setting `kind` from the first of `columns` whose values include wijknet's words, one per
/// distinct value that is one; `for_each` calls back with each actor's (or tie's) attributes.
template <class Enum, class ForEachAttributes>
std::vector<Rule> kind_rules(std::span<const std::string_view> columns, AppliesTo applies_to, ForEachAttributes&& for_each) {
    for (const std::string_view column : columns) {
        std::vector<Rule> rules;
        for_each([&](const Attributes& attributes) {
            const Attribute* attribute = attribute_named(attributes, column);
            if (!attribute) return;
            const auto term = term_meant<Enum>(attribute->value);
            const bool known = std::ranges::any_of(rules, [&](const Rule& rule) { return rule.value == attribute->value; });
            // The rule names the column as the file spells it (Kumu's `Type`): rules match it exactly.
            if (term && !known) rules.push_back({attribute->name, attribute->value, applies_to, "kind", std::string(*term), {}, 0});
        });
        if (!rules.empty()) return rules;
    }
    return {};
}

}  // namespace

VocabularyMapping default_vocabulary_mapping(const Network& network) {
    VocabularyMapping mapping;
    const auto actors = network.actors();
    // Readers of ego-network studies make each ego a client resident; the alters tell.
    if (std::ranges::all_of(actors, [](const Actor& actor) { return actor.is_client || actor.kind == ActorKind::unspecified; }))
        mapping.rules = kind_rules<ActorKind>(actor_type_columns, AppliesTo::actor, [&](auto&& visit) {
            for (const Actor& actor : actors) visit(actor.attributes);
        });
    bool ties_have_kinds = false;
    for (std::size_t t = 0; t < network.tie_count(); ++t) ties_have_kinds |= network.tie(TieIndex{t}).kind != TieKind::unspecified;
    if (!ties_have_kinds) {
        auto tie_rules = kind_rules<TieKind>(tie_type_columns, AppliesTo::tie, [&](auto&& visit) {
            for (std::size_t t = 0; t < network.tie_count(); ++t) visit(network.tie_attributes(TieIndex{t}));
        });
        if (tie_rules.empty())
            tie_rules = kind_rules<TieKind>(alter_relation_columns, AppliesTo::tie, [&](auto&& visit) {
                for (const Actor& actor : actors) visit(actor.attributes);
            });
        mapping.rules.insert(mapping.rules.end(), tie_rules.begin(), tie_rules.end());
    }
    return mapping;
}

}  // namespace wijknet
