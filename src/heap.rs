//! The wasm build's memory allocator: free lists by power-of-two size, fed from `memory.grow`. About a tenth of the
//! wasm of the standard allocator (dlmalloc) and constant time per call; it trades up to half of each block for that
//! (sizes round up to a power of two) and never returns memory to the browser, which a page-long widget does not
//! need. Native builds and tests keep the standard allocator; `tests/heap.rs` runs this one over a plain buffer.

/// Blocks smaller than this are rounded up to it (a free block holds the address of the next one).
const MIN: usize = 8;
/// Blocks are aligned to their size, up to this.
const MAX_ALIGN: usize = 4096;
/// A wasm memory page.
pub const PAGE: usize = 65536;

/// The allocator's state: one free list per size class, and the unused rest of the last memory it was given.
#[derive(Debug)]
pub struct Heap {
    free: [usize; usize::BITS as usize],
    next: usize,
    end: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

/// The size class of a request: blocks of `1 << class` bytes.
fn class(size: usize, align: usize) -> usize {
    size.max(align)
        .max(MIN)
        .next_power_of_two()
        .trailing_zeros() as usize
}

impl Heap {
    /// An empty heap: all its memory will come from `grow`.
    pub const fn new() -> Self {
        Heap {
            free: [0; usize::BITS as usize],
            next: 0,
            end: 0,
        }
    }

    /// A block for `size` bytes aligned to `align` (a power of two up to 4096), or null. `grow(pages)` adds that
    /// many pages of memory and returns where they start, or None.
    ///
    /// # Safety
    /// Memory that `grow` returns must be unused and writable.
    pub unsafe fn alloc(
        &mut self,
        size: usize,
        align: usize,
        grow: impl FnOnce(usize) -> Option<usize>,
    ) -> *mut u8 {
        if align > MAX_ALIGN {
            return core::ptr::null_mut();
        }
        let c = class(size, align);
        let head = self.free[c];
        if head != 0 {
            // SAFETY: a free block holds the address of the next free block of its class.
            self.free[c] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let block = 1usize << c;
        let step = block.min(MAX_ALIGN);
        let mut at = (self.next + step - 1) & !(step - 1);
        if at < self.next || at.saturating_add(block) > self.end {
            let pages = block.div_ceil(PAGE) + 1;
            let Some(start) = grow(pages) else {
                return core::ptr::null_mut();
            };
            if start != self.end {
                self.next = start;
            }
            self.end = start + pages * PAGE;
            at = (self.next + step - 1) & !(step - 1);
        }
        self.next = at + block;
        at as *mut u8
    }

    /// Gives back a block that [`Heap::alloc`] returned for the same size and alignment.
    ///
    /// # Safety
    /// `ptr` must come from `alloc` with this size and alignment, and not be used again.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, size: usize, align: usize) {
        let c = class(size, align);
        // SAFETY: the block is at least `MIN` bytes, aligned, and ours again.
        unsafe { *(ptr as *mut usize) = self.free[c] };
        self.free[c] = ptr as usize;
    }

    /// Whether a block for `old` bytes can also hold `new` bytes (same size class), so `realloc` keeps it.
    pub fn fits(old: usize, new: usize, align: usize) -> bool {
        class(old, align) == class(new, align)
    }
}

/// The wasm build's global allocator: a [`Heap`] behind the `GlobalAlloc` interface.
#[cfg(target_arch = "wasm32")]
mod global {
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    use super::{Heap, PAGE};

    struct Global(UnsafeCell<Heap>);

    // SAFETY: the widget runs on one thread (wasm without threads).
    unsafe impl Sync for Global {}

    fn grow(pages: usize) -> Option<usize> {
        let old = core::arch::wasm32::memory_grow(0, pages);
        (old != usize::MAX).then(|| old * PAGE)
    }

    // SAFETY: `Heap` hands out each block once until it is given back, aligned as asked.
    unsafe impl GlobalAlloc for Global {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            unsafe { (*self.0.get()).alloc(l.size(), l.align(), grow) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, l: Layout) {
            unsafe { (*self.0.get()).dealloc(ptr, l.size(), l.align()) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, l: Layout, new: usize) -> *mut u8 {
            if Heap::fits(l.size(), new, l.align()) {
                return ptr;
            }
            // SAFETY: as the default `realloc`: a new block, the old contents copied, the old block given back.
            unsafe {
                let to = self.alloc(Layout::from_size_align_unchecked(new, l.align()));
                if !to.is_null() {
                    core::ptr::copy_nonoverlapping(ptr, to, l.size().min(new));
                    self.dealloc(ptr, l);
                }
                to
            }
        }
    }

    #[global_allocator]
    static HEAP: Global = Global(UnsafeCell::new(Heap::new()));
}
