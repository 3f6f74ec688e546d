// SPDX-License-Identifier: MIT
#include "matrix_ties.hpp"

#include "wijknet/text/ascii.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {

bool is_symmetric(const MatrixCells& cells) {
    for (const auto& [ends, cell] : cells) {
        const auto mirror = cells.find({ends.second, ends.first});
        if (mirror == cells.end() || mirror->second.value != cell.value) return false;
    }
    return true;
}

void add_matrix_ties(const MatrixCells& cells, const std::function<std::string(std::size_t)>& id_of, const std::string& relation,
                     const std::string& file, NetworkAssembler& assembler) {
    const bool symmetric = is_symmetric(cells);
    for (const auto& [ends, cell] : cells) {
        if (symmetric && ends.first > ends.second) continue;  // the pair's other cell
        binding::TieDraft draft;
        draft.source_id = id_of(ends.first);
        draft.target_id = id_of(ends.second);
        if (cell.value != 1.0) draft.attributes.push_back({"weight", text::format_decimal(cell.value)});
        if (!relation.empty()) draft.attributes.push_back({"relation", relation});
        if (!symmetric) mark_directed(draft.attributes);
        assembler.add_tie(std::move(draft), file, cell.line);
    }
}

}  // namespace wijknet
