// SPDX-License-Identifier: MIT
// libsodium is known to graphlib only here.
#include "wijknet/privacy/pseudonyms.hpp"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace wijknet {
namespace {

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand stays right.
constexpr std::string_view code_alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

using Digest = std::array<unsigned char, 32>;

void start_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

Digest keyed_digest(std::string_view text, const Digest& key) {
    Digest digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                       key.data(), key.size());
    return digest;
}

std::string code_of(const Digest& digest, std::size_t length) {
    std::string code;
    for (std::size_t letter = 0; letter < length; ++letter) {
        const std::size_t bit = letter * 5;
        const unsigned pair = (static_cast<unsigned>(digest[bit / 8]) << 8) |
                              (bit / 8 + 1 < digest.size() ? digest[bit / 8 + 1] : 0u);
        code += code_alphabet[(pair >> (11 - bit % 8)) & 31];
    }
    return code;
}

std::string_view role_of(ActorKind kind, bool dutch) {
    switch (kind) {
        case ActorKind::professional: return "Professional";
        case ActorKind::volunteer: return dutch ? "Vrijwilliger" : "Volunteer";
        case ActorKind::resident: return dutch ? "Bewoner" : "Resident";
        default: return dutch ? "Persoon" : "Person";
    }
}

}  // namespace

Pseudonymiser::Pseudonymiser(std::string_view secret) {
    start_sodium();
    static_assert(crypto_kdf_KEYBYTES == 32 && crypto_generichash_KEYBYTES_MIN <= 32);
    std::array<unsigned char, crypto_kdf_KEYBYTES> master{};
    crypto_generichash(master.data(), master.size(), reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                       reinterpret_cast<const unsigned char*>("wijknet pseudonym key"), 21);
    // One subkey per use, so a map's moved positions tell nothing about the names' codes.
    crypto_kdf_derive_from_key(name_key_.data(), name_key_.size(), 1, "wijkname", master.data());
    crypto_kdf_derive_from_key(position_key_.data(), position_key_.size(), 2, "wijkplek", master.data());
    sodium_memzero(master.data(), master.size());
}

std::string Pseudonymiser::pseudonym(const Actor& actor, bool dutch, std::size_t code_length) const {
    if (!is_person(actor)) return actor.name;
    if (!actor.pseudonym.empty()) return actor.pseudonym;
    return std::string(role_of(actor.kind, dutch)) + " " +
           code_of(keyed_digest(actor.id, name_key_), std::min(code_length, max_code_length));
}

std::uint64_t Pseudonymiser::position_seed(std::string_view actor_id) const {
    const Digest digest = keyed_digest(actor_id, position_key_);
    std::uint64_t seed = 0;
    for (std::size_t i = 0; i < 8; ++i) seed = (seed << 8) | digest[i];
    return seed;
}

}  // namespace wijknet
