// SPDX-License-Identifier: MIT
// easyNWK's saved file, as easynwk-web's src/data defines it (NWKRecord, NWKVersion, NWK, Ego,
// Alter, Connection): `{"versions": [{"id", "title", "date", "nwk": {"ego", "alteri",
// "connections"}}], "currentVersion"}`, or one bare NWK as older versions saved. nlohmann::json
// is used only here in graphlib.
#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <vector>

#include "field_binding.hpp"
#include "input_path.hpp"
#include "mapped_text.hpp"
#include "network_assembler.hpp"
#include "plain_text.hpp"
#include "wijknet/io/easynwk.hpp"
#include "wijknet/model/life_domain.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

using Json = nlohmann::json;

/// Deeper nesting is refused: easyNWK writes four levels, and each level costs stack.
constexpr int max_depth = 32;
const std::string ego_id = "ego";

/// What each quarter of easyNWK's map means, by its sector index (sectorIndex() in
/// AlterCategories.ts): family, friends and acquaintances, colleagues, professional help.
struct SectorMeaning {
    TieKind kind;
    LifeDomain domain;
};
constexpr std::array<SectorMeaning, 4> sectors{{{TieKind::family, LifeDomain::household_family},
                                                {TieKind::friendship, LifeDomain::friends},
                                                {TieKind::colleague, LifeDomain::work_school},
                                                {TieKind::care, LifeDomain::formal_care}}};

/// The sector of an alter by its angle from the x axis; none for one on the ego itself.
std::optional<std::size_t> sector_of(double angle, double distance) {
    if (!(distance > 0)) return std::nullopt;
    if (angle < -90) return 2;
    if (angle < 0) return 3;
    if (angle < 90) return 0;
    return 1;
}

/// The ring by distance, 100 being the outer horizon (horizonKey() in Horizon.ts).
Closeness closeness_of(double distance) {
    if (distance < 33.33) return Closeness::close;
    if (distance < 66.67) return Closeness::middle;
    return Closeness::far;
}

/// easyNWK's five support qualities; linking has no letter of ours and stays an attribute.
struct SupportQuality {
    std::string_view key;
    std::optional<SupportType> type;
};
constexpr std::array<SupportQuality, 5> support_qualities{{{"supportEmotional", SupportType::emotional},
                                                           {"supportInstrumental", SupportType::practical},
                                                           {"supportInformational", SupportType::advice},
                                                           {"supportSocial", SupportType::company},
                                                           {"supportLinking", std::nullopt}}};

/// Members that say how easyNWK's form was last used, not anything about the person.
constexpr std::array<std::string_view, 3> form_state{"roleDefault", "genderDefault", "edgeTypeByUser"};
/// Members that become the line to the ego when there is one.
constexpr std::array<std::string_view, 7> line_members{"edgeType",          "conflict",           "supportEmotional", "supportInstrumental",
                                                       "supportInformational", "supportSocial", "supportLinking"};

template <std::size_t N>
bool is_one_of(std::string_view key, const std::array<std::string_view, N>& keys) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

/// A member as wijknet keeps it: strings trimmed as CSV fields are, numbers as JSON writes them,
/// true/false as yes/no, lists and objects as JSON; nothing for null or a blank string.
std::optional<std::string> text_of(const Json& value) {
    if (value.is_null()) return std::nullopt;
    if (value.is_string()) {
        const auto text = text::trim(value.get_ref<const std::string&>());
        return text.empty() ? std::nullopt : std::optional<std::string>(text);
    }
    if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
    return value.dump();
}

/// The attribute a member is kept as: its name, trimmed as a CSV header is, unless that is one of
/// the CSV pair's columns (`Name`, `kind`), which then gets `easynwk_` in front.
std::string attribute_name(std::string_view key) { return binding::foreign_attribute_name(key, "easynwk_"); }

/// Whether a member holds what a new alter holds in easyNWK (initAlter()), which says nothing.
bool is_default(std::string_view key, const Json& value) {
    if (value.is_boolean()) return value.get<bool>() == (key == "human");
    return !text_of(value);
}

/// One alter as one version shows it.
struct AlterState {
    binding::ActorDraft actor;
    std::optional<binding::TieDraft> line;  // the line to the ego
};

/// One version of the map, read.
struct VersionRead {
    std::string label;  // "version 2 (2024-05-01)", for messages
    std::optional<Date> date;
    binding::ActorDraft ego;
    std::map<long long, AlterState> alters;
    std::vector<long long> alter_order;  // as the file lists them
    std::set<std::pair<long long, long long>> connections;
};

bool same_tie(const binding::TieDraft& a, const binding::TieDraft& b) {
    return a.tie == b.tie && a.attributes == b.attributes && a.source_id == b.source_id && a.target_id == b.target_id;
}

class EasyNwkReader {
public:
    EasyNwkReader(const std::string& file, DiagnosticList& problems, DiagnosticList* warnings, NetworkAssembler& assembler)
        : file_(file), problems_(problems), warnings_(warnings), assembler_(assembler) {}

    bool read(std::string_view text) {
        const auto root = parse(text);
        if (!root) return false;
        if (!holds_only_text(*root, "")) return true;
        if (!read_versions(*root)) return false;
        if (!problems_.empty()) return true;
        keep_one_version_per_date();
        add_actors();
        add_lines_to_ego();
        add_connections();
        return true;
    }

private:
    std::optional<Json> parse(std::string_view text) {
        bool too_deep = false;
        const Json::parser_callback_t depth_check = [&](int depth, Json::parse_event_t, Json&) {
            if (depth > max_depth) too_deep = true;
            return !too_deep;
        };
        try {
            Json root = Json::parse(text.begin(), text.end(), depth_check);
            if (too_deep) {
                problems_.add(file_, 0, "nests lists deeper than " + std::to_string(max_depth) + " levels (expected the file easyNWK saves)");
                return std::nullopt;
            }
            return root;
        } catch (const Json::parse_error& error) {
            const auto at = std::min<std::size_t>(error.byte == 0 ? 0 : error.byte - 1, text.size());
            const auto line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
            std::string what = error.what();
            if (const auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
            problems_.add(file_, line, "is not valid JSON: " + what + " (expected the file easyNWK saves)");
            return std::nullopt;
        } catch (const Json::out_of_range& error) {  // a number too large for a double
            const auto number = quoted_in(error.what());
            problems_.add(file_, line_of(text, number), "holds the number " + number + ", too large to read (expected numbers as easyNWK saves them)");
            return std::nullopt;
        }
    }

    /// The text between the first pair of single quotes of a message of nlohmann::json.
    static std::string quoted_in(std::string_view message) {
        const auto open = message.find('\'');
        const auto close = open == std::string_view::npos ? open : message.find('\'', open + 1);
        return close == std::string_view::npos ? std::string() : std::string(message.substr(open + 1, close - open - 1));
    }

    /// The line on which `part` first stands, 0 when it is not found.
    static std::size_t line_of(std::string_view text, std::string_view part) {
        const auto at = part.empty() ? std::string_view::npos : text.find(part);
        if (at == std::string_view::npos) return 0;
        return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    }

    /// JSON's escapes (`\u0000`, `\f`) can put what no text may hold into a string, which the
    /// CSV pair and GraphML then could not write. `where` is the member's path: `versions[0].nwk`.
    bool holds_only_text(const Json& value, const std::string& where) {
        const auto refuse = [&](const std::string& text, const std::string& what) {
            const std::size_t at = text::find_control_character(text);
            if (at == std::string::npos) return false;
            problems_.add(file_, 0, what + " holds what no text may hold: " + text::control_character_named(text, at) + " (expected text)");
            return true;
        };
        if (value.is_string()) return !refuse(value.get_ref<const std::string&>(), where);
        if (value.is_array())
            for (std::size_t i = 0; i < value.size(); ++i)
                if (!holds_only_text(value[i], where + "[" + std::to_string(i) + "]")) return false;
        if (value.is_object())
            for (const auto& [key, member] : value.items()) {
                const std::string path = where.empty() ? key : where + "." + key;
                if (refuse(key, "the name of member " + path) || !holds_only_text(member, path)) return false;
            }
        return true;
    }

    bool read_versions(const Json& root) {
        if (root.is_object() && root.contains("versions") && root["versions"].is_array()) {
            const auto& versions = root["versions"];
            if (versions.empty()) problems_.add(file_, 0, "has no versions (expected at least one network map in \"versions\")");
            for (std::size_t v = 0; v < versions.size(); ++v) read_version(versions[v], v);
            return true;
        }
        if (root.is_object() && root.contains("ego") && root.contains("alteri")) {
            versions_.push_back(VersionRead{"the map", std::nullopt, {}, {}, {}, {}});
            read_map(root, versions_.back());
            return true;
        }
        problems_.add(file_, 1,
                      "is not a file easyNWK saved (expected a JSON object with \"versions\", or with \"ego\", \"alteri\" and \"connections\")");
        return false;
    }

    void read_version(const Json& version, std::size_t index) {
        VersionRead read;
        read.label = "version " + std::to_string(index + 1);
        if (!version.is_object() || !version.contains("nwk") || !version["nwk"].is_object())
            return problem(read.label, "is not a version of the map (expected an object with \"date\" and \"nwk\")");
        const auto date_text = version.contains("date") ? text_of(version["date"]) : std::nullopt;
        read.date = date_text ? Date::parse(*date_text) : std::nullopt;
        read.label += " (" + (date_text ? *date_text : std::string("no date")) + ")";
        if (!read.date) problem(read.label, "has no date easyNWK writes (expected \"date\": \"YYYY-MM-DD\")");
        read_map(version["nwk"], read);
        versions_.push_back(std::move(read));
    }

    void read_map(const Json& map, VersionRead& version) {
        if (map.contains("ego") && map["ego"].is_object()) read_ego(map["ego"], version.ego);
        else problem(version.label, "has no ego (expected \"ego\": {\"name\": ...})");
        if (!map.contains("alteri") || !map["alteri"].is_array()) return problem(version.label, "has no alters (expected \"alteri\": [...])");
        for (const auto& alter : map["alteri"]) read_alter(alter, version);
        if (!map.contains("connections")) return;
        if (!map["connections"].is_array()) return problem(version.label, "has connections that are not a list (expected \"connections\": [{\"id1\": 1, \"id2\": 2}])");
        std::size_t number = 0;
        for (const auto& connection : map["connections"]) read_connection(connection, ++number, version);
    }

    void read_ego(const Json& ego, binding::ActorDraft& draft) {
        draft.actor.id = ego_id;
        draft.actor.kind = ActorKind::resident;
        draft.actor.is_client = true;
        const auto name = ego.contains("name") ? text_of(ego["name"]) : std::nullopt;
        draft.actor.name = name ? *name : std::string("ego");
        for (const auto& [member, value] : ego.items()) {
            const auto key = text::trim(member);
            if (key != "name" && !key.empty() && !is_default(key, value)) set_attribute(draft.actor.attributes, attribute_name(key), *text_of(value));
        }
    }

    void read_alter(const Json& alter, VersionRead& version) {
        const auto id = alter.is_object() && alter.contains("id") && alter["id"].is_number_integer() ? std::optional(alter["id"].get<long long>()) : std::nullopt;
        if (!id) return problem(version.label, "has an alter without a whole-number id (expected \"id\": 1)");
        const std::string where = version.label + ", alter " + std::to_string(*id);
        if (version.alters.contains(*id)) return problem(where, "is listed twice (expected each alter once per version)");
        const auto angle = number_of(alter, "angle", where), distance = number_of(alter, "distance", where);
        const auto sector = sector_of(angle.value_or(0), distance.value_or(0));
        const bool human = !alter.contains("human") || !alter["human"].is_boolean() || alter["human"].get<bool>();

        AlterState state;
        Actor& actor = state.actor.actor;
        actor.id = std::to_string(*id);
        const auto name = alter.contains("name") ? text_of(alter["name"]) : std::nullopt;
        actor.name = name ? *name : "alter " + actor.id;
        actor.kind = !human ? ActorKind::unspecified : sector == 3 ? ActorKind::professional : ActorKind::resident;
        if (sector) actor.sector = std::string(name_of(sectors[*sector].domain));
        state.line = line_to_ego(alter, actor.id, sector, distance, where);
        for (const auto& [member, value] : alter.items()) {
            const auto key = text::trim(member);
            if (key.empty() || key == "id" || key == "name" || is_one_of(key, form_state) || is_default(key, value)) continue;
            if (state.line && is_one_of(key, line_members)) continue;
            set_attribute(actor.attributes, attribute_name(key), *text_of(value));
        }
        version.alters.emplace(*id, std::move(state));
        version.alter_order.push_back(*id);
    }

    /// The line between ego and alter: none when easyNWK shows none (`edgeType` 0).
    std::optional<binding::TieDraft> line_to_ego(const Json& alter, const std::string& id, std::optional<std::size_t> sector,
                                                 std::optional<double> distance, const std::string& where) {
        const auto edge_type = number_of(alter, "edgeType", where).value_or(1);
        if (edge_type == 0) return std::nullopt;
        binding::TieDraft line;
        line.tie.kind = sector ? sectors[*sector].kind : TieKind::unspecified;
        // Care goes from the professional to the client; every other line from the ego outwards.
        const bool from_alter = line.tie.kind == TieKind::care;
        line.source_id = from_alter ? id : ego_id;
        line.target_id = from_alter ? ego_id : id;
        if (sector && distance) line.tie.closeness = closeness_of(*distance);
        if (alter.contains("conflict") && alter["conflict"].is_boolean() && alter["conflict"].get<bool>()) line.tie.valence = Valence::conflict;
        if (edge_type == 2) set_attribute(line.attributes, "multiplex", "yes");
        read_support(alter, line, from_alter, where);
        return line;
    }

    /// Support values: 0 none, 1 the ego supports the alter, 2 the alter supports the ego, 3 both
    /// (the choices of easyNWK's alter form).
    void read_support(const Json& alter, binding::TieDraft& line, bool from_alter, const std::string& where) {
        bool from_ego = false, to_ego = false;
        for (const auto& quality : support_qualities) {
            const auto value = number_of(alter, quality.key, where);
            if (!value || *value == 0) continue;
            if (*value != 1 && *value != 2 && *value != 3) {
                problem(where, "has " + std::string(quality.key) + " " + *text_of(alter[std::string(quality.key)]) +
                                   " (expected 0 none, 1 the ego supports, 2 supports the ego, 3 both)");
                continue;
            }
            from_ego = from_ego || *value != 2;
            to_ego = to_ego || *value != 1;
            if (quality.type) line.tie.support.add(*quality.type);
            else set_attribute(line.attributes, std::string(quality.key), *text_of(alter[std::string(quality.key)]));
        }
        if (from_ego && to_ego) line.tie.direction = SupportDirection::both;
        else if (from_ego) line.tie.direction = from_alter ? SupportDirection::to_source : SupportDirection::to_target;
        else if (to_ego) line.tie.direction = from_alter ? SupportDirection::to_target : SupportDirection::to_source;
    }

    /// A number member, which easyNWK's form may also have saved as text ("2").
    std::optional<double> number_of(const Json& object, std::string_view key, const std::string& where) {
        const auto found = object.find(key);
        if (found == object.end() || found->is_null()) return std::nullopt;
        if (found->is_number()) return found->get<double>();
        if (found->is_string()) {
            const auto& text = found->get_ref<const std::string&>();
            char* end = nullptr;
            const double value = std::strtod(text.c_str(), &end);
            if (!text.empty() && end == text.c_str() + text.size()) return value;
        }
        problem(where, "has " + std::string(key) + " " + found->dump() + " (expected a number)");
        return std::nullopt;
    }

    void read_connection(const Json& connection, std::size_t number, VersionRead& version) {
        const std::string where = version.label + ", connection " + std::to_string(number);
        const auto end_of = [&](const char* key) -> std::optional<long long> {
            if (!connection.is_object() || !connection.contains(key) || !connection[key].is_number_integer()) return std::nullopt;
            return connection[key].get<long long>();
        };
        const auto first = end_of("id1"), second = end_of("id2");
        if (!first || !second) return problem(where, "does not name two alters (expected {\"id1\": 1, \"id2\": 2})");
        for (const long long id : {*first, *second})
            if (!version.alters.contains(id))
                return problem(where, "names alter " + std::to_string(id) + ", whom this version does not hold (expected the id of one of its alters)");
        if (*first == *second) return warn(where, "connects alter " + std::to_string(*first) + " to itself; left out");
        version.connections.emplace(std::min(*first, *second), std::max(*first, *second));
    }

    /// A client may save two versions on one day (a new version starts dated today); the one
    /// saved later in the list is the map of that day.
    void keep_one_version_per_date() {
        if (versions_.size() < 2) return;
        std::stable_sort(versions_.begin(), versions_.end(), [](const VersionRead& a, const VersionRead& b) { return a.date < b.date; });
        for (std::size_t v = 0; v + 1 < versions_.size();) {
            if (versions_[v].date != versions_[v + 1].date) {
                ++v;
                continue;
            }
            warn(versions_[v].label, "has the date of " + versions_[v + 1].label + "; the later one is read");
            versions_.erase(versions_.begin() + static_cast<std::ptrdiff_t>(v));
        }
    }

    /// Each alter once, as the latest version that holds it shows it; the ego as the latest shows it.
    void add_actors() {
        assembler_.add_actor(binding::ActorDraft(versions_.back().ego), file_, 0);
        std::vector<long long> order;
        std::map<long long, const binding::ActorDraft*> latest;
        for (const auto& version : versions_)
            for (const long long id : version.alter_order) {
                if (!latest.contains(id)) order.push_back(id);
                latest[id] = &version.alters.at(id).actor;
            }
        for (const long long id : order) assembler_.add_actor(binding::ActorDraft(*latest.at(id)), file_, 0);
        assembler_.end_of_actors();
    }

    void add_lines_to_ego() {
        std::set<long long> ids;
        for (const auto& version : versions_) ids.insert(version.alter_order.begin(), version.alter_order.end());
        for (const long long id : ids)
            add_over_time([&](const VersionRead& version) -> std::optional<binding::TieDraft> {
                const auto found = version.alters.find(id);
                return found == version.alters.end() ? std::nullopt : found->second.line;
            });
    }

    void add_connections() {
        std::set<std::pair<long long, long long>> pairs;
        for (const auto& version : versions_) pairs.insert(version.connections.begin(), version.connections.end());
        for (const auto& pair : pairs)
            add_over_time([&](const VersionRead& version) -> std::optional<binding::TieDraft> {
                if (!version.connections.contains(pair)) return std::nullopt;
                binding::TieDraft connection;
                connection.source_id = std::to_string(pair.first);
                connection.target_id = std::to_string(pair.second);
                return connection;
            });
    }

    /// Adds a tie for each run of versions that show it the same, dated when there are several.
    template <class StateIn>
    void add_over_time(StateIn&& state_in) {
        const bool dated = versions_.size() > 1;
        std::optional<binding::TieDraft> open;  // undated, to compare with the next version's
        std::optional<Date> open_since;
        const auto close = [&](std::optional<Date> until) {
            open->tie.since = open_since;
            open->tie.until = until;
            assembler_.add_tie(std::move(*open), file_, 0);
            open.reset();
        };
        for (const auto& version : versions_) {
            auto state = state_in(version);
            if (open && state && same_tie(*open, *state)) continue;
            if (open) close(Date::from_days_since_epoch(version.date->days_since_epoch() - 1));
            if (state) {
                open_since = dated ? version.date : std::nullopt;
                open = std::move(state);
            }
        }
        if (open) close(std::nullopt);
    }

    void problem(const std::string& where, const std::string& message) { problems_.add(file_, 0, where + " " + message); }
    void warn(const std::string& where, const std::string& message) {
        if (warnings_) warnings_->add(file_, 0, where + " " + message);
    }

    const std::string& file_;
    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler& assembler_;
    std::vector<VersionRead> versions_;
};

}  // namespace

Network read_easynwk_text(std::string_view text, const std::string& file, DiagnosticList* warnings) {
    expect_plain_text(text, file, "an easyNWK file");
    return assemble_network<EasyNwkReader>(file, warnings, [text](EasyNwkReader& reader) { return reader.read(text); });
}

Network read_easynwk(const std::filesystem::path& path, DiagnosticList* warnings) {
    expect_input_file(path, "a .json file saved by easyNWK");
    const MappedText text(path);
    return read_unchanged({&text}, [&] { return read_easynwk_text(text.text(), path.string(), warnings); });
}

}  // namespace wijknet
