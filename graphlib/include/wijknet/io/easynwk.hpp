// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/model/network.hpp"

namespace wijknet {

/// Reads the `.json` file easyNWK (easynwk-web, FH St. Pölten) saves: one client's network map,
/// in one or more dated versions (docs/formats.md). The ego becomes a client (id `ego`), each
/// alter an actor with easyNWK's id; the quarter of the map an alter stands in gives the tie's
/// kind and the actor's sector (family, friends, colleagues, professional help), its distance
/// the ring, its support values the support letters and direction, `conflict` the valence.
/// Alters on the map without a line to the ego (`edgeType` 0) are kept without a tie. With
/// several versions, ties are dated: `since` the first version that shows a tie as it is, `until`
/// the day before the next version that shows it otherwise or not at all. Everything else an
/// alter holds (role, gender, age, note, position) is kept as attributes; what is left out and
/// why goes to `warnings` when given.
/// \throws InputError naming the file, and the line or the version and alter, of every problem.
Network read_easynwk(const std::filesystem::path& path, DiagnosticList* warnings = nullptr);
/// The same from text in memory; `file` names it in messages.
Network read_easynwk_text(std::string_view text, const std::string& file, DiagnosticList* warnings = nullptr);

}  // namespace wijknet
