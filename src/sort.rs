//! One stable sort for the whole app, so the wasm carries one copy of the sorting code.

/// Stable sort by an integer key.
///
/// Every sort in the app goes through this one function: a merge sort of `(key, index)` pairs, written out here
/// because it is a fraction of the size of the standard library's sort in the wasm (and as fast for these lists).
pub fn by_key<T>(items: &mut [T], key: impl Fn(&T) -> i64) {
    // Only the keys and the swaps depend on `T`: the sorting and the bookkeeping are one copy for every type.
    for (a, b) in swaps(items.iter().map(key).collect()) {
        items.swap(a, b);
    }
}

/// The swaps that put items with these keys in stable order.
fn swaps(keys: Vec<i64>) -> Vec<(usize, usize)> {
    let mut order: Vec<(i64, usize)> = keys.into_iter().zip(0..).collect();
    merge_sort(&mut order);
    // `at[slot]`: the item now in that slot; `pos[item]`: the slot that item is now in.
    let mut at: Vec<usize> = (0..order.len()).collect();
    let mut pos = at.clone();
    let mut out = Vec::new();
    for (slot, &(_, item)) in order.iter().enumerate() {
        let from = pos[item];
        if from != slot {
            out.push((slot, from));
            let displaced = at[slot];
            at[from] = displaced;
            pos[displaced] = from;
            at[slot] = item;
            pos[item] = slot;
        }
    }
    out
}

/// Bottom-up merge sort by the key; equal keys keep their order.
fn merge_sort(v: &mut Vec<(i64, usize)>) {
    let n = v.len();
    let mut other = v.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b) = (start, mid);
            for slot in &mut other[start..end] {
                if b >= end || (a < mid && v[a].0 <= v[b].0) {
                    *slot = v[a];
                    a += 1;
                } else {
                    *slot = v[b];
                    b += 1;
                }
            }
            start = end;
        }
        std::mem::swap(v, &mut other);
        width *= 2;
    }
}
