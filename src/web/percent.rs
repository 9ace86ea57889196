//! Percent-decoding (`%20`, `%E1%BA%A3`), one decoder for every reader of
//! addresses: links and image sources in pages (lenient: a stray `%`
//! stays), request paths under `serve` (strict, and never an encoded
//! slash), query values (strict).

/// `%XX` decoded where two hex digits follow; anything else, and bytes
/// that are not UTF-8, kept as they are (as a file name or a link has them).
pub fn lenient(s: &str) -> String {
    let bytes = decode(s, Strict::No).unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A request path: `None` for a bad escape, bytes that are not UTF-8, or an
/// encoded slash (which would let `a%2F..%2Fb` climb out of a folder).
pub fn path(s: &str) -> Option<String> {
    String::from_utf8(decode(s, Strict::NoSlash)?).ok()
}

/// A query value as `encodeURIComponent` writes it: slashes may be encoded.
pub fn component(s: &str) -> Option<String> {
    String::from_utf8(decode(s, Strict::Yes)?).ok()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Strict {
    No,
    Yes,
    NoSlash,
}

fn decode(s: &str, strict: Strict) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let hex = |i: usize| b.get(i).and_then(|c| (*c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            match (hex(i + 1), hex(i + 2)) {
                (Some(h), Some(l)) => {
                    let byte = (h * 16 + l) as u8;
                    if byte == b'/' && strict == Strict::NoSlash {
                        return None;
                    }
                    out.push(byte);
                    i += 3;
                    continue;
                }
                _ if strict != Strict::No => return None,
                _ => {}
            }
        }
        out.push(b[i]);
        i += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_three_ways() {
        assert_eq!(lenient("anh%20moi.jpg"), "anh moi.jpg");
        assert_eq!(lenient("%E1%BA%A3nh.jpg"), "ảnh.jpg");
        assert_eq!(lenient("50%.jpg"), "50%.jpg");
        assert_eq!(lenient("%zz%4"), "%zz%4");
        assert_eq!(path("/tin/%E1%BA%A3nh/"), Some("/tin/ảnh/".into()));
        assert_eq!(path("/a%2F..%2Fb"), None);
        assert_eq!(path("/50%.jpg"), None);
        assert_eq!(path("/%FF"), None);
        assert_eq!(component("%2Fnews%2F"), Some("/news/".into()));
        assert_eq!(component("%4"), None);
    }
}
