// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace wijknet {

/// \brief An allocator for big tables read at random, such as the index of a million actors'
/// ids (32 MB): from 2 MB on, it asks Linux for 2 MB pages. With 4 kB pages nearly every
/// lookup in such a table also misses the processor's page table cache; loading a million
/// residents' ties looks up two actors per tie. Smaller tables, and other systems, get memory
/// as std::allocator gives it.
template <class T>
struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t huge_page = std::size_t{2} << 20;

    HugePageAllocator() = default;
    template <class U>
    explicit HugePageAllocator(const HugePageAllocator<U>&) {}

    T* allocate(std::size_t n) {
        if (!wants_huge_pages(n)) return std::allocator<T>{}.allocate(n);
        void* memory = std::aligned_alloc(huge_page, rounded(n));
        if (!memory) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        ::madvise(memory, rounded(n), MADV_HUGEPAGE);  // advice: without it, 4 kB pages as before
#endif
        return static_cast<T*>(memory);
    }
    void deallocate(T* memory, std::size_t n) {
        if (!wants_huge_pages(n)) return std::allocator<T>{}.deallocate(memory, n);
        std::free(memory);
    }
    template <class U>
    bool operator==(const HugePageAllocator<U>&) const {
        return true;
    }

private:
    static bool wants_huge_pages(std::size_t n) { return n >= huge_page / sizeof(T); }
    static std::size_t rounded(std::size_t n) { return (n * sizeof(T) + huge_page - 1) / huge_page * huge_page; }
};

}  // namespace wijknet
