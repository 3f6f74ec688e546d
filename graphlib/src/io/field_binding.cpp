// SPDX-License-Identifier: MIT
#include "field_binding.hpp"

#include <algorithm>

#include <charconv>

#include "wijknet/text/ascii.hpp"

namespace wijknet::binding {
namespace {

template <class Field>
std::optional<Field> find_field(const std::vector<FieldName<Field>>& fields, std::string_view name) {
    name = text::trim(name);
    // A header written with its diaeresis (Cliënt) is the same column.
    std::string plain(name);
    for (std::size_t at; (at = plain.find("\xC3\xAB")) != std::string::npos;) plain.replace(at, 2, "e");
    for (std::size_t at; (at = plain.find("\xC3\x8B")) != std::string::npos;) plain.replace(at, 2, "E");
    for (const auto& entry : fields)
        if (text::iequals(plain, entry.english) || text::iequals(plain, entry.dutch)) return entry.field;
    return std::nullopt;
}

std::string unknown_value(std::string_view label, std::string_view value, std::string_view expected) {
    return std::string(label) + " has unknown value '" + std::string(value) + "' (expected " +
           std::string(expected) + ")";
}

/// An unknown term, with the one it most likely is ("buren": did you mean 'buur'?).
template <class Enum>
std::string unknown_term(std::string_view label, std::string_view value) {
    const auto meant = closest_term<Enum>(value);
    return std::string(label) + " has unknown value '" + std::string(value) + "' (" +
           (meant ? "did you mean '" + std::string(*meant) + "'? " : std::string()) + "expected " + expected_terms<Enum>() + ")";
}

template <class Enum>
std::optional<std::string> set_term(std::optional<Enum>& slot, std::string_view value, std::string_view label) {
    const auto parsed = parse_term<Enum>(value);
    if (!parsed) return unknown_term<Enum>(label, value);
    slot = *parsed;
    return std::nullopt;
}

std::optional<std::string> set_number(std::optional<double>& slot, std::string_view value, std::string_view label) {
    const auto parsed = text::parse_decimal(value);
    if (!parsed) return std::string(label) + " has '" + std::string(value) + "', which is not a number (expected e.g. 151203.5 or 151203,5)";
    slot = *parsed;
    return std::nullopt;
}

std::string not_a_date(std::string_view label, std::string_view value) {
    if (Date::has_two_digit_year(text::trim(value)))
        return std::string(label) + " has '" + std::string(value) +
               "', whose year has two digits (expected the whole year, e.g. 1-3-2024: '24' could be 1924 or 2024)";
    return std::string(label) + " has '" + std::string(value) +
           "', which is not a date (expected YYYY-MM-DD or DD-MM-YYYY, e.g. 2025-03-01)";
}

std::optional<int> parse_epsg(std::string_view text) {
    text = text::trim(text);
    for (std::string_view prefix : {"EPSG:", "epsg:", "urn:ogc:def:crs:EPSG::"})
        if (text.starts_with(prefix)) text.remove_prefix(prefix.size());
    int code = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), code);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return code;
}

template <class Enum>
std::string optional_name(const std::optional<Enum>& value) {
    return value ? std::string(name_of(*value)) : std::string{};
}

template <class Enum>
std::string optional_dutch_name(const std::optional<Enum>& value) {
    return value ? std::string(dutch_name_of(*value)) : std::string{};
}

/// `1234.5` as Dutch Excel writes it: `1234,5`.
std::string with_decimal_comma(std::string number) {
    std::replace(number.begin(), number.end(), '.', ',');
    return number;
}

}  // namespace

const std::vector<FieldName<ActorField>>& actor_fields() {
    static const std::vector<FieldName<ActorField>> fields{
        {ActorField::id, "id", "id", true},
        {ActorField::name, "name", "naam", true},
        {ActorField::kind, "kind", "soort", true},
        {ActorField::pseudonym, "pseudonym", "pseudoniem", false},
        {ActorField::x, "x", "x", false},
        {ActorField::y, "y", "y", false},
        {ActorField::crs, "crs", "crs", false},
        {ActorField::lon, "lon", "lon", false},
        {ActorField::lat, "lat", "lat", false},
        {ActorField::area, "area", "buurt", false},
        {ActorField::sector, "sector", "sector", false},
        {ActorField::organisation, "organisation", "organisatie", false},
        {ActorField::client, "client", "client", false},
    };
    return fields;
}

const std::vector<FieldName<TieField>>& tie_fields() {
    static const std::vector<FieldName<TieField>> fields{
        {TieField::source, "source", "van", true},
        {TieField::target, "target", "naar", true},
        {TieField::kind, "kind", "soort", true},
        {TieField::strength, "strength", "sterkte", false},
        {TieField::valence, "valence", "lading", false},
        {TieField::direction, "direction", "richting", false},
        {TieField::support, "support", "steun", false},
        {TieField::frequency, "frequency", "frequentie", false},
        {TieField::since, "since", "sinds", false},
        {TieField::until, "until", "tot", false},
        {TieField::closeness, "closeness", "nabijheid", false},
    };
    return fields;
}

std::optional<ActorField> actor_field_named(std::string_view name) { return find_field(actor_fields(), name); }
std::optional<TieField> tie_field_named(std::string_view name) { return find_field(tie_fields(), name); }

std::string foreign_attribute_name(std::string_view variable, std::string_view prefix) {
    if (actor_field_named(variable) || tie_field_named(variable)) return std::string(prefix) + std::string(variable);
    return std::string(variable);
}
std::string_view name_of(ActorField field) { return actor_fields()[static_cast<std::size_t>(field)].english; }
std::string_view name_of(TieField field) { return tie_fields()[static_cast<std::size_t>(field)].english; }

std::optional<std::string> set_field(ActorDraft& draft, ActorField field, std::string_view value,
                                     std::string_view label) {
    value = text::trim(value);
    if (value.empty()) return std::nullopt;
    Actor& actor = draft.actor;
    switch (field) {
        case ActorField::id: actor.id = value; return std::nullopt;
        case ActorField::name: actor.name = value; return std::nullopt;
        case ActorField::pseudonym: actor.pseudonym = value; return std::nullopt;
        case ActorField::area: actor.location.area_code = value; return std::nullopt;
        case ActorField::sector: actor.sector = value; return std::nullopt;
        case ActorField::organisation: actor.organisation = value; return std::nullopt;
        case ActorField::kind: {
            std::optional<ActorKind> kind;
            auto problem = set_term(kind, value, label);
            if (kind) actor.kind = *kind;
            return problem;
        }
        case ActorField::client: {
            const std::string v = text::lower(value);
            if (v == "yes" || v == "ja" || v == "j" || v == "y" || v == "true" || v == "1") actor.is_client = true;
            else if (v == "no" || v == "nee" || v == "n" || v == "false" || v == "0") actor.is_client = false;
            else return unknown_value(label, value, "yes/ja or no/nee");
            return std::nullopt;
        }
        case ActorField::x:
        case ActorField::y:
        case ActorField::lon:
        case ActorField::lat: {
            auto& slot = field == ActorField::x ? draft.x : field == ActorField::y ? draft.y
                       : field == ActorField::lon ? draft.lon : draft.lat;
            auto problem = set_number(slot, value, label);
            if (problem) draft.coordinates_unreadable = true;
            return problem;
        }
        case ActorField::crs: {
            draft.epsg = parse_epsg(value);
            if (!draft.epsg) {
                draft.coordinates_unreadable = true;
                return unknown_value(label, value, "an EPSG code such as EPSG:28992");
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::string tie_value_problem(TieField field, std::string_view value, std::string_view label) {
    value = text::trim(value);
    switch (field) {
        case TieField::source:
        case TieField::target: break;  // any text is an id
        case TieField::kind: return unknown_term<TieKind>(label, value);
        case TieField::strength: return unknown_term<Strength>(label, value);
        case TieField::valence: return unknown_term<Valence>(label, value);
        case TieField::direction: return unknown_term<SupportDirection>(label, value);
        case TieField::frequency: return unknown_term<Frequency>(label, value);
        case TieField::closeness: return unknown_term<Closeness>(label, value);
        case TieField::since:
        case TieField::until: return not_a_date(label, value);
        case TieField::support: return unknown_value(label, value, "letters P, G, A, E, e.g. PGE");
    }
    return std::string(label) + " has '" + std::string(value) + "'";
}

namespace {

template <class Id>
std::optional<std::string> set_tie_field(Tie& tie, Id& source_id, Id& target_id, TieField field,
                                         std::string_view value, std::string_view label) {
    if (read_tie_field(tie, source_id, target_id, field, value)) return std::nullopt;
    return tie_value_problem(field, value, label);
}

}  // namespace

std::optional<std::string> set_field(TieDraft& draft, TieField field, std::string_view value,
                                     std::string_view label) {
    return set_tie_field(draft.tie, draft.source_id, draft.target_id, field, value, label);
}

std::optional<std::string> set_field(Tie& tie, std::string_view& source_id, std::string_view& target_id,
                                     TieField field, std::string_view value, std::string_view label) {
    return set_tie_field(tie, source_id, target_id, field, value, label);
}

std::vector<std::string> finish(ActorDraft& draft) {
    std::vector<std::string> problems;
    if (draft.coordinates_unreadable) return problems;
    const bool has_xy = draft.x || draft.y;
    if (draft.x.has_value() != draft.y.has_value())
        problems.push_back(std::string("has ") + (draft.x ? "x without y" : "y without x") +
                           " (expected both coordinates or neither)");
    if (draft.lon.has_value() != draft.lat.has_value())
        problems.push_back(std::string("has ") + (draft.lon ? "lon without lat" : "lat without lon") +
                           " (expected both coordinates or neither)");
    if (draft.epsg && !has_xy)
        problems.push_back("has a crs but no x and y (expected x and y in that crs)");

    std::optional<Coordinates> point;
    if (draft.x && draft.y) point = Coordinates{*draft.x, *draft.y, draft.epsg.value_or(epsg::rd_new)};
    else if (!has_xy && draft.lon && draft.lat) point = Coordinates{*draft.lon, *draft.lat, epsg::wgs84};

    if (point) {
        const auto inside = within_crs_bounds(*point);
        if (!inside) {
            problems.push_back("has crs EPSG:" + std::to_string(point->epsg) +
                               ", which wijknet cannot check (expected EPSG:28992, EPSG:4326 or EPSG:3857)");
        } else if (!*inside) {
            problems.push_back("has coordinates " + text::format_decimal(point->x) + ", " +
                               text::format_decimal(point->y) + " outside EPSG:" + std::to_string(point->epsg) +
                               " (expected " + crs_bounds_description(point->epsg) + ")");
        }
        draft.actor.location.point = point;
    }
    return problems;
}

std::vector<std::string> finish(const Tie& tie) {
    std::vector<std::string> problems;
    if (tie.since && tie.until && *tie.until < *tie.since)
        problems.push_back("ends (until " + tie.until->to_string() + ") before it starts (since " +
                           tie.since->to_string() + ")");
    return problems;
}

std::string text_of(const Actor& actor, ActorField field) {
    const auto& point = actor.location.point;
    const bool lonlat = point && point->epsg == epsg::wgs84;
    switch (field) {
        case ActorField::id: return actor.id;
        case ActorField::name: return actor.name;
        case ActorField::kind: return std::string(wijknet::name_of(actor.kind));
        case ActorField::pseudonym: return actor.pseudonym;
        case ActorField::x: return point && !lonlat ? text::format_decimal(point->x) : "";
        case ActorField::y: return point && !lonlat ? text::format_decimal(point->y) : "";
        case ActorField::crs: return point && !lonlat ? "EPSG:" + std::to_string(point->epsg) : "";
        case ActorField::lon: return lonlat ? text::format_decimal(point->x) : "";
        case ActorField::lat: return lonlat ? text::format_decimal(point->y) : "";
        case ActorField::area: return actor.location.area_code;
        case ActorField::sector: return actor.sector;
        case ActorField::organisation: return actor.organisation;
        case ActorField::client: return actor.is_client ? "yes" : "";
    }
    return {};
}

std::string text_of(const Tie& tie, TieField field, const Network& network) {
    switch (field) {
        case TieField::source: return network.actor(tie.source).id;
        case TieField::target: return network.actor(tie.target).id;
        case TieField::kind: return std::string(wijknet::name_of(tie.kind));
        case TieField::strength: return optional_name(tie.strength);
        case TieField::valence: return optional_name(tie.valence);
        case TieField::direction: return optional_name(tie.direction);
        case TieField::support: return tie.support.letters();
        case TieField::frequency: return optional_name(tie.frequency);
        case TieField::since: return tie.since ? tie.since->to_string() : "";
        case TieField::until: return tie.until ? tie.until->to_string() : "";
        case TieField::closeness: return optional_name(tie.closeness);
    }
    return {};
}

std::string dutch_text_of(const Actor& actor, ActorField field) {
    switch (field) {
        case ActorField::kind: return std::string(dutch_name_of(actor.kind));
        case ActorField::x:
        case ActorField::y:
        case ActorField::lon:
        case ActorField::lat: return with_decimal_comma(text_of(actor, field));
        // Explicit: in a Dutch sheet an empty cell reads as "not filled in", not as "no".
        case ActorField::client: return actor.is_client ? "ja" : "nee";
        default: return text_of(actor, field);
    }
}

std::string dutch_text_of(const Tie& tie, TieField field, const Network& network) {
    switch (field) {
        case TieField::kind: return std::string(dutch_name_of(tie.kind));
        case TieField::strength: return optional_dutch_name(tie.strength);
        case TieField::valence: return optional_dutch_name(tie.valence);
        case TieField::direction: return optional_dutch_name(tie.direction);
        case TieField::frequency: return optional_dutch_name(tie.frequency);
        case TieField::closeness: return optional_dutch_name(tie.closeness);
        default: return text_of(tie, field, network);
    }
}

}  // namespace wijknet::binding
