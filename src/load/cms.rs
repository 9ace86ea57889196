//! `cms:` of site.yaml: what Decap CMS needs to start and what the admin
//! page's CSP and SRI rely on. Steps: the repository, the script, its
//! integrity hash, the OAuth server, the site's folder in the repository.

use std::path::Path;

use super::yaml::LazyIndex;
use crate::config::{CmsBackend, CmsConfig};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};

pub(super) fn check_cms(cms: &CmsConfig, index: &LazyIndex, rel: &Path, diags: &mut Diagnostics) {
    repo(cms, index, rel, diags);
    script(cms, index, rel, diags);
    integrity(cms, index, rel, diags);
    auth_url(cms, index, rel, diags);
    folder(cms, index, rel, diags);
}

/// A URL or path with nothing that could end an attribute or a CSP source.
fn url_ok(u: &str) -> bool {
    !u.chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>;`".contains(c))
}

/// `owner/name`.
fn repo_ok(r: &str) -> bool {
    let mut parts = r.split('/');
    let ok = |p: Option<&str>| {
        p.is_some_and(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
    };
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
}

/// GitHub and GitLab need a repository, written `owner/name`.
fn repo(cms: &CmsConfig, index: &LazyIndex, rel: &Path, diags: &mut Diagnostics) {
    match (&cms.repo, cms.backend) {
        (None, CmsBackend::Github | CmsBackend::Gitlab) => diags.push(
            Diagnostic::new(
                rel,
                index.locate("cms.backend"),
                format!("`cms.backend: {}` needs `cms.repo`", cms.backend.as_str()),
            )
            .with_hint("add the repository the site is in, e.g. `repo: so-noi-vu/cchc-yen-bai`")
            .code(Code::CmsRepoMissing),
        ),
        (Some(r), _) if !repo_ok(r) => diags.push(
            Diagnostic::new(
                rel,
                index.locate("cms.repo"),
                format!("`cms.repo` `{r}` is not a repository: expected `owner/name`"),
            )
            .with_hint(
                "write the owner and the name of the repository, e.g. `so-noi-vu/cchc-yen-bai`",
            )
            .code(Code::CmsRepoNotARepo),
        ),
        _ => {}
    }
}

/// An https:// URL or a path on the site; from another host only with an
/// integrity hash.
fn script(cms: &CmsConfig, index: &LazyIndex, rel: &Path, diags: &mut Diagnostics) {
    let script = cms.script.as_str();
    let site_path = script.starts_with('/') && !script.starts_with("//") && !script.contains("..");
    if !url_ok(script) || !(site_path || script.starts_with("https://")) {
        diags.push(
            Diagnostic::new(
                rel,
                index.locate("cms.script"),
                format!("`cms.script` `{script}` is not an https:// URL or a path on the site"),
            )
            .with_hint(format!(
                "leave it out for the pinned release ({}), or give a path such as `/admin/decap-cms.js` under `content/static/`",
                crate::config::DEFAULT_CMS_SCRIPT
            ))
            .code(Code::CmsScriptNotAUrl),
        );
    } else if !site_path && script != crate::config::DEFAULT_CMS_SCRIPT && cms.integrity.is_none() {
        diags.push(
            Diagnostic::new(
                rel,
                index.locate("cms.script"),
                "a CMS script from another host needs `cms.integrity`",
            )
            .with_hint("add its hash: `integrity: sha384-…` from `openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A`")
            .code(Code::CmsScriptWithoutIntegrity),
        );
    }
}

/// A Subresource Integrity hash.
fn integrity(cms: &CmsConfig, index: &LazyIndex, rel: &Path, diags: &mut Diagnostics) {
    if let Some(h) = &cms.integrity {
        let ok = ["sha256-", "sha384-", "sha512-"].iter().any(|p| {
            h.strip_prefix(p).is_some_and(|b| {
                !b.is_empty()
                    && b.bytes()
                        .all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c))
            })
        });
        if !ok {
            diags.push(
                Diagnostic::new(
                    rel,
                    index.locate("cms.integrity"),
                    format!("`cms.integrity` `{h}` is not a Subresource Integrity hash"),
                )
                .with_hint("write `sha384-` followed by the base64 hash of the script")
                .code(Code::CmsIntegrityNotAHash),
            );
        }
    }
}

/// The OAuth server over https.
fn auth_url(cms: &CmsConfig, index: &LazyIndex, rel: &Path, diags: &mut Diagnostics) {
    if let Some(a) = &cms.auth_url
        && (!url_ok(a) || !a.starts_with("https://"))
    {
        diags.push(
            Diagnostic::new(
                rel,
                index.locate("cms.auth_url"),
                format!("`cms.auth_url` `{a}` is not an https:// URL"),
            )
            .with_hint("give the address of the OAuth server, e.g. `https://auth.example.gov.vn`")
            .code(Code::CmsAuthUrlNotHttps),
        );
    }
}

/// A folder inside the repository.
fn folder(cms: &CmsConfig, index: &LazyIndex, rel: &Path, diags: &mut Diagnostics) {
    let folder = cms.folder.trim_matches('/');
    if !folder.is_empty()
        && folder
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == ".." || !url_ok(seg))
    {
        diags.push(
            Diagnostic::new(
                rel,
                index.locate("cms.folder"),
                format!(
                    "`cms.folder` `{}` is not a folder inside the repository",
                    cms.folder
                ),
            )
            .with_hint("write the path of the site folder from the repository's root, e.g. `site`")
            .code(Code::CmsFolderOutside),
        );
    }
}
