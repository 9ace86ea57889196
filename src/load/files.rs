//! Reading users' files: size limit, UTF-8 with a located error, BOM and
//! CRLF accepted, every I/O error naming its path.

use std::path::Path;

use crate::diagnostics::{Diagnostic, Pos};

/// Larger text inputs are refused: nobody writes a 16 MiB YAML file by
/// hand, and a generated one that big is a mistake or an attack.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;

/// Reads `abs` (shown to users as `rel`) as text: rejects oversized files
/// and invalid UTF-8, drops a UTF-8 byte-order mark and turns CRLF into LF.
pub fn read_text(abs: &Path, rel: &Path) -> Result<String, Diagnostic> {
    let meta = std::fs::metadata(abs)
        .map_err(|e| Diagnostic::new(rel, Pos::default(), format!("cannot read the file: {e}")))?;
    if meta.len() > MAX_TEXT_BYTES {
        return Err(Diagnostic::new(
            rel,
            Pos::default(),
            format!(
                "the file is {} bytes; text inputs are limited to {} MiB ({MAX_TEXT_BYTES} bytes)",
                meta.len(),
                MAX_TEXT_BYTES / (1024 * 1024)
            ),
        )
        .with_hint("split the data into several files, or remove what is not needed"));
    }
    let bytes = std::fs::read(abs)
        .map_err(|e| Diagnostic::new(rel, Pos::default(), format!("cannot read the file: {e}")))?;
    decode(bytes, rel)
}

/// UTF-8 decoding with a located error; BOM and CRLF normalised.
pub fn decode(bytes: Vec<u8>, rel: &Path) -> Result<String, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = &bytes[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let col = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            return Err(Diagnostic::new(
                rel,
                Pos::new(line, col),
                format!("the file is not valid UTF-8 (bad byte 0x{:02X} at byte offset {at})", bytes[at]),
            )
            .with_hint("save the file as UTF-8 in your editor (Vietnamese text often comes from Windows-1258 or TCVN3 files)"));
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    // A lone CR (old Mac files) ends a line for YAML and editors alike.
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_crlf() {
        let t = decode(b"\xEF\xBB\xBFa: 1\r\nb: 2\r\n".to_vec(), Path::new("x")).unwrap();
        assert_eq!(t, "a: 1\nb: 2\n");
        let t = decode(b"a: 1\rb: 2\r\r\nc: 3".to_vec(), Path::new("x")).unwrap();
        assert_eq!(t, "a: 1\nb: 2\n\nc: 3");
    }

    #[test]
    fn locates_invalid_utf8() {
        let e = decode(b"a: 1\nb: \xFFx\n".to_vec(), Path::new("x")).unwrap_err();
        assert_eq!(e.pos, Pos::new(2, 4));
        assert!(e.message.contains("byte offset 8"), "{}", e.message);
    }
}
