// SPDX-License-Identifier: MIT
// The partitions and vectors of a Pajek file: a project file (.paj) holds them after its network,
// one value per vertex, as Pajek's .clu and .vec files do. They are read in a pass of their own,
// before the network, so each vertex has its values when it is made.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "wijknet/io/diagnostic.hpp"
#include "wijknet/text/ascii.hpp"

namespace wijknet::pajek {

/// Calls `on_line(line, number)` for each line of `text`, trimmed. Lines end in LF, CR LF or, from
/// old Mac programs, CR alone; a CR is never text.
template <class OnLine>
void for_each_line(std::string_view text, OnLine&& on_line) {
    std::size_t number = 0;
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find_first_of("\r\n", begin);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(begin, end - begin);
        begin = end + (text.substr(end, 2) == "\r\n" ? 2 : 1);
        on_line(text::trim(line), ++number);
    }
}

/// Whether a section's keyword starts a partition or a vector.
bool starts_vertex_values(std::string_view keyword);

/// \brief One partition or vector: the attribute its values are kept as, and a value per vertex
/// in vertex order (empty where Pajek's 9999998 says it is missing).
struct VertexValues {
    std::string name;
    std::size_t line = 0;     // of its *Partition or *Vector line
    std::size_t vertices = 0;  // as its own *Vertices line counts them
    std::vector<std::string> values;
};

/// The partitions and vectors of a Pajek file, their problems (a value that is no number, more or
/// fewer values than their *Vertices line says) added to `problems` with their lines.
std::vector<VertexValues> read_vertex_values(std::string_view text, const std::string& file, DiagnosticList& problems);

}  // namespace wijknet::pajek
