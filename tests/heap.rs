//! The wasm build's allocator (`heap`), run natively over a plain buffer: blocks are aligned, never overlap, keep
//! their contents, and are reused once given back.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::heap::{Heap, PAGE};

/// A heap over `pages` pages of a buffer, growing into it page by page.
struct Arena {
    heap: Heap,
    base: usize,
    used: usize,
    pages: usize,
    _buffer: Vec<u8>,
}

impl Arena {
    fn new(pages: usize) -> Arena {
        let buffer = vec![0u8; (pages + 1) * PAGE];
        let base = (buffer.as_ptr() as usize).next_multiple_of(PAGE);
        Arena {
            heap: Heap::new(),
            base,
            used: 0,
            pages,
            _buffer: buffer,
        }
    }

    fn alloc(&mut self, size: usize, align: usize) -> usize {
        let (base, used, pages) = (self.base, &mut self.used, self.pages);
        let grow = |n: usize| {
            (*used + n <= pages).then(|| {
                let at = base + *used * PAGE;
                *used += n;
                at
            })
        };
        // SAFETY: the arena's pages are unused until `grow` hands them out.
        unsafe { self.heap.alloc(size, align, grow) as usize }
    }

    fn free(&mut self, at: usize, size: usize, align: usize) {
        // SAFETY: `at` came from `alloc` with this size and alignment.
        unsafe { self.heap.dealloc(at as *mut u8, size, align) }
    }
}

#[test]
fn blocks_are_aligned_disjoint_keep_their_contents_and_are_reused() {
    let mut a = Arena::new(256);
    let mut live: Vec<(usize, usize, usize, u8)> = Vec::new();
    let mut seed = 12345u64;
    let mut rand = move |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    for round in 0..20_000 {
        if live.len() > 50 && rand(2) == 0 {
            let (at, size, align, fill) = live.swap_remove(rand(live.len() as u64) as usize);
            // SAFETY: the block is ours and `size` bytes long.
            let bytes = unsafe { std::slice::from_raw_parts(at as *const u8, size) };
            assert!(
                bytes.iter().all(|&b| b == fill),
                "block at {at:#x} was overwritten"
            );
            a.free(at, size, align);
        } else {
            let size = 1 + rand(if round % 97 == 0 { 70_000 } else { 300 }) as usize;
            let align = 1usize << rand(5);
            let at = a.alloc(size, align);
            assert_ne!(at, 0, "out of memory after {round} rounds");
            assert_eq!(at % align, 0);
            for &(o, osize, _, _) in &live {
                assert!(at + size <= o || o + osize <= at, "overlap");
            }
            let fill = (round % 251) as u8;
            // SAFETY: the block is ours and `size` bytes long.
            unsafe { std::ptr::write_bytes(at as *mut u8, fill, size) };
            live.push((at, size, align, fill));
        }
    }
    assert!(
        a.used < 256,
        "freed blocks are reused ({} pages used)",
        a.used
    );
}

#[test]
fn a_freed_block_is_the_next_one_of_its_size() {
    let mut a = Arena::new(4);
    let x = a.alloc(24, 8);
    let y = a.alloc(30, 8);
    assert_ne!(x, y);
    a.free(x, 24, 8);
    assert_eq!(a.alloc(17, 8), x, "17 to 32 bytes share a size class");
    assert!(Heap::fits(20, 32, 8) && !Heap::fits(20, 33, 8));
}

#[test]
fn out_of_memory_is_null_not_a_crash() {
    let mut a = Arena::new(2);
    assert_ne!(a.alloc(100, 8), 0);
    assert_eq!(a.alloc(3 * PAGE, 8), 0);
    assert_eq!(a.alloc(16, 8192), 0, "alignments above 4096 are refused");
}
