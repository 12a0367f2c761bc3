//! Runs of eight words ("shingles"), hashed, per source file: for the check that no card or wizard text repeats a
//! source's wording, and for the check that every evidence passage occurs in the post it cites.
//!
//! Text is folded to lower case, apostrophes are dropped ("don't" → "dont") and every other run of characters
//! that are not letters or digits splits words; in a source, Markdown link targets and HTML tags are dropped first
//! ([`plain`]). The generator (the `source-shingles` binary) and the tests must agree on this, so all call
//! [`hashes`].

/// Words per shingle: a shared run of this many words counts as copied wording.
pub const WORDS: usize = 8;

/// The words of `text`, normalised for comparison.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if matches!(c, '\'' | '\u{2019}' | '\u{2018}') {
            // "don't" and "don’t" are one word.
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// 48-bit FNV-1a hash of words joined by single spaces.
pub fn hash(words: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            h ^= u64::from(b' ');
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        for b in w.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
    }
    h & 0xffff_ffff_ffff
}

/// Markdown as a reader sees its words: link targets `](...)` and HTML tags removed.
pub fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("](")
            && let Some(end) = after.find(')')
        {
            out.push(']');
            rest = &after[end + 1..];
        } else if c == '<'
            && let Some(end) = rest.find('>')
        {
            out.push(' ');
            rest = &rest[end + 1..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The hash of every run of [`WORDS`] consecutive words in `text`.
pub fn hashes(text: &str) -> Vec<u64> {
    let w = words(text);
    w.windows(WORDS).map(hash).collect()
}

/// Encodes sorted, de-duplicated hashes as 6 little-endian bytes each.
pub fn encode(mut hashes: Vec<u64>) -> Vec<u8> {
    hashes.sort_unstable();
    hashes.dedup();
    hashes
        .iter()
        .flat_map(|h| h.to_le_bytes()[..6].to_vec())
        .collect()
}

/// The file's first line: names the format, so an old single-set file is refused instead of misread.
const MAGIC: &[u8] = b"source-shingles v2\n";

/// The hashed runs of one source file, sorted for `binary_search`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRuns {
    /// Which file: a post's folder name in the blog-source copy (as a source's `copy` names it), or a path such as
    /// `shared/seed/coordination-models.md`.
    pub key: String,
    /// Sorted, distinct hashes of its 8-word runs.
    pub runs: Vec<u64>,
}

impl SourceRuns {
    /// Whether every 8-word run of `passage` occurs in this file (a passage shorter than 8 words never does).
    pub fn holds(&self, passage: &str) -> bool {
        let words = words(passage);
        words.len() >= WORDS
            && words
                .windows(WORDS)
                .all(|run| self.runs.binary_search(&hash(run)).is_ok())
    }
}

/// Encodes per-file runs: the magic line, then per file its key, a newline, a 4-byte count and the hashes.
pub fn encode_files(files: Vec<(String, Vec<u64>)>) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for (key, runs) in files {
        let bytes = encode(runs);
        out.extend(key.as_bytes());
        out.push(b'\n');
        out.extend(((bytes.len() / 6) as u32).to_le_bytes());
        out.extend(bytes);
    }
    out
}

/// Decodes what [`encode_files`] wrote; `None` if the bytes are not in that format.
pub fn decode_files(mut bytes: &[u8]) -> Option<Vec<SourceRuns>> {
    bytes = bytes.strip_prefix(MAGIC)?;
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let nl = bytes.iter().position(|&b| b == b'\n')?;
        let key = std::str::from_utf8(&bytes[..nl]).ok()?.to_string();
        bytes = &bytes[nl + 1..];
        let count = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
        let body = bytes.get(4..4 + count * 6)?;
        out.push(SourceRuns {
            key,
            runs: decode(body),
        });
        bytes = &bytes[4 + count * 6..];
    }
    Some(out)
}

/// Every file's runs in one sorted set (for the originality check, which compares against all sources at once).
pub fn union(files: &[SourceRuns]) -> Vec<u64> {
    let mut all: Vec<u64> = files.iter().flat_map(|f| f.runs.iter().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Decodes what [`encode`] wrote (sorted, so it can be searched with `binary_search`).
pub fn decode(bytes: &[u8]) -> Vec<u64> {
    bytes
        .chunks_exact(6)
        .map(|c| {
            let mut b = [0u8; 8];
            b[..6].copy_from_slice(c);
            u64::from_le_bytes(b)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_and_punctuation_and_keep_contractions() {
        assert_eq!(
            words("Don’t re-argue THE “same” thing, twice!"),
            ["dont", "re", "argue", "the", "same", "thing", "twice"]
        );
    }

    #[test]
    fn plain_drops_link_targets_and_tags_but_keeps_link_text() {
        assert_eq!(
            plain("see [the embedded model](/embedded-model/) <re-img src=\"x.jpg\"></re-img>now"),
            "see [the embedded model]   now"
        );
        assert_eq!(plain("a (b) [c] <"), "a (b) [c] <");
    }

    #[test]
    fn per_file_runs_round_trip_and_a_passage_holds_only_where_it_is() {
        let a = "I generally prefer embedding to a service provider approach, most of the time.";
        let b = "If context is less important, a rotation may be preferable to embedding.";
        let bytes = encode_files(vec![
            ("post-a".into(), hashes(a)),
            ("post-b".into(), hashes(b)),
        ]);
        let files = decode_files(&bytes).expect("decodes");
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].key, "post-a");
        let passage = "I generally prefer embedding to a service provider approach";
        assert!(files[0].holds(passage));
        assert!(!files[1].holds(passage));
        // One word changed, and the passage is no longer in the post.
        assert!(!files[0].holds("I generally prefer embedding to a consultant provider approach"));
        // Too short to prove anything.
        assert!(!files[0].holds("I generally prefer embedding"));
        assert_eq!(union(&files).len(), hashes(a).len() + hashes(b).len());
        assert!(decode_files(&encode(hashes(a))).is_none());
    }

    #[test]
    fn the_same_run_in_other_punctuation_has_the_same_hash() {
        let a = hashes("A team does work in another team's area for one project.");
        let b = hashes("a team does work, in another teams area -- for ONE project");
        assert_eq!(a, b);
        assert_eq!(a.len(), 11 - WORDS + 1);
        assert_eq!(decode(&encode(a.clone())), {
            let mut s = a;
            s.sort_unstable();
            s.dedup();
            s
        });
    }
}
