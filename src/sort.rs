//! One stable sort for the whole app, so the wasm carries one copy of the sorting code.

/// Stable sort by an integer key.
///
/// Every sort in the app goes through this one instance of the standard sort (on `(key, index)`
/// pairs), instead of one copy of the sorting code per element type in the wasm.
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let mut order: Vec<(i64, usize)> = items.iter().map(&key).zip(0..).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, i)| slots[i].take()));
}
