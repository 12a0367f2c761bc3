//! Reader text in the Markdown copy: escaped, so a name or a note pasted into a Markdown page reads as typed.
#![cfg(not(target_arch = "wasm32"))]

use coordination_models::report::md_text;

#[test]
fn markup_in_reader_text_is_escaped_for_markdown() {
    assert_eq!(md_text("Ann"), "Ann");
    assert_eq!(md_text("<img src=x>"), "\\<img src=x\\>");
    assert_eq!(
        md_text("[click](javascript:x)"),
        "\\[click\\](javascript:x)"
    );
    assert_eq!(
        md_text("**bold** _it_ `code` # h | t"),
        "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\# h \\| t"
    );
    assert_eq!(md_text("line one\n# two"), "line one \\# two");
    assert_eq!(md_text("a \\ b & c"), "a \\\\ b \\& c");
}
