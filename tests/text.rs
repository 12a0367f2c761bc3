//! Numbers and joins written by hand: the same text as the standard library's formatting and joins.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::text;
use proptest::prelude::*;

proptest! {
    #[test]
    fn num_matches_to_string(n in any::<usize>()) {
        prop_assert_eq!(text::num(n), n.to_string());
        let mut s = String::from("x");
        text::push_num(&mut s, n);
        prop_assert_eq!(s, format!("x{n}"));
    }

    #[test]
    fn int_and_signed_match_the_standard_formatting(n in any::<i64>()) {
        prop_assert_eq!(text::int(n), n.to_string());
        prop_assert_eq!(text::signed(n), format!("{n:+}"));
        let mut s = String::from("x");
        text::push_signed(&mut s, n);
        prop_assert_eq!(s, format!("x{n:+}"));
    }

    #[test]
    fn cat_and_join_match_concat_and_join(items in prop::collection::vec(".{0,4}", 0..5), sep in ".{0,3}") {
        let strs: Vec<&str> = items.iter().map(String::as_str).collect();
        prop_assert_eq!(text::cat(&strs), strs.concat());
        prop_assert_eq!(text::join(&strs, &sep), strs.join(&sep));
        prop_assert_eq!(text::join(&items, &sep), items.join(&sep));
    }
}

#[test]
fn edges() {
    for n in [0, 9, 10, 99, 100, usize::MAX] {
        assert_eq!(text::num(n), n.to_string());
    }
    for n in [i64::MIN, -10, -1, 0, 1, 10, i64::MAX] {
        assert_eq!(text::int(n), n.to_string());
        assert_eq!(text::signed(n), format!("{n:+}"));
    }
}
