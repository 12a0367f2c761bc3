//! One stable sort for the whole app, so the wasm carries one copy of the sorting code.

/// Stable sort by an integer key.
///
/// Every sort in the app goes through this one function: a merge sort of `(key, index)` pairs, written out here
/// because it is a fraction of the size of the standard library's sort in the wasm (and as fast for these lists).
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let mut order: Vec<(i64, usize)> = items.iter().map(&key).zip(0..).collect();
    merge_sort(&mut order);
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, i)| slots[i].take()));
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
