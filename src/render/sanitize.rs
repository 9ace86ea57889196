//! What users write as raw HTML or addresses, made safe: the schemes a
//! link may have, and ammonia's allow-list for raw HTML.

/// Relative URLs, fragments and the schemes a reader can safely follow.
/// Browsers ignore tabs, newlines and leading spaces in a scheme, so those
/// are removed before looking (`java\tscript:` is still `javascript:`).
pub fn safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .collect();
    let end = cleaned.find([':', '/', '?', '#']);
    match end {
        Some(i) if cleaned.as_bytes()[i] == b':' => {
            let scheme = cleaned[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// Cleans HTML written by users: tags and attributes from an allow-list,
/// only safe URL schemes, iframes only from `embed_hosts`.
pub fn sanitize(html: &str, embed_hosts: &[String]) -> String {
    let mut b = ammonia::Builder::default();
    b.add_tags([
        "figure",
        "figcaption",
        "input",
        "section",
        "abbr",
        "mark",
        "iframe",
        "details",
        "summary",
    ]);
    b.add_generic_attributes(["id", "class", "title", "lang"]);
    b.add_tag_attributes("input", ["type", "checked", "disabled"]);
    b.add_tag_attributes(
        "iframe",
        ["src", "width", "height", "allowfullscreen", "loading"],
    );
    b.add_tag_attributes("td", ["style"]);
    b.add_tag_attributes("th", ["style"]);
    b.add_tag_attributes("a", ["href", "title"]);
    b.link_rel(None);
    let hosts: Vec<String> = embed_hosts.to_vec();
    b.attribute_filter(move |element, attribute, value| {
        match (element, attribute) {
            ("iframe", "src") => {
                let host = value
                    .strip_prefix("https://")
                    .and_then(|rest| rest.split(['/', '?', '#']).next())
                    .unwrap_or("");
                if hosts.iter().any(|h| h == host) {
                    Some(value.into())
                } else {
                    None
                }
            }
            ("input", "type") => (value == "checkbox").then(|| value.into()),
            ("td" | "th", "style") => {
                // pulldown-cmark's column alignment, nothing else.
                matches!(
                    value,
                    "text-align: left" | "text-align: right" | "text-align: center"
                )
                .then(|| value.into())
            }
            _ => Some(value.into()),
        }
    });
    b.clean(html).to_string()
}
