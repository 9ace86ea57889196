//! The admin page (`/admin/index.html`) that loads Decap CMS, its
//! Content-Security-Policy, and the preview script that gives the editor's
//! preview pane the site's stylesheet and a page's outline.

use crate::config::{CmsBackend, CmsConfig, Language, SiteConfig};
use crate::load::Inputs;

use super::choices::sections;
use super::collection::collection_name;
use super::fields::Words;

/// The script's URL as the page uses it: a site path gets the base path.
fn script_url(cms: &CmsConfig, base_path: &str) -> String {
    match cms.script.strip_prefix('/') {
        Some(rest) => format!("{base_path}{rest}"),
        None => cms.script.clone(),
    }
}

/// The integrity hash of the script: the configured one, or the pinned
/// release's for the default URL.
fn integrity(cms: &CmsConfig) -> Option<&str> {
    cms.integrity.as_deref().or_else(|| {
        (cms.script == crate::config::DEFAULT_CMS_SCRIPT)
            .then_some(crate::config::DEFAULT_CMS_INTEGRITY)
    })
}

/// The source a CSP gives the CMS script: its folder on its host (Decap
/// loads the rest of itself, numbered chunks, from beside the script), or
/// the site itself for a script on the site.
fn script_source(cms: &CmsConfig) -> String {
    if cms.script.starts_with('/') {
        return "'self'".to_string();
    }
    match cms.script.rfind('/') {
        Some(i) if i > "https://".len() => cms.script[..=i].to_string(),
        _ => cms.script.clone(),
    }
}

/// The admin page's Content-Security-Policy: the CMS script and this
/// folder's own scripts; connections to the backend's API (and to
/// decap-server on this machine when local editing is on); images from
/// anywhere over https (avatars, photos in the repository). Decap styles
/// itself with inline styles and needs 'unsafe-eval'; no other page of
/// the site allows either for scripts.
pub fn csp(cms: &CmsConfig) -> String {
    let mut connect = vec!["'self'".to_string()];
    match cms.backend {
        CmsBackend::Github => connect.push("https://api.github.com".into()),
        CmsBackend::Gitlab => connect.push("https://gitlab.com".into()),
        CmsBackend::GitGateway => connect.push("https:".into()),
    }
    if let Some(a) = &cms.auth_url {
        connect.push(a.trim_end_matches('/').to_string());
    }
    if cms.local {
        connect.push("http://localhost:8081".into());
        connect.push("http://127.0.0.1:8081".into());
    }
    // Decap compiles the schema it checks config.yml with (ajv) from
    // strings: without 'unsafe-eval' it does not start.
    let script = script_source(cms);
    let scripts = if script == "'self'" {
        format!("{script} 'unsafe-eval'")
    } else {
        format!("'self' {script} 'unsafe-eval'")
    };
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src {}; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'",
        connect.join(" ")
    )
}

/// The admin page: Decap CMS's script under a strict policy.
pub(super) fn admin_page(config: &SiteConfig, cms: &CmsConfig, base_path: &str) -> String {
    let esc = crate::web::escape;
    let lang = config.language;
    let title = match lang {
        Language::Vi => format!("Biên tập — {}", config.title),
        Language::En => format!("Editor — {}", config.title),
    };
    let sri = integrity(cms)
        .map(|h| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", esc(h)))
        .unwrap_or_default();
    format!(
        "<!doctype html>
<html lang=\"{lang}\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">
<meta name=\"robots\" content=\"noindex\">
<title>{title}</title>
<link rel=\"icon\" href=\"{base}favicon.svg\" type=\"image/svg+xml\">
<link href=\"{base}admin/config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">
</head>
<body>
<script src=\"{script}\"{sri}></script>
<script src=\"{base}admin/preview.js\"></script>
</body>
</html>
",
        lang = lang.code(),
        csp = esc(&csp(cms)),
        title = esc(&title),
        base = esc(base_path),
        script = esc(&script_url(cms, base_path)),
    )
}

/// Gives the preview pane the site's stylesheet, and pages of sections
/// the outline of a published page (title, date and author, body, tags).
pub(super) fn preview_js(inputs: &Inputs, base_path: &str) -> String {
    let css = js(&format!("{base_path}style.css"));
    let names: Vec<String> = sections(inputs)
        .into_iter()
        .map(|(f, _)| collection_name(&f))
        .collect();
    let names = js(&names);
    let tags = js(&Words(inputs.config.language).w("Thẻ", "Tags").to_string());
    format!(
        r#"// The CMS preview pane: the site's stylesheet and the outline of a page.
(function () {{
  var CMS = window.CMS, h = window.h;
  if (!CMS) return;
  CMS.registerPreviewStyle({css});
  if (!h) return;
  var page = function (props) {{
    var d = props.entry.get("data");
    var t = d.get("tags");
    t = t && t.toJS ? t.toJS() : (t || []);
    var meta = [d.get("date"), d.get("author")].filter(Boolean).join(" · ");
    return h("main", {{ className: "wrap" }},
      h("article", {{ className: "prose" }},
        h("h1", {{}}, d.get("title")),
        meta ? h("p", {{ className: "muted small" }}, meta) : null,
        props.widgetFor("body"),
        t.length ? h("p", {{ className: "tags" }}, {tags} + ": " + t.join(", ")) : null));
  }};
  {names}.forEach(function (n) {{ CMS.registerPreviewTemplate(n, page); }});
}})();
"#
    )
}

/// A value as a JavaScript literal (JSON is one).
fn js<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}
