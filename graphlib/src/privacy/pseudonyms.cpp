// SPDX-License-Identifier: MIT
#include "wijknet/privacy/pseudonyms.hpp"

#include <cstring>

namespace wijknet {
namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

void sip_round(std::uint64_t& v0, std::uint64_t& v1, std::uint64_t& v2, std::uint64_t& v3) {
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
}

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand stays right.
constexpr std::string_view code_alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

}  // namespace

std::uint64_t siphash24(std::string_view data, const std::array<std::uint64_t, 2>& key) {
    std::uint64_t v0 = 0x736f6d6570736575ULL ^ key[0], v1 = 0x646f72616e646f6dULL ^ key[1];
    std::uint64_t v2 = 0x6c7967656e657261ULL ^ key[0], v3 = 0x7465646279746573ULL ^ key[1];
    const std::size_t n = data.size();
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t m = 0;
        for (int b = 0; b < 8; ++b) m |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i + b])) << (8 * b);
        v3 ^= m;
        sip_round(v0, v1, v2, v3);
        sip_round(v0, v1, v2, v3);
        v0 ^= m;
    }
    std::uint64_t last = static_cast<std::uint64_t>(n) << 56;
    for (int b = 0; i + b < n; ++b) last |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i + b])) << (8 * b);
    v3 ^= last;
    sip_round(v0, v1, v2, v3);
    sip_round(v0, v1, v2, v3);
    v0 ^= last;
    v2 ^= 0xff;
    for (int r = 0; r < 4; ++r) sip_round(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

Pseudonymiser::Pseudonymiser(std::string_view secret) {
    const std::array<std::uint64_t, 2> stretch{0x77696a6b6e6574ULL, 0x707365756479ULL};
    key_ = {siphash24(secret, stretch), siphash24(std::string(secret) + "#2", stretch)};
}

std::string Pseudonymiser::pseudonym(const Actor& actor, bool dutch) const {
    if (!is_person(actor)) return actor.name;
    if (!actor.pseudonym.empty()) return actor.pseudonym;
    std::string role;
    switch (actor.kind) {
        case ActorKind::professional: role = "Professional"; break;
        case ActorKind::volunteer: role = dutch ? "Vrijwilliger" : "Volunteer"; break;
        case ActorKind::resident: role = dutch ? "Bewoner" : "Resident"; break;
        default: role = dutch ? "Persoon" : "Person"; break;
    }
    std::uint64_t hash = siphash24(actor.id, key_);
    std::string code;
    for (int i = 0; i < 5; ++i) {
        code += code_alphabet[hash & 31];
        hash >>= 5;
    }
    return role + " " + code;
}

}  // namespace wijknet
