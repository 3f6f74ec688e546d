// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "wijknet/model/actor.hpp"

namespace wijknet {

/// \brief Gives every person a pseudonym that is the same in every picture made with the same key
/// and cannot be traced back to the id without it (SipHash-2-4, a keyed pseudorandom function).
///
/// The key never appears in an output. Organisations, places and groups are not people and keep
/// their names.
class Pseudonymiser {
public:
    /// Any text; its SipHash under a fixed key becomes the 128-bit key.
    explicit Pseudonymiser(std::string_view secret);

    /// "Bewoner K7Q2" / "Resident K7Q2", "Professional 3HX9", ...; the file's own `pseudonym` when
    /// it has one.
    [[nodiscard]] std::string pseudonym(const Actor& actor, bool dutch = true) const;

private:
    std::array<std::uint64_t, 2> key_{};
};

/// SipHash-2-4 of `data` under a 128-bit key (Aumasson and Bernstein 2012).
std::uint64_t siphash24(std::string_view data, const std::array<std::uint64_t, 2>& key);

}  // namespace wijknet
