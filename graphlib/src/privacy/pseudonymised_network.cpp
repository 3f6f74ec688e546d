// SPDX-License-Identifier: MIT
#include "wijknet/privacy/pseudonymised_network.hpp"

#include <unordered_map>
#include <unordered_set>

#include "wijknet/geo/generalise.hpp"

namespace wijknet {

std::vector<std::string> unique_pseudonyms(const Network& network, const Pseudonymiser& pseudonyms, bool dutch) {
    std::vector<std::string> names(network.actor_count());
    std::unordered_map<std::string, std::vector<std::size_t>> holders;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Actor& actor = network.actor(ActorIndex{i});
        names[i] = pseudonyms.pseudonym(actor, dutch);
        if (is_person(actor)) holders[names[i]].push_back(i);
    }
    // A shared pseudonym would make two people one in every output; the rare clash (codes are
    // 25 bits) gets codes drawn again under longer inputs until they differ from every name.
    for (auto& [name, people] : holders) {
        if (people.size() < 2) continue;
        for (std::size_t k = 0; k < people.size(); ++k) {
            Actor again = network.actor(ActorIndex{people[k]});
            again.pseudonym.clear();
            for (int round = 1;; ++round) {
                again.id = network.actor(ActorIndex{people[k]}).id + "#" + std::to_string(round);
                std::string candidate = pseudonyms.pseudonym(again, dutch);
                if (!holders.contains(candidate)) {
                    names[people[k]] = std::move(candidate);
                    break;
                }
            }
        }
    }
    return names;
}

Network pseudonymised_network(const Network& network, const Pseudonymiser& pseudonyms, bool dutch) {
    const auto names = unique_pseudonyms(network, pseudonyms, dutch);
    std::vector<Actor> actors(network.actors().begin(), network.actors().end());
    std::unordered_set<std::string> ids;
    for (const Actor& actor : actors)
        if (!is_person(actor)) ids.insert(actor.id);
    for (std::size_t i = 0; i < actors.size(); ++i) {
        Actor& actor = actors[i];
        if (!is_person(actor)) continue;
        actor.name = names[i];
        // The pseudonym, in lower case with dashes, as the id: unique, since the pseudonyms are.
        std::string id = "p-";
        for (const char c : names[i]) id += c == ' ' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        while (!ids.insert(id).second) id += "-2";
        actor.id = id;
        actor.pseudonym.clear();
        actor.attributes.clear();
        if (actor.location.point && actor.location.point->epsg == epsg::rd_new) {
            const auto cell = geo::generalise({actor.location.point->x, actor.location.point->y}, geo::Generalisation::grid100,
                                              std::nullopt, 0);
            actor.location.point = Coordinates{cell.x, cell.y, epsg::rd_new};
        } else {
            actor.location.point.reset();
        }
    }
    Network copy;
    copy.add_actors(std::move(actors));
    std::vector<Tie> ties(network.ties().begin(), network.ties().end());
    copy.add_ties(std::move(ties));
    return copy;
}

}  // namespace wijknet
