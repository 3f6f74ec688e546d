// SPDX-License-Identifier: MIT
// What the neighbourhood page lists (the isolation list, the coordination agenda), the access
// log, and the project as files: from the same analyses and writers as the command line.
#include <sstream>

#include "analysis_reports.hpp"
#include "api_context.hpp"
#include "wijknet/io/csv_pair.hpp"
#include "wijknet/io/graphml.hpp"
#include "wijknet/privacy/pseudonymised_network.hpp"

namespace wijknet::server {
namespace {

/// The network with the names this request shows; ids stay, for the page's links.
Network named_as_asked(ApiContext& context, const HttpRequest& request) {
    Network named = context.network();
    if (!flag_parameter(request, "pseudonymise")) return named;
    const auto names = context.names_for(request);
    for (std::size_t i = 0; i < named.actor_count(); ++i) named.actor(ActorIndex{i}).name = names[ActorIndex{i}];
    return named;
}

HttpResponse report(const std::vector<cli::ReportTable>& tables) {
    std::ostringstream json;
    cli::write_report(tables, cli::OutputFormat::json, json);
    return {200, "application/json; charset=utf-8", {}, json.str()};
}

HttpResponse attachment(std::string content_type, std::string name, std::string body) {
    HttpResponse response{200, std::move(content_type), {}, std::move(body)};
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return response;
}

}  // namespace

HttpResponse handle_isolated(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    if (request.method != "GET") return method_not_allowed(request, "GET");
    if (!rest.empty()) return not_found(request);
    const Network network = named_as_asked(context, request);
    const auto flags = isolated_residents(network, {.at = date_parameter(request, "at")});
    const CountPolicy policy;
    context.project().record_read("read", "", "isolated");
    return report({cli::isolation_table(network, flags, 0),
                   cli::area_isolation_table(isolation_by_area(network, flags, policy), policy)});
}

HttpResponse handle_agenda(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    if (request.method != "GET") return method_not_allowed(request, "GET");
    if (!rest.empty()) return not_found(request);
    const Network network = named_as_asked(context, request);
    const CoordinationOptions options{date_parameter(request, "at")};
    std::vector<CareCoordination> clients;
    for (std::size_t i = 0; i < network.actor_count(); ++i)
        if (network.actor(ActorIndex{i}).is_client) clients.push_back(coordinate_care(network, ActorIndex{i}, options));
    context.project().record_read("read", "", "agenda");
    return report({cli::coordination_table(network, clients), cli::agenda_table(network, coordination_agenda(network, options))});
}

HttpResponse handle_log(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    if (request.method != "GET") return method_not_allowed(request, "GET");
    if (!rest.empty()) return not_found(request);
    // An access log is a record of what was done to whom; it is shown as it is or not at all.
    if (flag_parameter(request, "pseudonymise"))
        throw BadRequest("pseudonymise", "does not apply to the access log (expected it without pseudonymise=1)");
    store::LogFilter filter;
    if (const std::string* client = request.query_value("client")) filter.client = *client;
    const auto number = [&](const char* name) -> std::optional<long long> {
        const std::string* text = request.query_value(name);
        if (!text) return std::nullopt;
        try {
            std::size_t used = 0;
            const long long value = std::stoll(*text, &used);
            if (used == text->size() && value >= 0) return value;
        } catch (const std::exception&) {
        }
        throw BadRequest(name, "'" + *text + "' is not a whole number of at least 0");
    };
    filter.after = number("after");
    filter.limit = static_cast<std::size_t>(number("limit").value_or(200));
    context.project().record_read("read", filter.client, "log");
    Json entries = Json::array();
    for (const auto& entry : context.project().log(filter))
        entries.push_back({{"id", entry.id}, {"time", entry.time}, {"user", entry.user}, {"on_behalf_of", entry.on_behalf_of},
                           {"event", entry.event}, {"object", entry.object}, {"object_id", entry.object_id},
                           {"client", entry.client}, {"before", json_of(entry.before)}, {"after", json_of(entry.after)},
                           {"reason", entry.reason}});
    return json_response(200, {{"log", std::move(entries)}});
}

HttpResponse handle_export(ApiContext& context, const HttpRequest& request, std::span<const std::string> rest) {
    if (request.method != "GET") return method_not_allowed(request, "GET");
    if (rest.size() != 1) return not_found(request);
    const bool pseudonymise = flag_parameter(request, "pseudonymise");
    const Network network = pseudonymise ? pseudonymised_network(context.network(), Pseudonymiser(context.project().pseudonym_key()),
                                                                 ApiContext::dutch(request))
                                         : context.network();
    const std::string stem = context.project().path().stem().string() + (pseudonymise ? "-pseudoniem" : "");
    const std::string& file = rest[0];
    if (file == "actors.csv" || file == "ties.csv" || file == "network.graphml") context.exported("", file);
    if (file == "actors.csv") return attachment("text/csv; charset=utf-8", stem + "-actors.csv", actors_csv_text(network));
    if (file == "ties.csv") return attachment("text/csv; charset=utf-8", stem + "-ties.csv", ties_csv_text(network));
    if (file == "network.graphml") return attachment("application/graphml+xml", stem + ".graphml", graphml_text(network));
    return error_response(404, "no export " + file + " (expected actors.csv, ties.csv or network.graphml)");
}

}  // namespace wijknet::server
