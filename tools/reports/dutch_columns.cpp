// SPDX-License-Identifier: MIT
#include "dutch_columns.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "wijknet/model/vocabulary.hpp"

namespace wijknet::cli {
namespace {

using Names = std::pair<std::string_view, std::string_view>;

// Every column of every report, the access log's and the area export's too; a test runs each
// analysis report and finds each column here.
constexpr std::array<Names, 93> dutch_names{{
    {"actors", "actoren"},
    {"area", "buurt"},
    {"area_code", "buurtcode"},
    {"area_name", "buurtnaam"},
    {"articulation_point", "scharnierpunt"},
    {"articulation_points", "scharnierpunten"},
    {"betweenness", "tussenliggendheid"},
    {"betweenness_error_bound", "tussenliggendheid_foutgrens"},
    {"betweenness_normalised", "tussenliggendheid_genormaliseerd"},
    {"betweenness_sampled", "tussenliggendheid_steekproef"},
    {"bridges", "bruggen"},
    {"change", "wijziging"},
    {"client", "client"},
    {"components", "componenten"},
    {"connected_pairs", "verbonden_paren"},
    {"constraint", "beperking"},
    {"contact_groups", "contactgroepen"},
    {"contacts", "contacten"},
    {"coordinator", "coordinator"},
    {"coordinator_name", "naam_coordinator"},
    {"core", "kern"},
    {"degree", "graad"},
    {"density", "dichtheid"},
    {"distance_to_place_m", "afstand_tot_plek_m"},
    {"effective_size", "effectieve_omvang"},
    {"efficiency", "efficientie"},
    {"event", "gebeurtenis"},
    {"few_good_contacts", "weinig_goede_contacten"},
    {"flagged", "gesignaleerd"},
    {"flagged_share", "aandeel_gesignaleerd"},
    {"formal_after", "formeel_na"},
    {"formal_before", "formeel_voor"},
    {"formal_contacts", "formele_contacten"},
    {"formal_ties", "formele_banden"},
    {"fragmentation", "versnippering"},
    {"fragmented_clients", "clienten_versnipperd"},
    {"from", "van"},
    {"gained", "erbij"},
    {"givers_A", "gevers_A"},
    {"givers_E", "gevers_E"},
    {"givers_G", "gevers_G"},
    {"givers_P", "gevers_P"},
    {"good_contacts", "goede_contacten"},
    {"groups", "groepen"},
    {"id", "id"},
    {"informal_after", "informeel_na"},
    {"informal_before", "informeel_voor"},
    {"informal_contacts", "informele_contacten"},
    {"informal_share", "aandeel_informeel"},
    {"informal_ties", "informele_banden"},
    {"isolated", "geisoleerd"},
    {"isolated_share", "aandeel_geisoleerd"},
    {"kind", "soort"},
    {"largest_component", "grootste_component"},
    {"lost", "weg"},
    {"max_core", "hoogste_kern"},
    {"missing_support", "ontbrekende_steun"},
    {"mutual", "wederzijds"},
    {"name", "naam"},
    {"name_a", "naam_a"},
    {"name_b", "naam_b"},
    {"object", "object"},
    {"object_id", "object_id"},
    {"on_behalf_of", "namens"},
    {"only_professionals", "alleen_professionals"},
    {"organisation_a", "organisatie_a"},
    {"organisation_b", "organisatie_b"},
    {"organisations", "organisaties"},
    {"professional_pairs", "paren_professionals"},
    {"professionals", "professionals"},
    {"rank", "rang"},
    {"reason", "reden"},
    {"reasons", "redenen"},
    {"residents", "bewoners"},
    {"score", "score"},
    {"share_without_informal_tie", "aandeel_zonder_informele_band"},
    {"shared_clients", "gedeelde_clienten"},
    {"single_source_support", "steun_uit_een_bron"},
    {"sole_carer_of", "enige_steun_van"},
    {"source", "van"},
    {"source_name", "naam_van"},
    {"supported_by", "gesteund_door"},
    {"supports", "steunt"},
    {"target", "naar"},
    {"target_name", "naam_naar"},
    {"through", "via"},
    {"through_kind", "soort_via"},
    {"through_name", "naam_via"},
    {"time", "tijd"},
    {"to", "tot"},
    {"unknown_kind_contacts", "contacten_soort_onbekend"},
    {"user", "gebruiker"},
    {"without_informal_tie", "zonder_informele_band"},
}};

static_assert(std::ranges::is_sorted(dutch_names, {}, &Names::first), "kept sorted, for the binary search");

}  // namespace

std::optional<std::string_view> dutch_column_name(std::string_view column) {
    const auto found = std::ranges::lower_bound(dutch_names, column, {}, &Names::first);
    if (found == dutch_names.end() || found->first != column) return std::nullopt;
    return found->second;
}

std::string dutch_cell_text(std::string_view column, std::string_view text) {
    if (column == "kind" || column == "through_kind")
        if (const auto kind = parse_term<ActorKind>(text)) return std::string(dutch_name_of(*kind));
    return std::string(text);
}

}  // namespace wijknet::cli
