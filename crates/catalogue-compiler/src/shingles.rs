//! Runs of eight words ("shingles"), hashed, for the check that no card or wizard text repeats a source's wording.
//!
//! Text is folded to lower case, apostrophes are dropped ("don't" → "dont") and every other run of characters
//! that are not letters or digits splits words. The generator (`cargo xtask shingles`) and the test must agree
//! on this, so both call [`hashes`].

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
