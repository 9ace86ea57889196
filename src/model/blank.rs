//! Text that shows nothing.

/// Whether `s` shows nothing: only spaces, invisible format characters
/// (zero-width space, joiners, soft hyphen, byte-order mark) or controls.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || crate::diagnostics::is_invisible(c)
            || crate::diagnostics::is_bidi_control(c)
    })
}
