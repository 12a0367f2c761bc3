//! Percent-encoding of the values in the hash.

/// Decodes `%XX` escapes and `+`; None if the result is not UTF-8 or an escape is malformed.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let (x, y) = (*bytes.get(i + 1)?, hex(*bytes.get(i + 2)?)?);
                // As `u8::from_str_radix(.., 16)` reads two characters: a leading `+` is a sign.
                out.push(if x == b'+' { y } else { hex(x)? * 16 + y });
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    utf8(&out)
}

/// The value of a hex digit.
fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// `bytes` as text when they are UTF-8, as `String::from_utf8` reads them: decoded character by character, far
/// less wasm than the standard library's validator.
fn utf8(bytes: &[u8]) -> Option<String> {
    let mut s = String::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // How many continuation bytes the first announces, its bits of the character, and the smallest character
        // that needs that many (a longer form is not UTF-8).
        let (n, mask, min) = match b {
            0..=0x7f => (0, 0x7f, 0),
            0xc0..=0xdf => (1, 0x1f, 0x80),
            0xe0..=0xef => (2, 0x0f, 0x800),
            0xf0..=0xf7 => (3, 0x07, 0x10000),
            _ => return None,
        };
        let mut c = u32::from(b & mask);
        for k in 1..=n {
            let b = *bytes.get(i + k)?;
            if b & 0xc0 != 0x80 {
                return None;
            }
            c = c << 6 | u32::from(b & 0x3f);
        }
        if c < min {
            return None;
        }
        // `from_u32` refuses surrogates and what lies past U+10FFFF.
        s.push(char::from_u32(c)?);
        i += n + 1;
    }
    Some(s)
}

/// Encodes everything but unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                for d in [b >> 4, b & 15] {
                    out.push(char::from(b"0123456789ABCDEF"[usize::from(d)]));
                }
            }
        }
    }
    out
}
