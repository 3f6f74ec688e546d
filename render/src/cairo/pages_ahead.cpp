// SPDX-License-Identifier: MIT
#include "pages_ahead.hpp"

#include <utility>

#include "cairo_canvas.hpp"

namespace wijknet::render {

PagesAhead::PagesAhead(cairo_surface_t* target, const PictureSize& size, std::size_t pages, DrawPage draw)
    : font_options_(cairo_font_options_create()), size_(size), pages_(pages), draw_(std::move(draw)) {
    cairo_surface_get_font_options(target, font_options_.get());
    recorder_ = std::thread([this] { record_all(); });
}

PagesAhead::~PagesAhead() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    recorder_.join();
}

void PagesAhead::replay_next(cairo_t* context) {
    SurfaceHandle page;
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return !recorded_.empty() || failure_; });
        // The pages drawn before a failure are replayed first; the failure comes with its page.
        if (recorded_.empty()) std::rethrow_exception(failure_);
        page = std::move(recorded_.front());
        recorded_.pop_front();
    }
    changed_.notify_all();  // room for one more page ahead
    cairo_set_source_surface(context, page.get(), 0, 0);
    cairo_paint(context);
}

void PagesAhead::record_all() {
    for (std::size_t page = 0; page < pages_; ++page) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [this] { return stopping_ || recorded_.size() < most_ahead; });
            if (stopping_) return;
        }
        try {
            SurfaceHandle recording = record(page);
            const std::lock_guard lock(mutex_);
            recorded_.push_back(std::move(recording));
        } catch (...) {
            const std::lock_guard lock(mutex_);
            failure_ = std::current_exception();
        }
        changed_.notify_all();
        if (failure_) return;  // only this thread sets it
    }
}

SurfaceHandle PagesAhead::record(std::size_t page) const {
    const cairo_rectangle_t extents{0, 0, size_.width, size_.height};
    SurfaceHandle recording(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents));
    ContextHandle context(cairo_create(recording.get()));
    check_cairo_status(cairo_status(context.get()), "starting to draw");
    cairo_set_font_options(context.get(), font_options_.get());
    {
        CairoCanvas canvas(context.get());
        draw_(page, canvas);
    }
    check_cairo_status(cairo_status(context.get()), "drawing");
    return recording;
}

}  // namespace wijknet::render
