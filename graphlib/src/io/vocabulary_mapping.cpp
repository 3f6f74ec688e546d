// SPDX-License-Identifier: MIT
#include "wijknet/io/vocabulary_mapping.hpp"

#include <array>
#include <optional>

#include "field_binding.hpp"
#include "foreign_table.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

using Rule = VocabularyMapping::Rule;
using AppliesTo = VocabularyMapping::AppliesTo;

constexpr std::array<std::string_view, 2> column_names{"column", "kolom"};
constexpr std::array<std::string_view, 2> value_names{"value", "waarde"};
constexpr std::array<std::string_view, 4> applies_names{"applies_to", "applies to", "geldt_voor", "geldt voor"};
constexpr std::array<std::string_view, 2> field_names{"field", "veld"};
constexpr std::array<std::string_view, 3> becomes_names{"becomes", "wordt", "means"};

/// The actor fields a mapping may set: not the id (it keys the network) nor the coordinates
/// (their CRS and checks belong to the reader).
bool mappable(binding::ActorField field) {
    using binding::ActorField;
    return field == ActorField::name || field == ActorField::kind || field == ActorField::pseudonym ||
           field == ActorField::area || field == ActorField::sector || field == ActorField::organisation ||
           field == ActorField::client;
}

bool mappable(binding::TieField field) { return field != binding::TieField::source && field != binding::TieField::target; }

std::string label_of(const Rule& rule) { return "field '" + rule.field + "'"; }

/// Sets `rule`'s field of `actor` to `text`; the problem, if the field does not take it.
std::optional<std::string> set_on(Actor& actor, const Rule& rule, std::string_view text) {
    binding::ActorDraft draft{.actor = std::move(actor)};
    auto problem = binding::set_field(draft, *binding::actor_field_named(rule.field), text, label_of(rule));
    actor = std::move(draft.actor);
    return problem;
}

std::optional<std::string> set_on(Tie& tie, const Rule& rule, std::string_view text) {
    std::string_view source, target;
    return binding::set_field(tie, source, target, *binding::tie_field_named(rule.field), text, label_of(rule));
}

std::optional<AppliesTo> applies_to_named(std::string_view text) {
    if (text.empty() || text::iequals(text, "actor") || text::iequals(text, "actoren")) return AppliesTo::actor;
    if (text::iequals(text, "tie") || text::iequals(text, "relatie") || text::iequals(text, "ties")) return AppliesTo::tie;
    return std::nullopt;
}

/// Whether the field exists for what the rule applies to, and `becomes` is a value it takes.
void check_rule(const Rule& rule, DiagnosticList& problems) {
    const auto fail = [&](std::string message) { problems.add(rule.file, rule.line, std::move(message)); };
    if (rule.column.empty()) return fail("has no column (expected the name of the other tool's column)");
    if (rule.applies_to == AppliesTo::actor) {
        const auto field = binding::actor_field_named(rule.field);
        if (!field || !mappable(*field))
            return fail("has field '" + rule.field + "', which a mapping cannot set on an actor (expected kind, name, sector, area, organisation, client or pseudonym)");
        Actor probe;
        if (!rule.becomes.empty())
            if (auto problem = set_on(probe, rule, rule.becomes)) fail(std::move(*problem));
    } else {
        const auto field = binding::tie_field_named(rule.field);
        if (!field || !mappable(*field))
            return fail("has field '" + rule.field + "', which a mapping cannot set on a tie (expected kind, strength, valence, direction, support, frequency, since, until or closeness)");
        Tie probe;
        if (!rule.becomes.empty())
            if (auto problem = set_on(probe, rule, rule.becomes)) fail(std::move(*problem));
    }
}

bool matches(const std::string* attribute, const Rule& rule) {
    return attribute && !attribute->empty() && (rule.value.empty() || text::iequals(text::trim(*attribute), rule.value));
}

/// \brief Applies one rule to a network, collecting what a value of the other tool's could not be.
class RuleApplier {
public:
    RuleApplier(Network& network, DiagnosticList& problems) : network_(network), problems_(problems) {}

    /// How many actors and ties the rule matched.
    std::size_t apply(const Rule& rule) {
        std::size_t matched = 0;
        for (std::size_t a = 0; a < network_.actor_count(); ++a) {
            const ActorIndex index{a};
            const std::string* attribute = find_attribute(network_.actor(index).attributes, rule.column);
            if (!matches(attribute, rule)) continue;
            ++matched;
            const std::string text = rule.becomes.empty() ? *attribute : rule.becomes;
            if (rule.applies_to == AppliesTo::actor) report(rule, "actor", network_.actor(index).id, set_on(network_.actor(index), rule, text));
            else set_on_ties_to_clients(index, rule, text);
        }
        if (rule.applies_to == AppliesTo::tie)
            for (std::size_t t = 0; t < network_.tie_count(); ++t) {
                const TieIndex index{t};
                const std::string* attribute = find_attribute(network_.tie_attributes(index), rule.column);
                if (!matches(attribute, rule)) continue;
                ++matched;
                set_on_tie(index, rule, rule.becomes.empty() ? *attribute : rule.becomes);
            }
        return matched;
    }

private:
    /// An alter's attribute tells of its tie to its ego (every client it is tied to).
    void set_on_ties_to_clients(ActorIndex actor, const Rule& rule, const std::string& text) {
        for (const TieIndex tie : network_.ties_of(actor))
            if (network_.actor(network_.tie(tie).other(actor)).is_client) set_on_tie(tie, rule, text);
    }

    void set_on_tie(TieIndex index, const Rule& rule, const std::string& text) {
        Tie tie = network_.tie(index);
        auto problem = set_on(tie, rule, text);
        if (!problem) network_.change_tie(index, tie, network_.tie_attributes(index));
        const Tie& ends = network_.tie(index);
        report(rule, "tie", network_.actor(ends.source).id + " - " + network_.actor(ends.target).id, std::move(problem));
    }

    void report(const Rule& rule, std::string_view what, const std::string& id, std::optional<std::string> problem) {
        if (problem) problems_.add(rule.file, rule.line, std::string(what) + " '" + id + "', by its " + rule.column + ": " + *problem);
    }

    Network& network_;
    DiagnosticList& problems_;
};

}  // namespace

VocabularyMapping read_vocabulary_mapping_text(std::string_view text, const std::string& file) {
    DiagnosticList problems;
    const CsvTable table = parse_csv(text, file, problems);
    const auto column = column_named_any(table, column_names), value = column_named_any(table, value_names),
               applies = column_named_any(table, applies_names), field = column_named_any(table, field_names),
               becomes = column_named_any(table, becomes_names);
    if (!column || !field)
        problems.add(file, table.header_line, "has no columns 'column' and 'field' (expected column,value,applies_to,field,becomes)");
    VocabularyMapping mapping;
    for (const auto& record : table.records) {
        if (!column || !field) break;
        Rule rule{.column = std::string(field_at(record, column)), .value = std::string(field_at(record, value)),
                  .field = std::string(field_at(record, field)), .becomes = std::string(field_at(record, becomes)),
                  .file = file, .line = record.line};
        const auto applies_to = applies_to_named(field_at(record, applies));
        if (!applies_to) {
            problems.add(file, record.line, "applies to '" + std::string(field_at(record, applies)) + "' (expected actor or tie)");
            continue;
        }
        rule.applies_to = *applies_to;
        check_rule(rule, problems);
        mapping.rules.push_back(std::move(rule));
    }
    problems.throw_if_any();
    return mapping;
}

VocabularyMapping read_vocabulary_mapping(const std::filesystem::path& path) {
    return read_vocabulary_mapping_text(whole_text(path, "a mapping file (CSV)"), path.string());
}

void apply_vocabulary_mapping(Network& network, const VocabularyMapping& mapping, DiagnosticList* warnings) {
    DiagnosticList problems;
    RuleApplier applier(network, problems);
    for (const Rule& rule : mapping.rules)
        if (applier.apply(rule) == 0 && warnings)
            warnings->add(rule.file, rule.line, "matches nothing: no " + std::string(rule.applies_to == AppliesTo::actor ? "actor" : "actor or tie") +
                                                    " has " + rule.column + (rule.value.empty() ? "" : " '" + rule.value + "'"));
    problems.throw_if_any();
}

}  // namespace wijknet
