//! Slugs: lowercase ASCII for URLs. Vietnamese letters lose their marks
//! (`đ` → `d`), everything else becomes `-`.

/// `Chỉ số hài lòng (SIPAS) 2020` → `chi-so-hai-long-sipas-2020`.
pub fn slugify(s: &str) -> String {
    let ascii = deunicode::deunicode(s);
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// True for a non-empty string of `a-z`, `0-9` and single inner hyphens,
/// i.e. something that is its own slug and safe as a path component.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && slugify(s) == s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_vietnamese() {
        assert_eq!(slugify("hành chính công"), "hanh-chinh-cong");
        assert_eq!(
            slugify("Đường đến top 30: PAR INDEX"),
            "duong-den-top-30-par-index"
        );
        assert_eq!(slugify("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(slugify("Chỉ số hài lòng"), "chi-so-hai-long");
        assert_eq!(slugify("***"), "");
    }

    #[test]
    fn checks_slugs() {
        assert!(is_slug("so-noi-vu"));
        assert!(!is_slug("Sở"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(".."));
        assert!(!is_slug(""));
    }
}
