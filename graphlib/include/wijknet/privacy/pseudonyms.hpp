// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "wijknet/model/actor.hpp"

namespace wijknet {

/// \brief Gives every person a pseudonym that is the same in every picture made with the same key
/// and cannot be traced back to the id without it: a keyed BLAKE2b digest of the id (libsodium's
/// `crypto_generichash`, under a key derived from the secret with `crypto_kdf`).
///
/// The key never appears in an output. Organisations, places and groups are not people and keep
/// their names. A pseudonym alone may be shared by two people; unique_pseudonyms()
/// (pseudonymised_network.hpp) lengthens the codes of those who would share one in an output.
class Pseudonymiser {
public:
    /// Any text, however short: it is hashed into the key.
    explicit Pseudonymiser(std::string_view secret);

    /// "Bewoner K7Q2A" / "Resident K7Q2A", "Professional 3HX9T", ...; the file's own `pseudonym`
    /// when it has one. `code_length` letters of the actor's code (at most max_code_length).
    [[nodiscard]] std::string pseudonym(const Actor& actor, bool dutch = true, std::size_t code_length = short_code_length) const;
    /// A number drawn from the actor's id under the key, for moving a person's position on a map
    /// by an amount that cannot be undone without the key.
    [[nodiscard]] std::uint64_t position_seed(std::string_view actor_id) const;

    static constexpr std::size_t short_code_length = 5;
    /// Every letter carries 5 bits of the 256-bit digest.
    static constexpr std::size_t max_code_length = 51;

private:
    std::array<unsigned char, 32> name_key_{};
    std::array<unsigned char, 32> position_key_{};
};

}  // namespace wijknet
