// SPDX-License-Identifier: MIT
#pragma once

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <string>

#include "test_paths.hpp"

namespace wijknet::test {

/// What a fixture generator (tests/fixtures/make_*_fixtures.py) recorded of one of its files:
/// `files.FILE` of tests/data/FOLDER/expected.json.
inline boost::property_tree::ptree expected_facts(const std::string& folder, const std::string& file) {
    boost::property_tree::ptree facts;
    boost::property_tree::read_json(data_path(folder + "/expected.json").string(), facts);
    // File names hold dots, which property_tree would take for steps of a path.
    return facts.get_child("files").get_child(boost::property_tree::ptree::path_type(file, '/'));
}

}  // namespace wijknet::test
