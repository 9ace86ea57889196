//! The links the theme's templates write whole (`<a href="/lien-he/">`,
//! read when the theme was loaded, [`crate::theme::ids::Literal`]): each
//! must lead to a page or file the build makes, and an anchor to one the
//! page has. A broken one is reported once, at the template's line and
//! column, whichever pages the template renders.
//!
//! A site path outside the base path is not reported: a theme may link to
//! another site of the same host (`/` of the province's portal). Links a
//! tag builds (`{{ page.url }}`) are never read, so never reported.

use crate::diagnostics::{Code, Diagnostic};
use crate::render::Renderer;
use crate::render::links::Written;

/// What is wrong with a link, as `check` judges one from a site path:
/// its code, message and hint.
pub(super) type Verdict = Option<(Code, String, Option<String>)>;

/// The broken links of the theme's templates, each judged by `judge`.
pub(super) fn broken(r: &Renderer, mut judge: impl FnMut(&Written) -> Verdict) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (name, link) in r.theme.ids.links() {
        let written = Written {
            url: link.url.clone(),
            at: 0,
            image: link.src,
            html: true,
        };
        let Some((code, message, hint)) = judge(&written) else {
            continue;
        };
        let (code, message) = match code {
            Code::LinkToMissingPage | Code::LinkToMissingFile => {
                let what = if link.src { "`src`" } else { "link" };
                let message = format!(
                    "the template's {what} `{}` leads to no page or file of the site",
                    link.url
                );
                (Code::TemplateLinkToMissing, message)
            }
            Code::LinkToMissingAnchor => (code, message),
            _ => continue,
        };
        let file = crate::theme::template_file(&r.inputs.root, &r.inputs.config, name);
        out.push(
            Diagnostic::new(file, link.pos, message)
                .with_hint_opt(hint)
                .code(code),
        );
    }
    out
}
