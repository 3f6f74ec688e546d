// SPDX-License-Identifier: MIT
#include "api_context.hpp"

#include <algorithm>
#include <set>

#include "wijknet/privacy/pseudonymised_network.hpp"

namespace wijknet::server {

bool ApiContext::dutch(const HttpRequest& request) {
    const std::string* lang = request.query_value("lang");
    return !lang || *lang != "en";
}

ApiContext::Names ApiContext::names_for(const HttpRequest& request) {
    const Network& network = project_.network();
    if (!flag_parameter(request, "pseudonymise")) return Names(network, nullptr);
    // The last change to any actor: a change to a tie leaves every pseudonym as it was.
    store::Revision actors_changed = 0;
    for (std::size_t i = 0; i < network.actor_count(); ++i)
        actors_changed = std::max(actors_changed, project_.revision_of(ActorIndex{i}));
    Pseudonyms& made = pseudonyms_[dutch(request)];
    if (made.actors_changed != actors_changed || made.actors != network.actor_count()) {
        made.shown = unique_pseudonyms(network, Pseudonymiser(project_.pseudonym_key()), dutch(request));
        made.actors_changed = actors_changed;
        made.actors = network.actor_count();
    }
    return Names(network, &made.shown);
}

void ApiContext::viewed(const std::string& client) {
    const auto now = std::chrono::steady_clock::now();
    const auto found = last_view_.find(client);
    if (found != last_view_.end() && now - found->second < std::chrono::minutes(10)) return;
    project_.record_read("read", client, "editor");
    last_view_[client] = now;
}

void ApiContext::exported(const std::string& client, const std::string& what) { project_.record_read("export", client, what); }

Json ApiContext::actor_json(ActorIndex actor, const Names& names) {
    Json object = json_of(store::fields_of(network(), actor));
    if (names.pseudonyms() && is_person(network().actor(actor))) {
        Json kept = Json::object();
        for (const char* field : {"id", "kind", "area", "sector", "organisation", "client"})
            if (object.contains(field)) kept[field] = object[field];
        kept["name"] = names[actor];
        object = std::move(kept);
    }
    object["shown_as"] = names[actor];
    object["revision"] = project_.revision_of(actor);
    std::set<std::int64_t> ties;  // ties through time, not their versions
    network().for_each_tie_of(actor, [&](TieIndex version) { ties.insert(project_.tie_of(version).value); });
    object["tie_count"] = ties.size();
    return object;
}

Json ApiContext::tie_json(store::TieId tie, TieIndex version, const Names& names) {
    const Network& all = network();
    store::Fields fields = store::fields_of(all, version);
    if (names.pseudonyms()) fields.resize(fields.size() - all.tie_attributes(version).size());  // attributes come last
    Json object = json_of(fields);
    object["id"] = tie.value;
    object["revision"] = project_.revision_of(tie);
    object["versions"] = project_.versions_of(tie).size();
    object["newest"] = project_.newest_version(tie) == version;
    return object;
}

ActorIndex ApiContext::actor_named(const std::string& id) const {
    const auto found = network().find_actor(id);
    if (!found) throw store::NotFound("actor '" + id + "' is not in the project");
    return *found;
}

store::TieId ApiContext::tie_named(const std::string& number) const {
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(number, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != number.size() || used == 0) throw store::NotFound("tie '" + number + "' is not in the project (expected a tie number)");
    const store::TieId tie{value};
    (void)project_.newest_version(tie);  // throws NotFound for an unknown tie
    return tie;
}

HttpResponse method_not_allowed(const HttpRequest& request, const char* allowed) {
    auto response = error_response(405, request.method + " is not taken here (expected " + allowed + ")");
    response.headers.emplace_back("Allow", allowed);
    return response;
}

HttpResponse not_found(const HttpRequest& request) {
    return error_response(404, "no such resource: " + request.target + " (docs/api.md lists them)");
}

}  // namespace wijknet::server
