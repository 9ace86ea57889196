//! The responses serve makes by hand: plain text, HTML, and headers that
//! no address can make fail.

use std::io;

use tiny_http::{Header, Response, StatusCode};

/// A plain-text response.
pub(super) fn text(status: u16, body: &str) -> Response<io::Cursor<Vec<u8>>> {
    Response::from_string(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

/// An HTML response.
pub(super) fn html(status: u16, body: Vec<u8>) -> Response<io::Cursor<Vec<u8>>> {
    Response::from_data(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
}

/// A response header. A value is sent as visible ASCII: anything else (a
/// `Location` under a Vietnamese base path, `/cải-cách/`) percent-encoded,
/// so that no address can make a header fail and a worker stop.
pub(super) fn header(k: &str, v: &str) -> Header {
    let value = header_value(v);
    Header::from_bytes(k.as_bytes(), value.as_bytes())
        .unwrap_or_else(|()| Header::from_bytes(k.as_bytes(), &b""[..]).expect("an empty value"))
}

fn header_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_graphic() || b == b' ' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_are_visible_ascii() {
        assert_eq!(
            header_value("/cải-cách/tin/"),
            "/c%E1%BA%A3i-c%C3%A1ch/tin/"
        );
        assert_eq!(header_value("a\r\nSet-Cookie: x"), "a%0D%0ASet-Cookie: x");
        let h = header("Location", "/cải-cách/");
        assert_eq!(h.value.as_str(), "/c%E1%BA%A3i-c%C3%A1ch/");
    }
}
