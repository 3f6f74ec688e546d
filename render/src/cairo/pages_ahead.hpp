// SPDX-License-Identifier: MIT
#pragma once

// The Cairo seam: only files under render/src/cairo/ include Cairo or Pango headers.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "cairo_handles.hpp"
#include "wijknet/render/canvas.hpp"
#include "wijknet/render/picture_file.hpp"

namespace wijknet::render {

/// \brief The pages of a long PDF, drawn ahead on a thread of their own into Cairo recordings
/// that the caller replays into the file in order. Laying a page out and shaping its text take
/// about as long as writing it, so a caseload is written in about half the time on two cores.
/// `draw` runs on that thread, one page after the other.
class PagesAhead {
public:
    using DrawPage = std::function<void(std::size_t page, Canvas&)>;

    /// `target`: the surface the pages are for, whose font options the recordings take, so that
    /// text is measured as it will be drawn there.
    PagesAhead(cairo_surface_t* target, const PictureSize& size, std::size_t pages, DrawPage draw);
    /// Stops drawing pages ahead and waits for the page being drawn.
    ~PagesAhead();
    PagesAhead(const PagesAhead&) = delete;
    PagesAhead& operator=(const PagesAhead&) = delete;

    /// Replays the next page onto `context`. \throws what drawing that page threw.
    void replay_next(cairo_t* context);

private:
    static constexpr std::size_t most_ahead = 8;  // recorded and not yet replayed

    void record_all();
    SurfaceHandle record(std::size_t page) const;

    FontOptionsHandle font_options_;
    PictureSize size_;
    std::size_t pages_;
    DrawPage draw_;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<SurfaceHandle> recorded_;
    std::exception_ptr failure_;
    bool stopping_ = false;

    std::thread recorder_;  // last: it starts once everything it uses is there
};

}  // namespace wijknet::render
