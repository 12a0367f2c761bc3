//! Short names for what the wasm and its JS glue call each other. wasm-bindgen names each function the wasm
//! imports after the JS it calls plus a 16-digit hash (`__wbg_activeElement_6c30fe7fda33ef51`), written twice: in
//! the wasm's import section and as a key of the glue's import object; about 160 names of random digits that gzip
//! cannot shrink. Its own exports have long names too (`wasm_bindgen__convert__closures_____invoke__h4a96…`).
//! Renamed in both files to `a`, `b`, ... (imports) and `_a`, `_b`, ... (exports), the app is about 5 KB gzip
//! smaller, with the same code. The app's own exports (`mount`, ...) keep their names.

use crate::util::Result;

/// Renames the imports of `wasm` from `module` whose name is a key of exactly one object in `js` (`name:`, and
/// found nowhere else in it) to short names, in both, and the module itself to `"w"`; and wasm-bindgen's exports
/// (`__…`, `wasm_bindgen__…`) that `js` only reads as properties (`S.name`). Returns the new wasm and JS and how
/// many names changed. A name that does not fit those patterns stays, so a glue of another shape stays correct,
/// only larger.
pub fn shorten(wasm: &[u8], js: &str, module: &str) -> Result<(Vec<u8>, String, usize)> {
    let quoted = format!("\"{module}\":");
    if js.matches(&quoted).count() != 1 {
        return Err(format!(
            "glue: the import object's key {quoted} is not found once"
        ));
    }
    let mut js = js.replacen(&quoted, "w:", 1);
    if !wasm.starts_with(b"\0asm\x01\0\0\0") {
        return Err("not a wasm module (version 1)".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut pos = 8;
    let mut renamed = 0;
    while pos < wasm.len() {
        let id = wasm[pos];
        let (size, start) = leb(wasm, pos + 1)?;
        let end = start + size as usize;
        let body = wasm
            .get(start..end)
            .ok_or("wasm: a section runs past the end")?;
        if id == 2 {
            let mut section = Vec::new();
            let (count, mut at) = leb(body, 0)?;
            put_leb(&mut section, count);
            for _ in 0..count {
                let (from, next) = name(body, at)?;
                let (field, next) = name(body, next)?;
                let desc_end = import_desc_end(body, next)?;
                let mut new_field = field.to_string();
                let key = format!("{field}:");
                if from == module && js.matches(field).count() == 1 && js.matches(&key).count() == 1
                {
                    new_field = short(renamed);
                    let mut fresh = new_field.clone();
                    fresh.push(':');
                    js = js.replacen(&key, &fresh, 1);
                    renamed += 1;
                }
                put_name(&mut section, if from == module { "w" } else { from });
                put_name(&mut section, &new_field);
                section.extend_from_slice(&body[next..desc_end]);
                at = desc_end;
            }
            if at != body.len() {
                return Err("wasm: the import section has bytes after its imports".into());
            }
            out.push(2);
            put_leb(&mut out, section.len() as u64);
            out.extend_from_slice(&section);
        } else if id == 7 {
            // Exports: (name, where its description starts, where it ends).
            let (count, mut at) = leb(body, 0)?;
            let mut exports = Vec::new();
            for _ in 0..count {
                let (field, next) = name(body, at)?;
                at = leb(body, next + 1)?.1;
                exports.push((field, next, at));
            }
            if at != body.len() {
                return Err("wasm: the export section has bytes after its exports".into());
            }
            let taken: Vec<&str> = exports.iter().map(|e| e.0).collect();
            let mut fresh = (0..).map(|i| format!("_{}", short(i)));
            let mut section = Vec::new();
            put_leb(&mut section, count);
            for &(field, desc, desc_end) in &exports {
                // wasm-bindgen's own exports, renamed where the glue only reads them as a property
                // (`S.__wbindgen_malloc`); the app's API (`mount`, ...) and the memory keep their names.
                let words = word_positions(&js, field);
                let internal = field.starts_with("__") || field.starts_with("wasm_bindgen__");
                if internal && !words.is_empty() && words.iter().all(|&i| js[..i].ends_with('.')) {
                    let new = fresh
                        .by_ref()
                        .find(|n| !taken.contains(&n.as_str()) && word_positions(&js, n).is_empty())
                        .ok_or("no short name left")?;
                    for &i in words.iter().rev() {
                        js.replace_range(i..i + field.len(), &new);
                    }
                    put_name(&mut section, &new);
                    renamed += 1;
                } else {
                    put_name(&mut section, field);
                }
                section.extend_from_slice(&body[desc..desc_end]);
            }
            out.push(7);
            put_leb(&mut out, section.len() as u64);
            out.extend_from_slice(&section);
        } else {
            out.extend_from_slice(&wasm[pos..end]);
        }
        pos = end;
    }
    Ok((out, js, renamed))
}

/// Where `word` occurs in `js` as a whole identifier (no identifier character just before or after it).
fn word_positions(js: &str, word: &str) -> Vec<usize> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    js.match_indices(word)
        .map(|(i, _)| i)
        .filter(|&i| !js[..i].ends_with(ident) && !js[i + word.len()..].starts_with(ident))
        .collect()
}

/// The `n`th short name: `a` to `z`, `A` to `Z`, then two letters (`aa`, `ba`, ...). Never a name the glue's
/// import object holds for itself (`__proto__`).
fn short(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut s = String::new();
    loop {
        s.push(LETTERS[n % LETTERS.len()] as char);
        n /= LETTERS.len();
        if n == 0 {
            return s;
        }
        n -= 1;
    }
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(b: &[u8], mut at: usize) -> Result<(u64, usize)> {
    let (mut n, mut shift) = (0u64, 0);
    loop {
        let byte = *b.get(at).ok_or("wasm: a number runs past the end")?;
        at += 1;
        n |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Ok((n, at));
        }
        shift += 7;
        if shift > 63 {
            return Err("wasm: a number is too long".into());
        }
    }
}

fn put_leb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A name (length and UTF-8) at `at`, and where it ends.
fn name(b: &[u8], at: usize) -> Result<(&str, usize)> {
    let (len, start) = leb(b, at)?;
    let end = start + len as usize;
    let bytes = b.get(start..end).ok_or("wasm: a name runs past the end")?;
    Ok((
        std::str::from_utf8(bytes).map_err(|_| "wasm: a name is not UTF-8")?,
        end,
    ))
}

fn put_name(out: &mut Vec<u8>, s: &str) {
    put_leb(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Where an import's description (its kind and type) that starts at `at` ends.
fn import_desc_end(b: &[u8], at: usize) -> Result<usize> {
    let kind = *b.get(at).ok_or("wasm: an import has no kind")?;
    let limits = |at: usize| -> Result<usize> {
        let flags = *b.get(at).ok_or("wasm: limits run past the end")?;
        let (_, next) = leb(b, at + 1)?;
        Ok(if flags & 1 == 1 {
            leb(b, next)?.1
        } else {
            next
        })
    };
    match kind {
        // A function: its type index.
        0 => Ok(leb(b, at + 1)?.1),
        // A table: its element type (one byte for funcref and externref) and limits.
        1 => limits(at + 2),
        // A memory: its limits.
        2 => limits(at + 1),
        // A global: value type and mutability.
        3 => Ok(at + 3),
        // A tag: attribute and type index.
        4 => Ok(leb(b, at + 2)?.1),
        k => Err(format!("wasm: unknown import kind {k}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions and a memory from `./glue.js` and one function from `env`.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        put_leb(&mut imports, 4);
        for (m, f, desc) in [
            ("./glue.js", "__wbg_focus_0123456789abcdef", &[0u8, 0][..]),
            (
                "./glue.js",
                "__wbg_mem_fedcba9876543210",
                &[2, 1, 1, 16][..],
            ),
            ("env", "__wbg_other_0123456789abcdef", &[0, 1][..]),
            ("./glue.js", "__wbg_twice_aaaaaaaaaaaaaaaa", &[0, 0][..]),
        ] {
            put_name(&mut imports, m);
            put_name(&mut imports, f);
            imports.extend_from_slice(desc);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // A type section before, a custom section after: both copied as they are.
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        wasm.push(2);
        put_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        let mut exports = Vec::new();
        put_leb(&mut exports, 4);
        for (f, kind) in [
            ("memory", 2u8),
            ("mount", 0),
            ("__wbindgen_malloc", 0),
            ("__unused", 3),
        ] {
            put_name(&mut exports, f);
            exports.extend_from_slice(&[kind, 0x81, 0x01]);
        }
        wasm.push(7);
        put_leb(&mut wasm, exports.len() as u64);
        wasm.extend_from_slice(&exports);
        wasm.extend_from_slice(&[0, 3, 1, b'x', 9]);
        wasm
    }

    fn exports_of(wasm: &[u8]) -> Vec<String> {
        let mut pos = 8;
        while wasm[pos] != 7 {
            let (size, start) = leb(wasm, pos + 1).unwrap();
            pos = start + size as usize;
        }
        let body = &wasm[leb(wasm, pos + 1).unwrap().1..];
        let (count, mut at) = leb(body, 0).unwrap();
        (0..count)
            .map(|_| {
                let (f, next) = name(body, at).unwrap();
                assert_eq!(&body[next + 1..next + 3], &[0x81, 0x01], "index kept");
                at = next + 3;
                f.to_string()
            })
            .collect()
    }

    #[test]
    fn renames_the_bindings_own_exports_that_the_glue_reads_as_properties() {
        let js = format!(
            "{JS};S.__wbindgen_malloc(1);S.__wbindgen_malloc(2);export function mount(n){{S.mount(n)}}"
        );
        let (wasm, js, renamed) = shorten(&module(), &js, "./glue.js").unwrap();
        assert_eq!(renamed, 3);
        assert_eq!(exports_of(&wasm), ["memory", "mount", "_a", "__unused"]);
        assert!(
            js.ends_with(";S._a(1);S._a(2);export function mount(n){S.mount(n)}"),
            "{js}"
        );
    }

    const JS: &str = "const n={__proto__:null,__wbg_focus_0123456789abcdef:function(n){n.focus()},\
        __wbg_mem_fedcba9876543210:m,__wbg_twice_aaaaaaaaaaaaaaaa:function(){},\
        x:__wbg_twice_aaaaaaaaaaaaaaaa};return{__proto__:null,\"./glue.js\":n}";

    fn imports_of(wasm: &[u8]) -> Vec<(String, String)> {
        let mut pos = 8;
        while wasm[pos] != 2 {
            let (size, start) = leb(wasm, pos + 1).unwrap();
            pos = start + size as usize;
        }
        let (size, start) = leb(wasm, pos + 1).unwrap();
        let body = &wasm[start..start + size as usize];
        let (count, mut at) = leb(body, 0).unwrap();
        (0..count)
            .map(|_| {
                let (m, next) = name(body, at).unwrap();
                let (f, next) = name(body, next).unwrap();
                at = import_desc_end(body, next).unwrap();
                (m.to_string(), f.to_string())
            })
            .collect()
    }

    #[test]
    fn renames_in_both_files_what_the_glue_defines_once() {
        let (wasm, js, renamed) = shorten(&module(), JS, "./glue.js").unwrap();
        assert_eq!(renamed, 2);
        assert_eq!(
            imports_of(&wasm),
            [
                ("w".into(), "a".into()),
                ("w".into(), "b".into()),
                ("env".into(), "__wbg_other_0123456789abcdef".into()),
                // Used elsewhere in the glue than as its key: kept.
                ("w".into(), "__wbg_twice_aaaaaaaaaaaaaaaa".into()),
            ]
        );
        assert_eq!(
            js,
            "const n={__proto__:null,a:function(n){n.focus()},b:m,__wbg_twice_aaaaaaaaaaaaaaaa:function(){},\
             x:__wbg_twice_aaaaaaaaaaaaaaaa};return{__proto__:null,w:n}"
                .replace("        ", "")
        );
        // The sections around it are unchanged, and the module ends where it should.
        assert_eq!(&wasm[8..14], &module()[8..14]);
        assert!(wasm.ends_with(&[0, 3, 1, b'x', 9]));
    }

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..3000).map(short).collect();
        let set: std::collections::BTreeSet<&String> = names.iter().collect();
        assert_eq!(set.len(), names.len());
        assert_eq!(
            (names[0].as_str(), names[51].as_str(), names[52].as_str()),
            ("a", "Z", "aa")
        );
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_alphabetic()))
        );
    }

    #[test]
    fn a_glue_without_the_module_key_is_an_error() {
        assert!(shorten(&module(), "const n={}", "./glue.js").is_err());
    }
}
