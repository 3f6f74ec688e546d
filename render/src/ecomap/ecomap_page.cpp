// SPDX-License-Identifier: MIT
#include "wijknet/render/ecomap_page.hpp"

#include <array>

namespace wijknet::render {
namespace {

constexpr std::array<const char*, 12> dutch_months{"januari", "februari", "maart", "april", "mei", "juni",
                                                   "juli", "augustus", "september", "oktober", "november", "december"};
constexpr std::array<const char*, 12> english_months{"January", "February", "March", "April", "May", "June",
                                                     "July", "August", "September", "October", "November", "December"};

}  // namespace

std::string spelled_date(Date day, Language language) {
    const auto iso = day.to_string();
    const int month = std::stoi(iso.substr(5, 2)), day_of_month = std::stoi(iso.substr(8, 2));
    const auto& months = language == Language::nl ? dutch_months : english_months;
    return std::to_string(day_of_month) + " " + months[static_cast<std::size_t>(month - 1)] + " " + iso.substr(0, 4);
}

EcomapDrawing draw_ecomap_page(Canvas& canvas, double width, double height, const Network& network, const EcomapPage& page) {
    EcomapPictureOptions options;
    options.scheme = page.scheme;
    options.language = page.language;
    options.contact_ties = page.contact_ties;
    options.name_of = page.name_of;
    const bool dutch = page.language == Language::nl;
    if (page.compare) {
        options.date_text = spelled_date(page.compare->first, page.language) + " \u2192 " +
                            spelled_date(page.compare->second, page.language);
        auto change = ego_change(network, page.client, page.compare->first, page.compare->second);
        options.gained = std::move(change.gained);
        options.lost = std::move(change.lost);
        return draw_ecomap(canvas, width, height, network, change.view, options);
    }
    options.date_text = page.at ? (dutch ? "op " : "on ") + spelled_date(*page.at, page.language)
                                : (dutch ? "alle contacten, alle data" : "all ties, all dates");
    const auto view = ego_network(network, page.client, {.radius = 1, .at = page.at});
    return draw_ecomap(canvas, width, height, network, view, options);
}

}  // namespace wijknet::render
