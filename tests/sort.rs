//! The app's one sort (a merge sort): the same order as the standard library's stable sort.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::sort;
use proptest::prelude::*;

proptest! {
    #[test]
    fn by_key_matches_the_standard_stable_sort(items in prop::collection::vec((-5i64..5, any::<u16>()), 0..300)) {
        let mut ours = items.clone();
        sort::by_key(&mut ours, |x| x.0);
        let mut std = items;
        std.sort_by_key(|x| x.0);
        prop_assert_eq!(ours, std);
    }
}
