// SPDX-License-Identifier: MIT
#include "pseudonym_key.hpp"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet::cli {

std::optional<std::string> pseudonym_key(const std::string& key_file) {
    std::string key;
    if (!key_file.empty()) {
        std::ifstream in(key_file, std::ios::binary);
        if (!in) throw InputError(key_file, 0, "cannot be opened (expected a file holding the pseudonym key)");
        std::ostringstream content;
        content << in.rdbuf();
        key = content.str();
    } else if (const char* from_environment = std::getenv("WIJKNET_PSEUDONYM_KEY")) {
        key = from_environment;
    }
    if (key.empty()) return std::nullopt;
    return key;
}

std::string one_run_pseudonym_key() {
    std::random_device random;
    std::string key;
    for (int i = 0; i < 4; ++i) key += std::to_string(random()) + ":";
    return key;
}

}  // namespace wijknet::cli
