// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "wijknet/model/network.hpp"

namespace wijknet {

/// \brief The professionals around one client and whether they work together ("one family, one
/// plan, one coordinator").
struct CareCoordination {
    ActorIndex client;
    /// Professionals with an active formal tie to the client, in id order.
    std::vector<ActorIndex> professionals;
    /// Their organisations (actor ids), in id order; a professional without one counts alone.
    std::vector<std::string> organisations;
    std::size_t professional_pairs = 0;
    /// Pairs of the client's professionals with a collaboration, referral or colleague tie.
    std::size_t connected_pairs = 0;
    /// Share of professional pairs without a tie; 0 with fewer than two professionals.
    double fragmentation = 0;
    /// Groups the professionals fall into over those ties.
    std::size_t groups = 0;
    std::optional<ActorIndex> suggested_coordinator;
    std::string reason;
};

struct CoordinationOptions {
    std::optional<Date> at;
};

/// O(sum of the degrees of the client's professionals).
CareCoordination coordinate_care(const Network& network, ActorIndex client, const CoordinationOptions& options = {});

/// \brief Two organisations that share clients; the agenda for the neighbourhood's professionals.
struct OrganisationPair {
    std::string first;
    std::string second;
    std::size_t shared_clients = 0;
    bool collaborate = false;
};

/// Pairs of organisations that share at least one client but have no collaboration tie (between
/// the organisations or any of their professionals), most shared clients first.
/// O(clients x professionals per client squared + ties).
std::vector<OrganisationPair> coordination_agenda(const Network& network, const CoordinationOptions& options = {});

/// The organisation (actor id) a professional works for: the `organisation` column, else the
/// target of an employment tie, else empty.
std::string organisation_of(const Network& network, ActorIndex professional);

}  // namespace wijknet
