// SPDX-License-Identifier: MIT
#include "wijknet/privacy/pseudonymised_network.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "wijknet/geo/generalise.hpp"

namespace wijknet {

namespace {

/// Who shows which name, so that a changed name is checked against every other at once.
class ShownNames {
public:
    explicit ShownNames(std::vector<std::string> names) : names_(std::move(names)) {
        for (std::size_t i = 0; i < names_.size(); ++i) holders_[names_[i]].push_back(i);
    }
    [[nodiscard]] const std::string& of(std::size_t actor) const { return names_[actor]; }
    [[nodiscard]] std::vector<std::size_t> holders(const std::string& name) const {
        const auto found = holders_.find(name);
        return found == holders_.end() ? std::vector<std::size_t>{} : found->second;
    }
    [[nodiscard]] std::vector<std::string> shared() const {
        std::vector<std::string> names;
        for (const auto& [name, holders] : holders_)
            if (holders.size() > 1) names.push_back(name);
        return names;
    }
    /// Renames `actor`; true when the new name is shared too.
    bool rename(std::size_t actor, std::string name) {
        auto& old = holders_[names_[actor]];
        old.erase(std::find(old.begin(), old.end(), actor));
        auto& holders = holders_[name];
        holders.push_back(actor);
        names_[actor] = std::move(name);
        return holders.size() > 1;
    }
    std::vector<std::string> release() { return std::move(names_); }

private:
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::vector<std::size_t>> holders_;
};

}  // namespace

std::vector<std::string> unique_pseudonyms(const Network& network, const Pseudonymiser& pseudonyms, bool dutch) {
    std::vector<std::string> first(network.actor_count());
    std::vector<std::size_t> code_length(network.actor_count(), 0);  // 0: a name, or the file's own pseudonym
    for (std::size_t i = 0; i < first.size(); ++i) {
        const Actor& actor = network.actor(ActorIndex{i});
        first[i] = pseudonyms.pseudonym(actor, dutch);
        if (is_person(actor) && actor.pseudonym.empty()) code_length[i] = Pseudonymiser::short_code_length;
    }
    // A shared pseudonym would make two people one in every output. Those who would share one
    // get longer codes, one letter at a time, until they differ (a person's code is the start of
    // their longer one, so it stays recognisable); two people given the same pseudonym by the
    // file are numbered. Organisations may share a name: they are public and stay as they are.
    ShownNames shown(std::move(first));
    std::vector<std::string> pending = shown.shared();
    while (!pending.empty()) {
        const std::string name = std::move(pending.back());
        pending.pop_back();
        const std::vector<std::size_t> holders = shown.holders(name);
        std::size_t fixed_people = 0;
        for (const std::size_t i : holders) {
            const Actor& actor = network.actor(ActorIndex{i});
            if (!is_person(actor)) continue;
            std::string longer;
            if (code_length[i] > 0 && code_length[i] < Pseudonymiser::max_code_length) {
                longer = pseudonyms.pseudonym(actor, dutch, ++code_length[i]);
            } else if (fixed_people++ > 0) {
                longer = shown.of(i) + " (" + std::to_string(fixed_people) + ")";
            } else {
                continue;  // the first of those the file named so keeps the name
            }
            if (shown.rename(i, longer)) pending.push_back(std::move(longer));
        }
    }
    return shown.release();
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
