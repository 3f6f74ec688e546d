// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "wijknet/model/network.hpp"
#include "wijknet/privacy/pseudonyms.hpp"

namespace wijknet {

/// The name every actor is shown by when pictures are pseudonymised: a person's pseudonym,
/// unique among the people of `network` (those whose codes would be shared get longer ones), and
/// the name of an organisation, place or group. By ActorIndex.
std::vector<std::string> unique_pseudonyms(const Network& network, const Pseudonymiser& pseudonyms, bool dutch = true);

/// \brief A copy of `network` fit to leave the machine: every person is known by a unique
/// pseudonym and an id made from it, stands at the centre of the 100 m square holding them (RD
/// New; other coordinates are left out), and has no free attributes; ties keep no free
/// attributes (they hold notes). Organisations, places and groups are public and stay as they are.
Network pseudonymised_network(const Network& network, const Pseudonymiser& pseudonyms, bool dutch = true);

}  // namespace wijknet
