// SPDX-License-Identifier: MIT
// Reads a network as the guide shows (wijknet::load_network, Network::actors()), counts what the
// command line's `info` counts, reads a workbook through the GIS library and draws a picture:
// each of the three installed libraries is used once.
#include <filesystem>
#include <iostream>

#include "wijknet/analysis/isolation.hpp"
#include "wijknet/gis/workbook_file.hpp"
#include "wijknet/io/diagnostic.hpp"
#include "wijknet/io/network_file.hpp"
#include "wijknet/io/workbook.hpp"
#include "wijknet/render/picture_file.hpp"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: count_network NETWORK WORKBOOK PICTURE.png\n";
        return 2;
    }
    try {
        const wijknet::Network network = wijknet::load_network(argv[1]);
        std::size_t clients = 0;
        for (const wijknet::Actor& actor : network.actors()) clients += actor.is_client ? 1 : 0;
        std::cout << "actors " << network.actor_count() << " clients " << clients << " ties " << network.tie_count() << " flagged "
                  << wijknet::isolated_residents(network).size() << "\n";
        wijknet::set_workbook_reader(&wijknet::gis::read_workbook);
        std::cout << "workbook actors " << wijknet::load_network(argv[2]).actor_count() << "\n";
        wijknet::render::draw_picture_file(argv[3], {100, 100, 72}, [](wijknet::render::Canvas& canvas) {
            const wijknet::render::Colour green{0.2, 0.6, 0.3, 1};
            canvas.circle({50, 50}, 40, &green, nullptr);
        });
    } catch (const wijknet::InputError& error) {
        std::cerr << error.what() << "\n";
        return 2;
    }
    return 0;
}
