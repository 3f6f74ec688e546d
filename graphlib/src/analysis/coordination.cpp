// SPDX-License-Identifier: MIT
#include "wijknet/analysis/coordination.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace wijknet {
namespace {

bool counts(const Tie& tie, const CoordinationOptions& options) { return !options.at || tie.active_on(*options.at); }

bool is_working_tie(TieKind kind) {
    return kind == TieKind::collaboration || kind == TieKind::referral || kind == TieKind::colleague;
}

int frequency_rank(const std::optional<Frequency>& frequency) {
    // Lower is more often; unknown ranks after rarely.
    return frequency ? static_cast<int>(*frequency) : 5;
}

std::string frequency_phrase(const std::optional<Frequency>& frequency) {
    if (!frequency) return "";
    return std::string("; sees the client ") + std::string(name_of(*frequency));
}

}  // namespace

std::string organisation_of(const Network& network, ActorIndex professional) {
    const Actor& actor = network.actor(professional);
    if (!actor.organisation.empty()) return actor.organisation;
    for (const TieIndex index : network.ties_of(professional)) {
        const Tie& tie = network.tie(index);
        if (tie.kind == TieKind::employment && network.actor(tie.other(professional)).kind == ActorKind::organisation)
            return network.actor(tie.other(professional)).id;
    }
    return {};
}

CareCoordination coordinate_care(const Network& network, ActorIndex client, const CoordinationOptions& options) {
    CareCoordination result;
    result.client = client;
    std::map<ActorIndex, int> best_frequency;  // per professional, the most frequent formal tie
    for (const TieIndex index : network.ties_of(client)) {
        const Tie& tie = network.tie(index);
        const ActorIndex other = tie.other(client);
        if (!counts(tie, options) || tie.formality() != Formality::formal ||
            network.actor(other).kind != ActorKind::professional)
            continue;
        auto [entry, inserted] = best_frequency.emplace(other, frequency_rank(tie.frequency));
        if (!inserted) entry->second = std::min(entry->second, frequency_rank(tie.frequency));
    }
    for (const auto& [professional, rank] : best_frequency) result.professionals.push_back(professional);
    std::sort(result.professionals.begin(), result.professionals.end(), [&network](ActorIndex a, ActorIndex b) {
        return network.actor(a).id < network.actor(b).id;
    });

    std::set<std::string> organisations;
    for (const auto p : result.professionals) {
        const auto organisation = organisation_of(network, p);
        organisations.insert(organisation.empty() ? network.actor(p).id : organisation);
    }
    result.organisations.assign(organisations.begin(), organisations.end());

    const std::size_t k = result.professionals.size();
    std::vector<std::size_t> known(k, 0);  // how many of the others each one works with
    std::vector<std::size_t> parent(k);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    const auto root = [&parent](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    for (std::size_t i = 0; i < k; ++i) {
        std::set<std::size_t> partners;
        for (const TieIndex index : network.ties_of(result.professionals[i])) {
            const Tie& tie = network.tie(index);
            if (!counts(tie, options) || !is_working_tie(tie.kind)) continue;
            const auto other = std::find(result.professionals.begin(), result.professionals.end(),
                                         tie.other(result.professionals[i]));
            if (other != result.professionals.end()) partners.insert(static_cast<std::size_t>(other - result.professionals.begin()));
        }
        known[i] = partners.size();
        for (const auto j : partners) {
            if (j > i) ++result.connected_pairs;
            parent[root(i)] = root(j);
        }
    }
    result.professional_pairs = k * (k - 1) / 2;
    result.fragmentation = result.professional_pairs == 0
                               ? 0.0
                               : 1.0 - static_cast<double>(result.connected_pairs) /
                                           static_cast<double>(result.professional_pairs);
    for (std::size_t i = 0; i < k; ++i) result.groups += root(i) == i ? 1 : 0;

    // The coordinator knows the most of the others; among equals, sees the client most often.
    if (k > 0) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < k; ++i) {
            const auto key = [&](std::size_t j) {
                return std::make_pair(-static_cast<long>(known[j]), best_frequency.at(result.professionals[j]));
            };
            if (key(i) < key(best)) best = i;
        }
        const ActorIndex coordinator = result.professionals[best];
        result.suggested_coordinator = coordinator;
        std::optional<Frequency> seen;
        const int rank = best_frequency.at(coordinator);
        if (rank < 5) seen = static_cast<Frequency>(rank);
        if (k == 1) result.reason = "the only professional involved";
        else if (known[best] == 0)
            result.reason = "none of the " + std::to_string(k) + " professionals work together" +
                            (seen ? "; sees the client most often (" + std::string(name_of(*seen)) + ")" : "");
        else
            result.reason = "works with " + std::to_string(known[best]) + " of the " + std::to_string(k - 1) +
                            " other professionals" + frequency_phrase(seen);
    }
    return result;
}

std::vector<OrganisationPair> coordination_agenda(const Network& network, const CoordinationOptions& options) {
    std::map<std::pair<std::string, std::string>, OrganisationPair> pairs;
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const ActorIndex client{i};
        if (!network.actor(client).is_client) continue;
        const auto care = coordinate_care(network, client, options);
        for (std::size_t a = 0; a < care.organisations.size(); ++a)
            for (std::size_t b = a + 1; b < care.organisations.size(); ++b) {
                auto& pair = pairs[{care.organisations[a], care.organisations[b]}];
                pair.first = care.organisations[a];
                pair.second = care.organisations[b];
                ++pair.shared_clients;
            }
    }
    // A collaboration between the organisations themselves or between any of their people.
    std::map<ActorIndex, std::string> organisation_cache;
    const auto organisation = [&](ActorIndex actor) -> std::string {
        const Actor& a = network.actor(actor);
        if (a.kind == ActorKind::organisation) return a.id;
        if (a.kind != ActorKind::professional) return {};
        auto [entry, inserted] = organisation_cache.try_emplace(actor);
        if (inserted) entry->second = organisation_of(network, actor);
        return entry->second;
    };
    for (const auto& tie : network.ties()) {
        if (!counts(tie, options) || !is_working_tie(tie.kind)) continue;
        std::string first = organisation(tie.source), second = organisation(tie.target);
        if (second < first) std::swap(first, second);
        const auto found = pairs.find({first, second});
        if (found != pairs.end()) found->second.collaborate = true;
    }
    std::vector<OrganisationPair> agenda;
    for (auto& [key, pair] : pairs)
        if (!pair.collaborate) agenda.push_back(pair);
    std::stable_sort(agenda.begin(), agenda.end(),
                     [](const auto& a, const auto& b) { return a.shared_clients > b.shared_clients; });
    return agenda;
}

}  // namespace wijknet
