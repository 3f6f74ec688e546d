// SPDX-License-Identifier: MIT
#include "mapped_region_guard.hpp"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace wijknet::mapped_region_guard {
namespace {

// The signal handler may run on any thread while others guard and unguard, so the slots are
// atomics that it only reads (and the cut flag, which it sets); it takes no lock.
struct GuardedRegion {
    std::atomic<std::uintptr_t> begin{0};
    std::atomic<std::uintptr_t> end{0};
    std::atomic<bool> cut{false};
};

constexpr std::size_t slot_count = 64;
std::array<GuardedRegion, slot_count> regions;
struct sigaction previous_action {};
std::uintptr_t page_size = 4096;
std::once_flag installed;

bool replace_with_zeros(std::uintptr_t address) {
    for (auto& region : regions) {
        const auto end = region.end.load(std::memory_order_acquire);
        const auto begin = region.begin.load(std::memory_order_acquire);
        if (begin == 0 || address < begin || address >= end) continue;
        void* page = reinterpret_cast<void*>(address & ~(page_size - 1));
        // mmap is a plain system call on Linux, safe here though POSIX does not list it.
        if (::mmap(page, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) return false;
        region.cut.store(true, std::memory_order_release);
        return true;
    }
    return false;
}

void on_bus_error(int signal, siginfo_t* info, void* context) {
    if (replace_with_zeros(reinterpret_cast<std::uintptr_t>(info->si_addr))) return;
    // Not a guarded mapping: what would have happened without the guard happens.
    if (previous_action.sa_flags & SA_SIGINFO) {
        previous_action.sa_sigaction(signal, info, context);
    } else if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN) {
        previous_action.sa_handler(signal);
    } else {
        ::signal(SIGBUS, SIG_DFL);  // the faulting access runs again and ends the process
    }
}

void install() {
    page_size = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    struct sigaction action {};
    action.sa_sigaction = on_bus_error;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, &previous_action);
}

}  // namespace

int guard(const void* begin, std::size_t size) {
    std::call_once(installed, install);
    const auto first = reinterpret_cast<std::uintptr_t>(begin);
    for (std::size_t slot = 0; slot < slot_count; ++slot) {
        std::uintptr_t free = 0;
        // The begin is claimed first and the end stored after: until then the handler's range
        // check fails (the end is 0), so it never mistakes a half-claimed slot for a mapping.
        if (!regions[slot].begin.compare_exchange_strong(free, first, std::memory_order_acq_rel)) continue;
        regions[slot].cut.store(false, std::memory_order_relaxed);
        regions[slot].end.store(first + size, std::memory_order_release);
        return static_cast<int>(slot);
    }
    return -1;
}

bool was_cut(int slot) { return regions[static_cast<std::size_t>(slot)].cut.load(std::memory_order_acquire); }

void unguard(int slot) {
    auto& region = regions[static_cast<std::size_t>(slot)];
    region.end.store(0, std::memory_order_release);
    region.begin.store(0, std::memory_order_release);
}

}  // namespace wijknet::mapped_region_guard
