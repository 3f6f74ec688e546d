// SPDX-License-Identifier: MIT
// The network as the API shows and changes it: the project, actors, a client's contacts, ties.
#include <algorithm>
#include <set>

#include "api_context.hpp"
#include "wijknet/model/ego_network.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::server {
namespace {

store::ChangeNote note_of(const Json& body, std::string client = {}) {
    return {client.empty() ? text_in(body, "about_client") : std::move(client), text_in(body, "reason")};
}

/// The actors to list: a client's contacts, the clients, those whose name holds `q`, or all.
std::vector<ActorIndex> actors_asked(ApiContext& context, const HttpRequest& request, const ApiContext::Names& names) {
    const Network& network = context.network();
    std::vector<ActorIndex> actors;
    if (const std::string* client = request.query_value("client")) {
        const auto view = ego_network(network, context.actor_named(*client), {.radius = 1, .at = date_parameter(request, "at")});
        for (const auto& member : view.members)
            if (member.distance == 1) actors.push_back(member.actor);
        return actors;
    }
    const bool clients_only = flag_parameter(request, "clients");
    const std::string* q = request.query_value("q");
    const std::string wanted = q ? text::lower(text::trim(*q)) : std::string();
    for (std::size_t i = 0; i < network.actor_count(); ++i) {
        const ActorIndex actor{i};
        if (clients_only && !network.actor(actor).is_client) continue;
        if (!wanted.empty() && text::lower(names[actor]).find(wanted) == std::string::npos &&
            text::lower(network.actor(actor).id).find(wanted) == std::string::npos)
            continue;
        actors.push_back(actor);
    }
    return actors;
}

HttpResponse actor_answer(ApiContext& context, const HttpRequest& request, int status, ActorIndex actor) {
    return json_response(status, {{"actor", context.actor_json(actor, context.names_for(request))},
                                  {"revision", context.project().revision()}});
}

}  // namespace

HttpResponse handle_project(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    if (request.method != "GET") return method_not_allowed(request, "GET");
    if (!rest.empty()) return not_found(request);
    const Network& network = context.network();
    const auto clients = std::count_if(network.actors().begin(), network.actors().end(), [](const Actor& a) { return a.is_client; });
    return json_response(200, {{"name", context.project().path().stem().string()},
                               {"revision", context.project().revision()},
                               {"today", context.project().today().to_string()},
                               {"user", context.project().user()},
                               {"actors", network.actor_count()},
                               {"ties", network.tie_count()},
                               {"clients", clients}});
}

HttpResponse handle_actors(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    store::Project& project = context.project();
    if (rest.empty()) {
        if (request.method == "GET") {
            const auto names = context.names_for(request);
            Json list = Json::array();
            for (const ActorIndex actor : actors_asked(context, request, names)) list.push_back(context.actor_json(actor, names));
            return json_response(200, {{"actors", std::move(list)}, {"revision", project.revision()}});
        }
        if (request.method == "POST") {
            const Json body = body_object(request);
            std::string id;
            project.add_actor(fields_of_json(body, {"revision", "reason", "shown_as", "about_client"}), note_of(body), &id);
            return actor_answer(context, request, 201, context.actor_named(id));
        }
        return method_not_allowed(request, "GET, POST");
    }
    const std::string& id = rest[0];
    const ActorIndex actor = context.actor_named(id);
    if (rest.size() == 2 && rest[1] == "end") {
        if (request.method != "POST") return method_not_allowed(request, "POST");
        const Json body = body_object(request);
        project.end_actor(id, date_in(body, request, "until"), based_on(body, request), note_of(body));
        return actor_answer(context, request, 200, context.actor_named(id));
    }
    if (rest.size() != 1) return not_found(request);
    if (request.method == "GET") return actor_answer(context, request, 200, actor);
    const Json body = body_object(request);
    if (request.method == "PATCH") {
        project.change_actor(id, fields_of_json(body, {"revision", "reason", "shown_as", "about_client"}), based_on(body, request),
                             note_of(body));
        return actor_answer(context, request, 200, context.actor_named(id));
    }
    if (request.method == "DELETE") {
        project.delete_actor(id, based_on(body, request), note_of(body));
        return json_response(200, {{"deleted", id}, {"revision", project.revision()}});
    }
    return method_not_allowed(request, "GET, PATCH, DELETE");
}

HttpResponse handle_clients(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    // /api/clients/ID/contacts (add) and /api/clients/ID/contacts/CONTACT/end (end every tie).
    if (rest.size() < 2 || rest[1] != "contacts") return not_found(request);
    if (request.method != "POST") return method_not_allowed(request, "POST");
    store::Project& project = context.project();
    const std::string& client = rest[0];
    (void)context.actor_named(client);  // 404 for an unknown client
    const Json body = body_object(request);
    if (rest.size() == 2) {
        const auto contact = body.find("contact"), tie = body.find("tie");
        if (contact == body.end() || !contact->is_object())
            throw BadRequest("contact", "is missing (expected an object with the contact's fields, or its id)");
        const Json tie_fields = tie != body.end() && tie->is_object() ? *tie : Json::object();
        const auto added = project.add_contact(client, fields_of_json(*contact, {"revision", "shown_as"}),
                                               fields_of_json(tie_fields, {"revision", "id", "source", "target"}),
                                               note_of(body, client));
        const auto names = context.names_for(request);
        return json_response(201, {{"actor", context.actor_json(context.actor_named(added.actor_id), names)},
                                   {"tie", context.tie_json(added.tie, project.newest_version(added.tie), names)},
                                   {"revision", project.revision()}});
    }
    if (rest.size() != 4 || rest[3] != "end") return not_found(request);
    (void)context.actor_named(rest[2]);
    const auto ties = body.find("ties");
    if (ties == body.end() || !ties->is_array() || ties->empty())
        throw BadRequest("ties", "is missing (expected [{\"id\": N, \"revision\": R}, ...], the ties to end)");
    std::vector<std::pair<store::TieId, store::Revision>> ending;
    for (const Json& tie : *ties) {
        if (!tie.is_object() || !tie.contains("id") || !tie["id"].is_number_integer())
            throw BadRequest("ties", "holds an entry without a tie number (expected {\"id\": N, \"revision\": R})");
        ending.emplace_back(context.tie_named(std::to_string(tie["id"].get<long long>())), based_on(tie, request));
    }
    project.end_ties(ending, date_in(body, request, "until"), note_of(body, client));
    return json_response(200, {{"revision", project.revision()}});
}

namespace {

/// The ties of a client's network on a day (their versions of that day), or all ties.
std::vector<std::pair<store::TieId, TieIndex>> ties_asked(ApiContext& context, const HttpRequest& request) {
    store::Project& project = context.project();
    const Network& network = context.network();
    std::vector<TieIndex> versions;
    if (const std::string* client = request.query_value("client")) {
        versions = ego_network(network, context.actor_named(*client), {.radius = 1, .at = date_parameter(request, "at")}).ties;
    } else {
        const auto at = date_parameter(request, "at");
        for (std::size_t i = 0; i < network.tie_count(); ++i)
            if (!at || network.tie(TieIndex{i}).active_on(*at)) versions.push_back(TieIndex{i});
    }
    // One entry per tie: the version of that day, or its newest.
    std::map<std::int64_t, TieIndex> newest;
    for (const TieIndex version : versions) {
        auto& shown = newest[project.tie_of(version).value];
        if (!shown.valid() || shown < version) shown = version;
    }
    std::vector<std::pair<store::TieId, TieIndex>> ties;
    for (const auto& [id, version] : newest) ties.emplace_back(store::TieId{id}, version);
    return ties;
}

Json history_of(ApiContext& context, store::TieId tie, const ApiContext::Names& names) {
    Json history = Json::array();
    for (const TieIndex version : context.project().versions_of(tie)) {
        Json object = context.tie_json(tie, version, names);
        for (const char* about_the_tie : {"id", "revision", "versions"}) object.erase(about_the_tie);
        history.push_back(std::move(object));
    }
    return history;
}

HttpResponse tie_answer(ApiContext& context, const HttpRequest& request, int status, store::TieId tie) {
    const auto names = context.names_for(request);
    Json object = context.tie_json(tie, context.project().newest_version(tie), names);
    object["history"] = history_of(context, tie, names);
    return json_response(status, {{"tie", std::move(object)}, {"revision", context.project().revision()}});
}

}  // namespace

HttpResponse handle_ties(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    store::Project& project = context.project();
    if (rest.empty()) {
        if (request.method == "GET") {
            const bool history = flag_parameter(request, "history");
            const auto names = context.names_for(request);
            Json list = Json::array();
            for (const auto& [tie, version] : ties_asked(context, request)) {
                Json object = context.tie_json(tie, version, names);
                if (history) object["history"] = history_of(context, tie, names);
                list.push_back(std::move(object));
            }
            return json_response(200, {{"ties", std::move(list)}, {"revision", project.revision()}});
        }
        if (request.method == "POST") {
            const Json body = body_object(request);
            const auto tie = project.add_tie(fields_of_json(body, {"revision", "reason", "id", "about_client"}), note_of(body));
            return tie_answer(context, request, 201, tie);
        }
        return method_not_allowed(request, "GET, POST");
    }
    const store::TieId tie = context.tie_named(rest[0]);
    if (rest.size() == 2 && rest[1] == "end") {
        if (request.method != "POST") return method_not_allowed(request, "POST");
        const Json body = body_object(request);
        project.end_tie(tie, date_in(body, request, "until"), based_on(body, request), note_of(body));
        return tie_answer(context, request, 200, tie);
    }
    if (rest.size() != 1) return not_found(request);
    if (request.method == "GET") return tie_answer(context, request, 200, tie);
    const Json body = body_object(request);
    if (request.method == "PATCH") {
        project.change_tie(tie, fields_of_json(body, {"revision", "reason", "id", "from", "versions", "history", "about_client"}),
                           based_on(body, request), note_of(body), date_in(body, request, "from"));
        return tie_answer(context, request, 200, tie);
    }
    if (request.method == "DELETE") {
        project.delete_tie(tie, based_on(body, request), note_of(body));
        return json_response(200, {{"deleted", tie.value}, {"revision", project.revision()}});
    }
    return method_not_allowed(request, "GET, PATCH, DELETE");
}

}  // namespace wijknet::server
