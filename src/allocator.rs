//! The allocator of the `baocao` command: mimalloc, told during a build to
//! keep the memory it frees. The one place `unsafe` is allowed: mimalloc's
//! options are set through its C interface.
#![allow(unsafe_code)]

/// mimalloc: rendering thousands of pages is mostly small allocations,
/// which glibc's allocator serves slowly from two threads (a commune-scale
/// build spent a quarter of its time in malloc and free). Built without
/// transparent huge pages (the `no_thp` feature): with them, the kernel
/// zeroed whole 2 MB pages of mimalloc's arenas that were only partly used,
/// 10% of the 3,332-commune build's CPU, against 3% in 4 KB pages, and the
/// build's peak memory fell from 750 to 680 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc's `mimalloc.h` (the 16th option,
/// counted from 0; the Rust bindings name no constant for it). The test
/// below holds the number to the option's documented default.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// A build frees and allocates again, page after page, about as much as it
/// keeps. By default mimalloc hands freed memory back to the system after a
/// second, and the next page's allocations fault it back in: the kernel
/// zeroes it again, 2 MB at a time. On the 3,332-commune site that was 8% of
/// the build's CPU. A build is short: keep what was freed until it exits.
/// `serve` runs for hours and keeps the default.
pub fn keep_freed_memory() {
    // SAFETY: sets a plain integer option; mimalloc reads options with
    // atomics, so this is sound at any time, from any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_option_set_is_the_purge_delay() {
        // mimalloc v3 documents the purge delay's default as 1000 ms; no
        // other option has that default, so a renumbered enum fails here.
        // SAFETY: reads an integer option.
        let v = unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) };
        assert_eq!(v, 1000);
    }
}
