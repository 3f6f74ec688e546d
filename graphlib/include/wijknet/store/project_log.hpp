// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "wijknet/model/attributes.hpp"

namespace wijknet::store {

/// The number of a change: the log entry that made it. Grows with every change to a project.
using Revision = std::int64_t;

/// \brief One entry of a project's access log (NEN 7513): what happened, when, to whose network,
/// by whom and on whose behalf.
struct LogEntry {
    Revision id = 0;
    /// UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    std::string time;
    std::string user;
    std::string on_behalf_of;
    /// `create`, `change`, `end`, `delete`, `import`, `read`, `export` or `refused`.
    std::string event;
    /// `actor`, `tie`, `network` or `request`.
    std::string object;
    /// The actor's id, the tie's number, or the request.
    std::string object_id;
    /// The client whose network it concerns; empty for the whole network.
    std::string client;
    /// The object before and after, by the CSV pair's column names; empty where there is no
    /// before (a create) or after (a delete, a read).
    Attributes before;
    Attributes after;
    std::string reason;
};

struct LogFilter {
    /// Only entries about this client's network.
    std::string client;
    /// Only entries after this one, for following the log.
    std::optional<Revision> after;
    /// At most this many, the newest (0: all).
    std::size_t limit = 0;
};

}  // namespace wijknet::store
