//! Reads a wasm module's sections with wasmparser and attributes every byte to a part.

use std::collections::{BTreeMap, BTreeSet};

use wasmparser::{KnownCustom, Name, Parser, Payload};

use super::Part;
use super::names::{Context, classify};
use crate::util::Result;

/// Every string value of a TOML document, at any depth.
pub fn toml_strings(value: &toml::Value, out: &mut BTreeSet<String>) {
    match value {
        toml::Value::String(s) => {
            out.insert(s.clone());
        }
        toml::Value::Array(items) => items.iter().for_each(|v| toml_strings(v, out)),
        toml::Value::Table(t) => t.values().for_each(|v| toml_strings(v, out)),
        _ => {}
    }
}

/// Which bytes of `data` are covered by any of `needles` (each occurrence; needles under 4 bytes are ignored).
pub fn covered(data: &[u8], needles: &BTreeSet<String>) -> Vec<bool> {
    let mut covered = vec![false; data.len()];
    for needle in needles
        .iter()
        .map(String::as_bytes)
        .filter(|n| n.len() >= 4)
    {
        let mut at = 0;
        while at + needle.len() <= data.len() {
            match data[at..].windows(needle.len()).position(|w| w == needle) {
                Some(i) => {
                    covered[at + i..at + i + needle.len()].fill(true);
                    at += i + 1;
                }
                None => break,
            }
        }
    }
    covered
}

/// The data bytes outside the catalogue's text, by kind.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct OtherData {
    /// Text: runs of 4 or more printable characters (the views' markup, labels, messages).
    pub strings: u64,
    /// Of the text, source file paths (`….rs`), which panic locations carry.
    pub paths: u64,
    /// Everything else: pointer tables, numbers, padding.
    pub binary: u64,
}

/// Splits the bytes of `data` not marked in `skip` into text, source paths and binary.
pub fn other_data(data: &[u8], skip: &[bool]) -> OtherData {
    let mut out = OtherData::default();
    let mut i = 0;
    while i < data.len() {
        if skip[i] {
            i += 1;
            continue;
        }
        // A run of printable bytes (ASCII or UTF-8 beyond it) not in the catalogue's text.
        let start = i;
        while i < data.len()
            && !skip[i]
            && (matches!(data[i], 0x20..=0x7e | b'\n' | b'\t') || data[i] >= 0x80)
        {
            i += 1;
        }
        let run = &data[start..i];
        if run.len() >= 4 && std::str::from_utf8(run).is_ok() {
            out.strings += run.len() as u64;
            out.paths += path_bytes(run);
        } else {
            out.binary += run.len().max(1) as u64;
            i = i.max(start + 1);
        }
    }
    out
}

/// Bytes of `….rs` paths in a run of text: each maximal stretch of path characters ending in `.rs`.
fn path_bytes(run: &[u8]) -> u64 {
    let is_path = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'.');
    let mut total = 0;
    let mut i = 0;
    while i < run.len() {
        let start = i;
        while i < run.len() && is_path(run[i]) {
            i += 1;
        }
        if run[start..i].ends_with(b".rs") && run[start..i].contains(&b'/') {
            total += (i - start) as u64;
        }
        i = i.max(start + 1);
    }
    total
}

/// Attributes every byte of a wasm module (without custom sections) to a part.
pub fn analyse(
    wasm: &[u8],
    ctx: &Context,
    catalogue: &BTreeSet<String>,
) -> Result<Vec<(String, Part)>> {
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    let mut imported_functions = 0u32;
    let mut bodies: Vec<u64> = Vec::new();
    let mut data: Vec<u8> = Vec::new();
    let mut non_custom = 0u64;
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| format!("wasm: {e}"))?;
        // Section 0 is a custom section (names, producers): not part of what the release ships.
        if let Some((id, range)) = payload.as_section()
            && id != 0
        {
            non_custom += range.end - range.start;
        }
        match payload {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(|e| format!("wasm imports: {e}"))?;
                    if matches!(
                        import.ty,
                        wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_)
                    ) {
                        imported_functions += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let r = body.range();
                bodies.push(r.end - r.start);
            }
            Payload::DataSection(reader) => {
                for segment in reader {
                    data.extend_from_slice(segment.map_err(|e| format!("wasm data: {e}"))?.data);
                }
            }
            Payload::CustomSection(reader) => {
                if let KnownCustom::Name(section) = reader.as_known() {
                    for subsection in section {
                        if let Ok(Name::Function(map)) = subsection {
                            for naming in map.into_iter().flatten() {
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut parts: BTreeMap<String, Part> = BTreeMap::new();
    // Every one of our source files has a row, even when nothing of it is left (inlined elsewhere).
    for (file, group) in &ctx.files {
        parts.insert(
            file.clone(),
            Part {
                group,
                ..Part::default()
            },
        );
    }
    let mut add = |key: String, group: &'static str, bytes: u64, functions: u64, generic: u64| {
        let part = parts.entry(key).or_insert(Part {
            group,
            ..Part::default()
        });
        part.bytes += bytes;
        part.functions += functions;
        part.generic_bytes += generic;
    };
    // XTASK_WASM_PARTS_LIST=1 lists every function with its part, to see what a part holds.
    let list = std::env::var_os("XTASK_WASM_PARTS_LIST").is_some();
    for (i, size) in bodies.iter().enumerate() {
        let index = imported_functions + i as u32;
        let (key, group, generic) = match names.get(&index) {
            Some(name) => classify(name, ctx),
            None => ("other/unnamed".into(), "other", false),
        };
        if list {
            println!(
                "{size:>8}  {key:<40}  {}",
                names.get(&index).map_or("", String::as_str)
            );
        }
        add(key, group, *size, 1, if generic { *size } else { 0 });
    }
    let in_catalogue = covered(&data, catalogue);
    let catalogue_bytes = in_catalogue.iter().filter(|c| **c).count() as u64;
    let data_bytes = data.len() as u64;
    add("catalogue text".into(), "catalogue", catalogue_bytes, 0, 0);
    let other = other_data(&data, &in_catalogue);
    add(
        "text: markup, labels, messages".into(),
        "data",
        other.strings - other.paths,
        0,
        0,
    );
    add(
        "source paths (panic locations)".into(),
        "data",
        other.paths,
        0,
        0,
    );
    add(
        "tables, numbers (binary)".into(),
        "data",
        other.binary,
        0,
        0,
    );
    let attributed: u64 = bodies.iter().sum::<u64>() + data_bytes;
    add(
        "module structure".into(),
        "module",
        non_custom.saturating_sub(attributed),
        0,
        0,
    );
    Ok(parts.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_text_is_found_in_data_once_per_byte() {
        let data = b"xxProduct strategy\0Product strategy and more\0team".to_vec();
        let needles: BTreeSet<String> = ["Product strategy", "strategy and more", "te"]
            .into_iter()
            .map(String::from)
            .collect();
        // Both occurrences of "Product strategy" (16 + 16) and " and more" (9 beyond the overlap); "te" is too
        // short to count.
        assert_eq!(covered(&data, &needles).iter().filter(|c| **c).count(), 41);
    }

    #[test]
    fn other_data_splits_text_paths_and_binary() {
        let data = b"Catalogue\0\x01\x02\x03\x04<li>Remove</li>src/app.rs\0\xff\xfe".to_vec();
        let mut skip = vec![false; data.len()];
        skip[..9].fill(true); // "Catalogue": the catalogue's text
        let other = other_data(&data, &skip);
        // "<li>Remove</li>src/app.rs" is 25 bytes of text, 10 of them a path; the 8 other bytes are binary
        // (a lone 0xff 0xfe pair is not UTF-8).
        assert_eq!(
            other,
            OtherData {
                strings: 25,
                paths: 10,
                binary: 8
            }
        );
        assert_eq!(other.strings + other.binary + 9, data.len() as u64);
    }
}
