//! Which part a function of the wasm belongs to, from its name: a crate, or one of our source files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Crates in the bindings group (the rest of Yew's dependency tree goes to the Yew group).
const BINDINGS: &[&str] = &["wasm_bindgen", "js_sys", "web_sys", "wasm_bindgen_futures"];

/// What the classifier needs to know about the project.
pub struct Context {
    /// Library names of the crates in Yew's dependency tree (wasm target).
    pub yew_crates: BTreeSet<String>,
    /// The project root, to find which source file a module path lives in.
    pub root: PathBuf,
    /// Our source files of the app (not `src/bin`), with their group.
    pub files: Vec<(String, &'static str)>,
}

/// The app's source files under `src/` (not `src/bin/`), relative to the project, with their group.
pub fn source_files(root: &Path) -> Vec<(String, &'static str)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, &'static str)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            if path.is_dir() && rel != "src/bin" {
                walk(&path, root, out);
            } else if rel.ends_with(".rs") {
                let group = group_of(&rel);
                out.push((rel, group));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root.join("src"), root, &mut out);
    out.sort();
    out
}

/// The type or function path a demangled name belongs to: `A` for `<A as Trait>::f` and `<A>::f`, else the name.
fn subject(name: &str) -> &str {
    let Some(inner) = name.strip_prefix('<') else {
        // A tuple or array (drop glue for `[T; 3]`, `(A, B)`): its first element type.
        return name.trim_start_matches(['&', '*', '[', '(', ' ']);
    };
    // The self type ends at " as " or at the closing '>' of the leading '<', outside any nested brackets.
    let mut depth = 0usize;
    let mut end = inner.len();
    for (i, c) in inner.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '>' if depth == 0 => {
                end = i;
                break;
            }
            '>' => depth -= 1,
            ' ' if depth == 0 && inner[i..].starts_with(" as ") => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let mut s = &inner[..end];
    if s.starts_with('<') {
        return subject(s);
    }
    loop {
        let t = s
            .trim_start_matches(['&', '*', '[', '(', ' '])
            .trim_start_matches("mut ")
            .trim_start_matches("const ")
            .trim_start_matches("dyn ");
        if t == s {
            return s;
        }
        s = t;
    }
}

/// The leading crate (or primitive type) of a path.
fn crate_of(path: &str) -> &str {
    let end = path
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(path.len());
    &path[..end]
}

/// The source file (relative to the project) of a path in our crate: the longest module path that is a file.
fn source_file(path: &str, root: &Path) -> String {
    let segments: Vec<&str> = path
        .split("::")
        .skip(1)
        .take_while(|s| s.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .collect();
    for n in (1..=segments.len()).rev() {
        let file = format!("src/{}.rs", segments[..n].join("/"));
        if root.join(&file).is_file() {
            return file;
        }
    }
    "src/lib.rs".to_string()
}

/// A function's name as a plain Rust path: demangled (wasm-bindgen usually did that already), without the
/// symbol hash (`::h0123…`), crate disambiguators (`core[0123…]`) or the suffixes wasm-opt and wasm-bindgen add.
pub fn plain_name(raw: &str) -> String {
    let mut name = format!("{:#}", rustc_demangle::demangle(raw));
    if let Some(n) = name.strip_suffix(" externref shim") {
        name = n.to_string();
    }
    let is_hex = |s: &str| s.len() == 16 && s.chars().all(|c| c.is_ascii_hexdigit());
    // wasm-opt's copies: "f.10", "f[1]".
    while let Some(at) = name.rfind(['.', '[']) {
        let tail = name[at + 1..].trim_end_matches(']');
        if !tail.is_empty() && tail.chars().all(|c| c.is_ascii_digit()) {
            name.truncate(at);
        } else {
            break;
        }
    }
    if let Some(at) = name.rfind("::h")
        && is_hex(&name[at + 3..])
    {
        name.truncate(at);
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name.as_str();
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        let inner = &rest[at + 1..];
        match inner.find(']') {
            Some(end) if is_hex(&inner[..end]) => rest = &inner[end + 1..],
            _ => {
                out.push('[');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The group of one of our source files: components (with the root component and the entry) or pure logic.
fn group_of(file: &str) -> &'static str {
    if file.starts_with("src/components")
        || ["src/app.rs", "src/main.rs", "src/lib.rs"].contains(&file)
    {
        "components"
    } else {
        "logic"
    }
}

/// The source file (and group) of one of our paths.
fn our_file(path: &str, root: &Path) -> (String, &'static str) {
    let file = source_file(path, root);
    let group = group_of(&file);
    (file, group)
}

/// The part key and group of a function, from its (mangled or plain) name, and whether it is a library's generic
/// instantiated for one of our types (it then counts for that type's file).
pub fn classify(raw: &str, ctx: &Context) -> (String, &'static str, bool) {
    let (key, group) = owner(raw, ctx);
    if group != "components" && group != "logic" {
        // The component whose closure or instance this is, else the first of our types named.
        let name = plain_name(raw);
        let ours: Vec<(String, &'static str)> = name
            .match_indices("coordination_models::")
            .map(|(at, _)| {
                let path: String = name[at..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                our_file(&path, &ctx.root)
            })
            .collect();
        if let Some((file, group)) = ours
            .iter()
            .find(|(_, g)| *g == "components")
            .or(ours.first())
        {
            return (file.clone(), group, true);
        }
    }
    (key, group, false)
}

/// The part key and group of a function by its own path (the type of `<T as Trait>::f`, else the function).
fn owner(raw: &str, ctx: &Context) -> (String, &'static str) {
    // Functions wasm-opt merged keep the name of one of them after this prefix.
    let raw = raw.strip_prefix("byn$mgfn-shared$").unwrap_or(raw);
    // wasm-bindgen's own exports and imports, and the adapters it writes for closures and arguments.
    if raw.starts_with("__wbg_")
        || raw.starts_with("__wbindgen")
        || raw.starts_with("__externref")
        || raw.contains(" -> ")
    {
        return ("bindings/generated glue".into(), "bindings");
    }
    let name = plain_name(raw);
    let mut subject = subject(&name);
    // Drop glue belongs to the type it drops.
    if let Some(inner) = subject
        .strip_prefix("core::ptr::drop_in_place<")
        .and_then(|s| s.strip_suffix('>'))
    {
        subject = self::subject(inner);
    }
    // `<T as Trait>::f` with a generic or primitive `T` belongs to the trait's crate.
    if !subject.contains("::")
        && let Some(at) = name.find(" as ")
    {
        subject = self::subject(name[at + 4..].trim_start_matches(['&', '*']));
    }
    let krate = crate_of(subject);
    match krate {
        "coordination_models" => our_file(subject, &ctx.root),
        k if BINDINGS.contains(&k) => (format!("bindings/{k}"), "bindings"),
        k if ctx.yew_crates.contains(k) => (format!("yew/{k}"), "yew"),
        "core" | "alloc" | "std" | "str" | "char" | "bool" | "u8" | "u16" | "u32" | "u64"
        | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "f32" | "f64" => {
            if name.contains("core::fmt") || subject.starts_with("alloc::fmt") {
                ("std/core::fmt".into(), "fmt")
            } else if krate == "alloc" {
                ("std/alloc".into(), "alloc")
            } else {
                ("std/core, std".into(), "std")
            }
        }
        "dlmalloc"
        | "__rustc"
        | "__rust_alloc"
        | "__rust_dealloc"
        | "__rust_realloc"
        | "__rust_alloc_zeroed"
        | "__rdl_alloc"
        | "__rdl_dealloc"
        | "__rdl_realloc" => ("std/alloc".into(), "alloc"),
        "main" | "memcpy" | "memmove" | "memset" | "memcmp" | "compiler_builtins"
        | "panic_abort" | "rust_begin_unwind" | "__rust_start_panic" => {
            ("std/core, std".into(), "std")
        }
        // A slice, array or generic parameter of the standard library (`<[_]>::to_vec`).
        "" | "_"
            if ["core::", "alloc::", "std::"]
                .iter()
                .any(|p| name.contains(p)) =>
        {
            ("std/core, std".into(), "std")
        }
        "" | "_" => ("other/unnamed".into(), "other"),
        k => (format!("other/{k}"), "other"),
    }
}

#[cfg(test)]
mod tests;
