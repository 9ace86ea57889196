//! Tera tags set aside from a template's text, so that its HTML can be
//! read: each tag (`{{ … }}`, `{% … %}`) leaves a placeholder, and
//! comments (`{# … #}`) are dropped.

/// Marks where a set-aside tag stood: `\u{E001}<index>\u{E002}`.
pub(super) const OPEN: char = '\u{E001}';
pub(super) const CLOSE: char = '\u{E002}';

/// The text with each Tera tag replaced by a placeholder and comments
/// dropped, and the tags' contents (delimiters and `-` trimmed).
pub(super) fn set_tags_aside(source: &str) -> (String, Vec<String>) {
    let mut text = String::with_capacity(source.len());
    let mut tags = Vec::new();
    let mut rest = source;
    while let Some(i) = rest.find(['{']) {
        let close = match rest.as_bytes().get(i + 1) {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            Some(b'#') => "#}",
            _ => {
                text.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
                continue;
            }
        };
        text.push_str(&rest[..i]);
        let inner = &rest[i + 2..];
        let end = inner.find(close).unwrap_or(inner.len());
        // A comment writes nothing.
        if close != "#}" {
            tags.push(inner[..end].trim_matches('-').trim().to_string());
            text.push(OPEN);
            text.push_str(&(tags.len() - 1).to_string());
            text.push(CLOSE);
        }
        rest = inner.get(end + 2..).unwrap_or("");
    }
    text.push_str(rest);
    (text, tags)
}
