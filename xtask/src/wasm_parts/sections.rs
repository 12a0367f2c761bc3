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

/// Bytes of `data` covered by any of `needles` (each occurrence; overlaps counted once).
pub fn covered_bytes(data: &[u8], needles: &BTreeSet<String>) -> u64 {
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
    covered.iter().filter(|c| **c).count() as u64
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
    let catalogue_bytes = covered_bytes(&data, catalogue);
    let data_bytes = data.len() as u64;
    add("catalogue text".into(), "catalogue", catalogue_bytes, 0, 0);
    add(
        "other data".into(),
        "data",
        data_bytes - catalogue_bytes,
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
        assert_eq!(covered_bytes(&data, &needles), 41);
    }
}
