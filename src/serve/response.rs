//! A response as the workers make it ([`Reply`]): a status, headers that
//! no address can make fail, and a body.

use hyper::body::Bytes;

use super::body::Body;

/// A response, before it is sent.
pub(super) struct Reply {
    pub(super) status: u16,
    /// Values already visible ASCII ([`header_value`]).
    pub(super) headers: Vec<(&'static str, String)>,
    pub(super) body: Body,
}

impl Reply {
    pub(super) fn new(status: u16, body: Body) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body,
        }
    }

    /// Adds a header. A value is sent as visible ASCII: anything else (a
    /// `Location` under a Vietnamese base path, `/cải-cách/`)
    /// percent-encoded, so that no address can make a header fail.
    pub(super) fn header(mut self, name: &'static str, value: &str) -> Reply {
        self.headers.push((name, header_value(value)));
        self
    }
}

/// A response of `bytes` of the type `content_type`.
pub(super) fn data(status: u16, content_type: &str, bytes: impl Into<Bytes>) -> Reply {
    Reply::new(status, Body::full(bytes)).header("Content-Type", content_type)
}

/// A plain-text response.
pub(super) fn text(status: u16, body: &'static str) -> Reply {
    data(status, "text/plain; charset=utf-8", body)
}

/// An HTML response.
pub(super) fn html(status: u16, body: Vec<u8>) -> Reply {
    data(status, "text/html; charset=utf-8", body)
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
        let r = text(301, "").header("Location", "/cải-cách/");
        assert_eq!(r.headers[1], ("Location", "/c%E1%BA%A3i-c%C3%A1ch/".into()));
    }
}
