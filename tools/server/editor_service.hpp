// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <iosfwd>

#include "access_guard.hpp"
#include "api_context.hpp"
#include "http_message.hpp"
#include "wijknet/store/project.hpp"

namespace wijknet::server {

/// \brief The editor: the page, its files and the JSON API (docs/api.md) over one project.
/// Every request passes the access guard first; refused ones go to the project's log.
class EditorService {
public:
    /// `notices` gets a line for each refused request.
    EditorService(store::Project& project, AccessGuard guard, std::ostream& notices);

    HttpResponse handle(const HttpRequest& request);

private:
    HttpResponse page(const HttpRequest& request);
    HttpResponse api(const HttpRequest& request);
    HttpResponse refuse(const HttpRequest& request, const Refusal& refusal);
    /// Adds `ecomap` to the answer of a change that asked for it with `?ecomap=CLIENT`.
    void with_ecomap(HttpResponse& response, const HttpRequest& change);

    store::Project& project_;
    AccessGuard guard_;
    std::ostream& notices_;
    ApiContext context_;
    /// Refusals logged in the current minute, and those left out of the log in it: a page on
    /// another site can send requests without end, and each line of the log is a write to disk.
    std::chrono::steady_clock::time_point refusal_minute_;
    std::size_t refusals_logged_ = 0;
    std::size_t refusals_left_out_ = 0;
};

}  // namespace wijknet::server
