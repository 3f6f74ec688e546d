// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "api_json.hpp"
#include "http_message.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::server {

/// \brief What every API handler works with: the project, and how people are named on this
/// request (`pseudonymise=1`, `lang=en`).
class ApiContext {
public:
    explicit ApiContext(store::Project& project) : project_(project) {}

    [[nodiscard]] store::Project& project() { return project_; }
    [[nodiscard]] const Network& network() const { return project_.network(); }

    /// \brief The names a request shows: each actor's name, or its unique pseudonym when the
    /// request asks for pseudonyms.
    class Names {
    public:
        [[nodiscard]] const std::string& operator[](ActorIndex actor) const {
            return pseudonyms_ ? (*pseudonyms_)[actor.value()] : network_->actor(actor).name;
        }
        [[nodiscard]] bool pseudonyms() const { return pseudonyms_ != nullptr; }

    private:
        friend class ApiContext;
        Names(const Network& network, const std::vector<std::string>* pseudonyms) : network_(&network), pseudonyms_(pseudonyms) {}
        const Network* network_;
        const std::vector<std::string>* pseudonyms_;
    };
    [[nodiscard]] Names names_for(const HttpRequest& request);
    [[nodiscard]] static bool dutch(const HttpRequest& request);

    /// Logs that a client's network was looked at in the editor: once per client in ten
    /// minutes, so that redrawing after every change does not fill the log.
    void viewed(const std::string& client);
    /// Logs that something left as a file; every time.
    void exported(const std::string& client, const std::string& what);

    /// An actor as the API shows it: its fields, its name as shown, and its revision. With
    /// pseudonyms, a person's name is the pseudonym too, and what could point at them (their
    /// own pseudonym, coordinates, free attributes) is left out.
    [[nodiscard]] Json actor_json(ActorIndex actor, const Names& names);
    /// A tie as the API shows it: its number, the fields of `version`, its revision, how many
    /// versions it has and whether this is the newest. With pseudonyms its free attributes (notes)
    /// are left out.
    [[nodiscard]] Json tie_json(store::TieId tie, TieIndex version, const Names& names);
    /// The actor an API path names. \throws store::NotFound.
    [[nodiscard]] ActorIndex actor_named(const std::string& id) const;
    /// The tie an API path names. \throws store::NotFound.
    [[nodiscard]] store::TieId tie_named(const std::string& number) const;

private:
    store::Project& project_;
    /// Pseudonyms depend on the actors only: they are made again when an actor changed, not
    /// for every change to a tie (a city's hundred thousand take a while).
    struct Pseudonyms {
        store::Revision actors_changed = -1;
        std::size_t actors = 0;
        std::vector<std::string> shown;
    };
    std::map<bool, Pseudonyms> pseudonyms_;  // by language: Dutch or not
    std::map<std::string, std::chrono::steady_clock::time_point> last_view_;
};

using ApiHandler = HttpResponse (*)(ApiContext&, const HttpRequest&, std::span<const std::string>);

/// The handlers by resource, each given the path after `/api/<resource>`.
HttpResponse handle_project(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_actors(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_clients(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_ties(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_ecomap(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_isolated(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_agenda(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_log(ApiContext&, const HttpRequest&, std::span<const std::string>);
HttpResponse handle_export(ApiContext&, const HttpRequest&, std::span<const std::string>);

/// 405 for a method a resource does not take.
HttpResponse method_not_allowed(const HttpRequest& request, const char* allowed);
HttpResponse not_found(const HttpRequest& request);

}  // namespace wijknet::server
