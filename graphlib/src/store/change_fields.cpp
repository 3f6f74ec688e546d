// SPDX-License-Identifier: MIT
#include "change_fields.hpp"

#include <algorithm>

#include "../io/field_binding.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::store {
namespace {

/// The English name a field goes by, or the name itself for a free attribute.
std::string canonical_name(std::string_view name, FieldsOf kind) {
    if (kind == FieldsOf::actor) {
        if (const auto field = binding::actor_field_named(name)) return std::string(binding::name_of(*field));
    } else if (const auto field = binding::tie_field_named(name)) {
        return std::string(binding::name_of(*field));
    }
    return std::string(name);
}

/// The field the location's problems belong to: the first coordinate given.
std::string location_field(const Fields& fields) {
    for (const auto& field : fields)
        for (std::string_view name : {"x", "y", "lon", "lat", "crs"})
            if (canonical_name(field.name, FieldsOf::actor) == name && !field.value.empty()) return std::string(name);
    return "x";
}

/// A problem of the field when its name or value holds a control character, which no text holds
/// and GraphML cannot write.
void check_no_control_character(std::string_view name, std::string_view value, std::vector<FieldProblem>& problems) {
    if (text::find_control_character(name) != std::string_view::npos ||
        text::find_control_character(value) != std::string_view::npos)
        problems.push_back({std::string(name), "holds a control character (expected text)"});
}

}  // namespace

Actor actor_from_fields(const Fields& fields, std::vector<FieldProblem>& problems) {
    binding::ActorDraft draft;
    for (const auto& [name, value] : fields) {
        check_no_control_character(name, value, problems);
        if (const auto field = binding::actor_field_named(name)) {
            const std::string english(binding::name_of(*field));
            if (auto problem = binding::set_field(draft, *field, value, english))
                problems.push_back({english, std::move(*problem)});
        } else if (!value.empty()) {
            set_attribute(draft.actor.attributes, name, value);
        }
    }
    for (auto& problem : binding::finish(draft)) problems.push_back({location_field(fields), std::move(problem)});
    return std::move(draft.actor);
}

TieFromFields tie_from_fields(const Fields& fields, std::vector<FieldProblem>& problems) {
    TieFromFields result;
    binding::TieDraft draft;
    for (const auto& [name, value] : fields) {
        check_no_control_character(name, value, problems);
        if (const auto field = binding::tie_field_named(name)) {
            const std::string english(binding::name_of(*field));
            if (auto problem = binding::set_field(draft, *field, value, english))
                problems.push_back({english, std::move(*problem)});
        } else if (!value.empty()) {
            set_attribute(draft.attributes, name, value);
        }
    }
    for (auto& problem : binding::finish(draft.tie)) problems.push_back({"until", std::move(problem)});
    result.tie = draft.tie;
    result.attributes = std::move(draft.attributes);
    result.source_id = std::move(draft.source_id);
    result.target_id = std::move(draft.target_id);
    return result;
}

Fields overlaid(const Fields& base, const Fields& changes, FieldsOf kind) {
    Fields result;
    for (const auto& field : base) result.push_back({canonical_name(field.name, kind), field.value});
    for (const auto& change : changes) {
        const std::string name = canonical_name(change.name, kind);
        const auto same = [&](const Attribute& field) { return field.name == name; };
        if (const auto found = std::find_if(result.begin(), result.end(), same); found != result.end())
            found->value = change.value;
        else
            result.push_back({name, change.value});
    }
    return result;
}

std::string json_text(const Fields& fields) {
    std::string text = "{";
    for (const auto& field : fields)
        text += (text.size() > 1 ? "," : "") + text::json_quoted(field.name) + ":" + text::json_quoted(field.value);
    return text + "}";
}

Fields actor_fields(const Actor& actor) {
    Fields fields;
    for (const auto& entry : binding::actor_fields()) {
        std::string value = binding::text_of(actor, entry.field);
        const bool always = entry.field == binding::ActorField::id || entry.field == binding::ActorField::name ||
                            entry.field == binding::ActorField::kind;
        if (always || !value.empty()) fields.push_back({std::string(entry.english), std::move(value)});
    }
    fields.insert(fields.end(), actor.attributes.begin(), actor.attributes.end());
    return fields;
}

Fields tie_fields(const Tie& tie, const Attributes& attributes, const std::string& source_id, const std::string& target_id) {
    static const Network no_network;  // text_of needs one only for the ends, given here
    Fields fields;
    for (const auto& entry : binding::tie_fields()) {
        const bool always = entry.field == binding::TieField::source || entry.field == binding::TieField::target ||
                            entry.field == binding::TieField::kind;
        std::string value = entry.field == binding::TieField::source   ? source_id
                            : entry.field == binding::TieField::target ? target_id
                                                                       : binding::text_of(tie, entry.field, no_network);
        if (always || !value.empty()) fields.push_back({std::string(entry.english), std::move(value)});
    }
    fields.insert(fields.end(), attributes.begin(), attributes.end());
    return fields;
}

Fields fields_of(const Network& network, ActorIndex index) { return actor_fields(network.actor(index)); }

Fields fields_of(const Network& network, TieIndex index) {
    const Tie& tie = network.tie(index);
    return tie_fields(tie, network.tie_attributes(index), network.actor(tie.source).id, network.actor(tie.target).id);
}

}  // namespace wijknet::store
