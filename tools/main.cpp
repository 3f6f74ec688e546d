// SPDX-License-Identifier: MIT
#include <iostream>
#include <string>
#include <vector>

#include "cli/run.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return wijknet::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
