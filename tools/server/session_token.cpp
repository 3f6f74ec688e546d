// SPDX-License-Identifier: MIT
#include "session_token.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace wijknet::server {
namespace {

void start_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start (no source of random numbers?)");
}

}  // namespace

std::string random_hex(std::size_t bytes) {
    start_sodium();
    std::vector<unsigned char> random(bytes);
    randombytes_buf(random.data(), random.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), random.data(), random.size());
    hex.pop_back();
    return hex;
}

SessionToken::SessionToken() : text_(random_hex(32)) {}

bool SessionToken::matches(std::string_view offered) const {
    if (offered.size() != text_.size()) return false;
    return sodium_memcmp(offered.data(), text_.data(), text_.size()) == 0;
}

}  // namespace wijknet::server
