// SPDX-License-Identifier: MIT
#include "stored_fields.hpp"

#include "../io/field_binding.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::store {
namespace {

std::vector<std::string_view> names_of(const auto& fields, auto skip) {
    std::vector<std::string_view> names;
    for (const auto& entry : fields)
        if (!skip(entry.field)) names.push_back(entry.english);
    return names;
}

bool is_end(binding::TieField field) {
    return field == binding::TieField::source || field == binding::TieField::target;
}

}  // namespace

const std::vector<std::string_view>& actor_column_names() {
    static const auto names = names_of(binding::actor_fields(), [](auto) { return false; });
    return names;
}

const std::vector<std::string_view>& version_column_names() {
    static const auto names = names_of(binding::tie_fields(), is_end);
    return names;
}

std::vector<std::string> actor_columns(const Actor& actor) {
    std::vector<std::string> columns;
    for (const auto& entry : binding::actor_fields()) columns.push_back(binding::text_of(actor, entry.field));
    return columns;
}

bool readable(std::string_view value, std::string_view column, std::vector<std::string>& problems) {
    if (text::is_utf8(value) && text::find_control_character(value) == std::string_view::npos) return true;
    // Another tool may have written any bytes into the file; wijknet writes UTF-8 text only.
    problems.push_back("column '" + std::string(column) + "' is not UTF-8 text (expected text as wijknet writes it)");
    return false;
}

Actor actor_from_columns(const std::vector<std::string_view>& columns, std::vector<std::string>& problems) {
    binding::ActorDraft draft;
    const auto& fields = binding::actor_fields();
    for (std::size_t i = 0; i < fields.size() && i < columns.size(); ++i)
        if (!readable(columns[i], fields[i].english, problems)) continue;
        else if (auto problem = binding::set_field(draft, fields[i].field, columns[i], "column '" + std::string(fields[i].english) + "'"))
            problems.push_back(std::move(*problem));
    for (auto& problem : binding::finish(draft)) problems.push_back(std::move(problem));
    return std::move(draft.actor);
}

std::vector<std::string> version_columns(const Tie& tie) {
    // The ends are the tie's, not the version's; text_of needs a network only for them.
    static const Network no_network;
    std::vector<std::string> columns;
    for (const auto& entry : binding::tie_fields())
        if (!is_end(entry.field)) columns.push_back(binding::text_of(tie, entry.field, no_network));
    return columns;
}

Tie version_from_columns(const std::vector<std::string_view>& columns, std::vector<std::string>& problems) {
    Tie tie;
    std::string_view unused_source, unused_target;
    std::size_t column = 0;
    for (const auto& entry : binding::tie_fields()) {
        if (is_end(entry.field)) continue;
        if (column >= columns.size()) break;
        const std::string_view value = columns[column++];
        if (!readable(value, entry.english, problems)) continue;
        if (!binding::read_tie_field(tie, unused_source, unused_target, entry.field, value))
            problems.push_back(binding::tie_value_problem(entry.field, value, "column '" + std::string(entry.english) + "'"));
    }
    for (auto& problem : binding::finish(tie)) problems.push_back(std::move(problem));
    return tie;
}

}  // namespace wijknet::store
