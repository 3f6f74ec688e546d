// SPDX-License-Identifier: MIT
#include "editor_service.hpp"

#include <map>
#include <ostream>

#include "page_assets.hpp"
#include "wijknet/io/diagnostic.hpp"

namespace wijknet::server {
namespace {

// Only the server's own files: no inline script, no other site, no frames.
constexpr const char* content_security_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void secure(HttpResponse& response) {
    response.headers.emplace_back("Content-Security-Policy", content_security_policy);
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
    response.headers.emplace_back("Cross-Origin-Resource-Policy", "same-origin");
    response.headers.emplace_back("Cache-Control", "no-store");
}

HttpResponse html(int status, std::string body) { return {status, "text/html; charset=utf-8", {}, std::move(body)}; }

const std::map<std::string, ApiHandler>& api_handlers() {
    static const std::map<std::string, ApiHandler> handlers{
        {"project", handle_project}, {"actors", handle_actors},   {"clients", handle_clients},
        {"ties", handle_ties},       {"ecomap", handle_ecomap},   {"isolated", handle_isolated},
        {"agenda", handle_agenda},   {"log", handle_log},         {"export", handle_export},
    };
    return handlers;
}

constexpr const char* no_token_page =
    "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>wijknet</title><body>"
    "<h1>wijknet</h1><p>Open het adres dat <code>wijknet serve</code> liet zien: daarin staat de sleutel "
    "(<code>?token=...</code>) die deze pagina opent.</p>"
    "<p lang=\"en\">Open the address that <code>wijknet serve</code> printed: it holds the token "
    "(<code>?token=...</code>) that opens this page.</p></body></html>\n";

constexpr const char* logged_in_page =
    "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url=/\">"
    "<title>wijknet</title><link rel=\"icon\" href=\"/app/icon.svg\" type=\"image/svg+xml\"><body><p><a href=\"/\">wijknet openen</a> · "
    "<a href=\"/\" lang=\"en\">open wijknet</a></p></body></html>\n";

}  // namespace

EditorService::EditorService(store::Project& project, AccessGuard guard, std::ostream& notices)
    : project_(project), guard_(std::move(guard)), notices_(notices), context_(project) {}

HttpResponse EditorService::handle(const HttpRequest& request) {
    HttpResponse response;
    const std::string* token = request.query_value("token");
    const bool logging_in = request.method == "GET" && request.segments.empty() && token && guard_.is_token(*token);
    if (const auto refusal = guard_.check_origin(request, logging_in)) {
        response = refuse(request, *refusal);
    } else if (request.method != "GET" && request.method != "POST" && request.method != "PATCH" && request.method != "DELETE") {
        response = refuse(request, {405, "method " + request.method + " is not taken"});
        response.headers.emplace_back("Allow", "GET, POST, PATCH, DELETE");
    } else if (!request.segments.empty() && request.segments[0] == "api") {
        if (const auto no_token = guard_.check_api(request)) response = refuse(request, *no_token);
        else response = api(request);
    } else {
        response = page(request);
    }
    secure(response);
    return response;
}

namespace {

/// The request as the log keeps it: its first 200 characters, with a token in it blanked.
std::string logged_target(const HttpRequest& request) {
    std::string target = request.target.substr(0, 200);
    for (std::size_t at = target.find("token="); at != std::string::npos; at = target.find("token=", at + 6)) {
        const std::size_t end = target.find('&', at);
        target.replace(at + 6, (end == std::string::npos ? target.size() : end) - at - 6, "...");
    }
    return request.method + " " + target;
}

}  // namespace

HttpResponse EditorService::refuse(const HttpRequest& request, const Refusal& refusal) {
    constexpr std::size_t logged_per_minute = 20;
    const auto now = std::chrono::steady_clock::now();
    if (now - refusal_minute_ > std::chrono::minutes(1)) {
        if (refusals_left_out_ > 0) {
            const std::string summary = std::to_string(refusals_left_out_) + " more requests refused in the minute before";
            notices_ << "wijknet serve: " << summary << std::endl;
            try {
                project_.record_refusal("(more)", summary);
            } catch (const std::exception&) {
            }
        }
        refusal_minute_ = now;
        refusals_logged_ = refusals_left_out_ = 0;
    }
    if (refusals_logged_++ < logged_per_minute) {
        const std::string what = logged_target(request);
        notices_ << "wijknet serve: refused " << what << ": " << refusal.reason << std::endl;
        try {
            project_.record_refusal(what, refusal.reason);
        } catch (const std::exception& error) {
            notices_ << "wijknet serve: could not log the refusal: " << error.what() << std::endl;
        }
    } else {
        ++refusals_left_out_;
    }
    return error_response(refusal.status, "refused: " + refusal.reason);
}

HttpResponse EditorService::page(const HttpRequest& request) {
    if (request.method != "GET") return error_response(405, "the page only takes GET");
    if (request.segments.empty()) {
        if (const std::string* token = request.query_value("token")) {
            if (!guard_.is_token(*token)) return refuse(request, {401, "wrong token in the address"});
            // The token leaves the address bar (and the history) for a cookie scripts cannot read.
            // The page then goes on from itself, not by a redirect: after a navigation from
            // another site (a file, a terminal's link) a redirect would not carry a strict cookie.
            HttpResponse response = html(200, logged_in_page);
            response.headers.emplace_back("Set-Cookie", guard_.cookie());
            response.headers.emplace_back("Refresh", "0; url=/");
            return response;
        }
        if (!guard_.has_cookie(request)) return html(401, no_token_page);
        const auto index = page_asset("index.html");
        std::string body(index->bytes);
        const std::string placeholder = "{{TOKEN}}";
        if (const auto at = body.find(placeholder); at != std::string::npos) body.replace(at, placeholder.size(), guard_.token().text());
        return html(200, std::move(body));
    }
    if (request.segments.size() == 2 && request.segments[0] == "app") {
        if (!guard_.has_cookie(request)) return refuse(request, {401, "page file without the token cookie"});
        const auto asset = page_asset(request.segments[1]);
        if (asset && request.segments[1] != "index.html")
            return {200, std::string(asset->content_type), {}, std::string(asset->bytes)};
    }
    return error_response(404, "no such page: " + request.target);
}

void EditorService::with_ecomap(HttpResponse& response, const HttpRequest& change) {
    // The picture the page shows, as it is after the change: the page redraws without asking again.
    HttpRequest picture = change;
    picture.method = "GET";
    const std::string file = *change.query_value("ecomap") + ".json";
    picture.segments = {"api", "ecomap", file};
    // Spliced in as text: parsing the picture's JSON only to write it again cost a fifth of a redraw.
    std::string picture_json;
    try {
        picture_json = handle_ecomap(context_, picture, std::span<const std::string>(picture.segments).subspan(2)).body;
    } catch (const std::exception& failure) {
        picture_json = Json{{"error", failure.what()}}.dump();  // the change itself was made: say so, never 404
    }
    const std::size_t end = response.body.rfind('}');
    if (end == std::string::npos) return;
    response.body.insert(end, (end > 0 && response.body[end - 1] != '{' ? ",\"ecomap\":" : "\"ecomap\":") + picture_json);
}

HttpResponse EditorService::api(const HttpRequest& request) {
    const auto& handlers = api_handlers();
    const auto handler = request.segments.size() >= 2 ? handlers.find(request.segments[1]) : handlers.end();
    if (handler == handlers.end()) return not_found(request);
    try {
        project_.refresh();  // another tab's server, or an import, may have changed the file
        HttpResponse response = handler->second(context_, request, std::span<const std::string>(request.segments).subspan(2));
        if (request.method != "GET" && response.status < 300 && request.query_value("ecomap")) with_ecomap(response, request);
        return response;
    } catch (const store::ChangeRefused& refused) {
        return error_response(400, "the change was refused: " + std::string(refused.what()), refused.problems());
    } catch (const BadRequest& bad) {
        return error_response(400, bad.what(), bad.problems());
    } catch (const store::StaleRevision& stale) {
        HttpResponse response = error_response(409, stale.what());
        Json body = Json::parse(response.body);
        body["revision"] = stale.current();
        body["changed_by"] = stale.latest().user;
        body["changed_at"] = stale.latest().time;
        return json_response(409, body);
    } catch (const store::NotFound& missing) {
        return error_response(404, missing.what());
    } catch (const RunError& failure) {
        return error_response(503, failure.what());
    } catch (const InputError& damaged) {
        return error_response(500, damaged.diagnostics().front().to_string());
    }
}

}  // namespace wijknet::server
