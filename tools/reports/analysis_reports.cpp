// SPDX-License-Identifier: MIT
#include "analysis_reports.hpp"


namespace wijknet::cli {

std::string display_name(const Network& network, ActorIndex actor) { return network.actor(actor).name; }
namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator = "; ") {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::string support_letters(const std::vector<SupportType>& types) {
    std::string out;
    for (const auto type : types) out += letter_of(type);
    return out;
}

double share(std::size_t part, std::size_t whole) {
    return whole == 0 ? std::nan("") : static_cast<double>(part) / static_cast<double>(whole);
}

std::vector<Cell> change_row(const ChangeCount& count) {
    return {count_cell(count.gained),         count_cell(count.lost),         count_cell(count.informal_before),
            count_cell(count.informal_after), count_cell(count.formal_before), count_cell(count.formal_after)};
}

const std::vector<std::string> change_columns{"gained", "lost", "informal_before", "informal_after", "formal_before",
                                              "formal_after"};

}  // namespace

ReportTable ego_measures_table(const Network& network, const std::vector<EgoMeasures>& egos) {
    ReportTable table{"measures",
                      {"id", "name", "contacts", "informal_contacts", "formal_contacts", "unknown_kind_contacts", "informal_share",
                       "good_contacts", "givers_P", "givers_G", "givers_A", "givers_E", "missing_support",
                       "single_source_support", "supported_by", "supports", "mutual", "density", "contact_groups",
                       "effective_size", "efficiency", "constraint", "only_professionals", "few_good_contacts"},
                      {}};
    for (const auto& ego : egos) {
        table.rows.push_back({network.actor(ego.ego).id, display_name(network, ego.ego), count_cell(ego.contacts),
                              count_cell(ego.informal_contacts), count_cell(ego.formal_contacts),
                              count_cell(ego.unknown_kind_contacts), share(ego.informal_contacts, ego.informal_contacts + ego.formal_contacts), count_cell(ego.good_contacts),
                              count_cell(ego.givers[0].size()), count_cell(ego.givers[1].size()),
                              count_cell(ego.givers[2].size()), count_cell(ego.givers[3].size()),
                              ego.support_recorded ? support_letters(ego.missing_support()) : std::string("unknown"),
                              support_letters(ego.single_source_support()),
                              count_cell(ego.supported_by), count_cell(ego.supports), count_cell(ego.mutual),
                              ego.density, count_cell(ego.contact_components), ego.holes.effective_size,
                              ego.holes.efficiency, ego.holes.constraint, ego.only_professionals,
                              ego.few_good_contacts});
    }
    return table;
}

ReportTable support_table(const Network& network, const EgoMeasures& ego) {
    ReportTable table{"support", {"type", "givers", "count"}, {}};
    for (const auto& term : vocabulary<SupportType>()) {
        std::vector<std::string> names;
        for (const auto giver : ego.givers[static_cast<std::size_t>(term.value)])
            names.push_back(display_name(network, giver));
        table.rows.push_back({std::string(term.english), joined(names), count_cell(names.size())});
    }
    return table;
}

ReportTable composition_table(const EgoMeasures& ego) {
    ReportTable table{"composition", {"group", "value", "contacts"}, {}};
    for (const auto& [domain, count] : ego.by_domain)
        table.rows.push_back({std::string("life_domain"), std::string(name_of(domain)), count_cell(count)});
    for (const auto& [kind, count] : ego.by_kind)
        table.rows.push_back({std::string("actor_kind"), std::string(name_of(kind)), count_cell(count)});
    return table;
}

ReportTable coordination_table(const Network& network, const std::vector<CareCoordination>& clients) {
    ReportTable table{"coordination",
                      {"id", "name", "professionals", "organisations", "professional_pairs", "connected_pairs",
                       "fragmentation", "groups", "coordinator", "coordinator_name", "reason"},
                      {}};
    for (const auto& care : clients) {
        const auto& coordinator = care.suggested_coordinator;
        table.rows.push_back({network.actor(care.client).id, display_name(network, care.client),
                              count_cell(care.professionals.size()), count_cell(care.organisations.size()),
                              count_cell(care.professional_pairs), count_cell(care.connected_pairs),
                              care.professionals.size() < 2 ? Cell{} : Cell{care.fragmentation}, count_cell(care.groups),
                              coordinator ? Cell{network.actor(*coordinator).id} : Cell{},
                              coordinator ? Cell{display_name(network, *coordinator)} : Cell{}, care.reason});
    }
    return table;
}

ReportTable professionals_table(const Network& network, const CareCoordination& care) {
    ReportTable table{"professionals", {"id", "name", "organisation", "organisation_name"}, {}};
    for (const auto p : care.professionals) {
        const auto organisation = organisation_of(network, p);
        const auto found = network.find_actor(organisation);
        table.rows.push_back({network.actor(p).id, display_name(network, p), organisation,
                              found ? display_name(network, *found) : std::string{}});
    }
    return table;
}

ReportTable agenda_table(const Network& network, const std::vector<OrganisationPair>& agenda) {
    ReportTable table{"agenda",
                      {"organisation_a", "name_a", "organisation_b", "name_b", "shared_clients"},
                      {}};
    const auto name = [&network](const std::string& id) {
        const auto found = network.find_actor(id);
        return found ? display_name(network, *found) : id;
    };
    for (const auto& pair : agenda)
        table.rows.push_back({pair.first, name(pair.first), pair.second, name(pair.second), count_cell(pair.shared_clients)});
    return table;
}

ReportTable isolation_table(const Network& network, const std::vector<IsolationFlag>& flags, std::size_t limit) {
    ReportTable table{"isolated",
                      {"rank", "id", "name", "area", "score", "reasons", "contacts", "informal_contacts",
                       "unknown_kind_contacts", "good_contacts", "sole_carer_of"},
                      {}};
    table.made_rows = limit == 0 ? flags.size() : std::min(limit, flags.size());
    table.make_row = [&network, &flags](std::size_t row, std::vector<Cell>& cells) {
        const IsolationFlag& flag = flags[row];
        const Actor& resident = network.actor(flag.resident);
        // Text cells are assigned into the strings of the row before, which keeps their room.
        const auto text = [&cells](std::size_t c) -> std::string& {
            if (!std::holds_alternative<std::string>(cells[c])) cells[c] = std::string();
            return std::get<std::string>(cells[c]);
        };
        cells[0] = count_cell(row + 1);
        text(1) = resident.id;
        text(2) = resident.name;
        text(3) = resident.location.area_code;
        cells[4] = static_cast<std::int64_t>(flag.score);
        std::string& reasons = text(5);
        reasons.clear();
        for (const auto reason : flag.reasons) {
            if (!reasons.empty()) reasons += ',';
            reasons += name_of(reason);
        }
        cells[6] = count_cell(flag.contacts);
        cells[7] = count_cell(flag.informal_contacts);
        cells[8] = count_cell(flag.unknown_kind_contacts);
        cells[9] = count_cell(flag.good_contacts);
        if (flag.sole_carer_of) text(10) = network.actor(*flag.sole_carer_of).id;
        else cells[10] = std::monostate{};
    };
    return table;
}

ReportTable area_isolation_table(const std::vector<AreaIsolation>& areas, const CountPolicy& policy) {
    ReportTable table{"by_area",
                      {"area", "residents", "without_informal_tie", "flagged", "share_without_informal_tie"},
                      {}};
    for (const auto& area : areas)
        table.rows.push_back({area.area, published_cell(area.residents, policy),
                              published_cell(area.without_informal_tie, policy), published_cell(area.flagged, policy),
                              optional_cell(area.share_without_informal_tie)});
    return table;
}

std::vector<ReportTable> change_tables(const Network& network, const NetworkChange& change) {
    ReportTable whole{"change", {"from", "to"}, {}};
    whole.columns.insert(whole.columns.end(), change_columns.begin(), change_columns.end());
    auto row = change_row(change.whole);
    row.insert(row.begin(), {change.from.to_string(), change.to.to_string()});
    whole.rows.push_back(row);

    ReportTable clients{"by_client", {"id", "name"}, {}};
    clients.columns.insert(clients.columns.end(), change_columns.begin(), change_columns.end());
    for (const auto& [client, count] : change.by_client) {
        auto cells = change_row(count);
        cells.insert(cells.begin(), {network.actor(client).id, display_name(network, client)});
        clients.rows.push_back(cells);
    }

    ReportTable areas{"by_area", {"area"}, {}};
    areas.columns.insert(areas.columns.end(), change_columns.begin(), change_columns.end());
    for (const auto& [area, count] : change.by_area) {
        auto cells = change_row(count);
        cells.insert(cells.begin(), area);
        areas.rows.push_back(cells);
    }
    return {whole, clients, areas};
}

}  // namespace wijknet::cli
