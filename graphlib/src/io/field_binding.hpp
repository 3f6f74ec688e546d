// SPDX-License-Identifier: MIT
#pragma once

// How the names and values of the file vocabulary (docs/formats.md) fill the model. Shared by the
// CSV and GraphML readers so that a column and a GraphML key with the same name mean the same.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/model/actor.hpp"
#include "wijknet/model/network.hpp"
#include "wijknet/model/vocabulary.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::binding {

enum class ActorField { id, name, kind, pseudonym, x, y, crs, lon, lat, area, sector, organisation, client };
enum class TieField { source, target, kind, strength, valence, direction, support, frequency, since, until, closeness };

template <class Field>
struct FieldName {
    Field field;
    std::string_view english;
    std::string_view dutch;
    bool required_in_csv;
};

/// The known fields in the order wijknet writes them.
const std::vector<FieldName<ActorField>>& actor_fields();
const std::vector<FieldName<TieField>>& tie_fields();

/// The field a column header or GraphML attribute name stands for (English or Dutch, any case).
std::optional<ActorField> actor_field_named(std::string_view name);
std::optional<TieField> tie_field_named(std::string_view name);
std::string_view name_of(ActorField field);
/// The attribute a foreign tool's variable is kept as: its own name, unless that is one of the
/// CSV pair's columns (which would then appear twice); then with `prefix` in front.
std::string foreign_attribute_name(std::string_view variable, std::string_view prefix);
std::string_view name_of(TieField field);

/// An actor as read, before its location is checked as a whole.
struct ActorDraft {
    Actor actor;
    std::optional<double> x, y, lon, lat;
    std::optional<int> epsg;
    /// A coordinate could not be read; already reported, so the location is not checked further.
    bool coordinates_unreadable = false;
};

/// A tie as read, before its actor ids are resolved.
struct TieDraft {
    Tie tie;
    std::string source_id;
    std::string target_id;
    Attributes attributes;  // kept apart from the tie, as the Network keeps them
};

/// Sets one field from its text. `label` names the field as the user wrote it ("column 'soort'")
/// and starts the returned problem, if the value is not acceptable. Empty text leaves it unset.
std::optional<std::string> set_field(ActorDraft& draft, ActorField field, std::string_view value,
                                     std::string_view label);
std::optional<std::string> set_field(TieDraft& draft, TieField field, std::string_view value,
                                     std::string_view label);
/// As set_field for a TieDraft, straight into `tie`, the ids as views of `value`: for readers
/// that keep the text they read until the tie's actors are found.
std::optional<std::string> set_field(Tie& tie, std::string_view& source_id, std::string_view& target_id,
                                     TieField field, std::string_view value, std::string_view label);

/// Sets one field of a tie from its text as set_field does, and says whether the value was
/// acceptable; one that is not leaves the tie as it was, and tie_value_problem() says why.
/// Inline, apart from set_field's messages: it runs on every field of millions of ties.
template <class Id>
bool read_tie_field(Tie& tie, Id& source_id, Id& target_id, TieField field, std::string_view value) {
    value = text::trim(value);
    if (value.empty()) return true;
    const auto read = [](auto& slot, auto parsed) {
        if (parsed) slot = *parsed;
        return parsed.has_value();
    };
    switch (field) {
        case TieField::source: source_id = value; return true;
        case TieField::target: target_id = value; return true;
        case TieField::kind: return read(tie.kind, parse_term<TieKind>(value));
        case TieField::strength: return read(tie.strength, parse_term<Strength>(value));
        case TieField::valence: return read(tie.valence, parse_term<Valence>(value));
        case TieField::direction: return read(tie.direction, parse_term<SupportDirection>(value));
        case TieField::frequency: return read(tie.frequency, parse_term<Frequency>(value));
        case TieField::closeness: return read(tie.closeness, parse_term<Closeness>(value));
        case TieField::since: return read(tie.since, Date::parse(value));
        case TieField::until: return read(tie.until, Date::parse(value));
        case TieField::support: return read(tie.support, SupportTypes::parse(value));
    }
    return true;
}

/// What is wrong with `value` for `field`, which read_tie_field refused; `label` names the field
/// as the user wrote it ("column 'soort'") and starts the problem.
std::string tie_value_problem(TieField field, std::string_view value, std::string_view label);

/// Checks the fields together (x without y, coordinates outside their CRS, until before since)
/// and fills the location. Returns the problems found.
std::vector<std::string> finish(ActorDraft& draft);
std::vector<std::string> finish(const Tie& tie);

/// Field values as wijknet writes them; empty when the field is unset. Shared by the writers.
std::string text_of(const Actor& actor, ActorField field);
std::string text_of(const Tie& tie, TieField field, const Network& network);
/// The same as Dutch Excel shows it: Dutch terms, a decimal comma, `ja`/`nee` for a client.
std::string dutch_text_of(const Actor& actor, ActorField field);
std::string dutch_text_of(const Tie& tie, TieField field, const Network& network);

}  // namespace wijknet::binding
