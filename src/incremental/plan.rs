//! Which files an update reloads alone: the pages, indicators and
//! agencies behind the changed paths, or `None` when only a full build
//! will do (a file added or removed, site.yaml, the theme, static files).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::images::Images;
use crate::load::Inputs;
use crate::model::{AgencyIx, IndicatorIx, PageIx};

/// A file to reload alone.
pub(super) enum Edit {
    Page(PageIx, PathBuf),
    Indicator(IndicatorIx, PathBuf),
    Agency(AgencyIx, PathBuf),
}

/// The edits for `changed`, or `None` when only a full build will do.
/// Editors' temporary files (hidden, `~`, gone again) are passed over.
pub(super) fn plan(
    root: &Path,
    inputs: &Inputs,
    images: &Images,
    changed: &[PathBuf],
) -> Option<Vec<Edit>> {
    let mut edits = Vec::new();
    let mut seen = HashSet::new();
    for abs in changed {
        let rel = abs.strip_prefix(root).ok()?.to_path_buf();
        if !seen.insert(rel.clone()) {
            continue;
        }
        // A photo pages show (changed, or gone): those pages again.
        let showing = showing(images, &rel);
        if !showing.is_empty() && !rel.starts_with("content/static") {
            edits.extend(
                showing
                    .into_iter()
                    .map(|pi| Edit::Page(pi, inputs.pages[pi].file.clone())),
            );
            continue;
        }
        let parts: Vec<&str> = rel.iter().filter_map(|c| c.to_str()).collect();
        let name = parts.last().copied().unwrap_or("");
        let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let indicator = inputs.indicators.position(|i| i.file == rel);
        let agency = inputs.agencies.position(|a| a.file == rel);
        let page = inputs.pages.position(|p| p.file == rel);
        let known = indicator.is_some() || agency.is_some() || page.is_some();
        // `<id>.csv` holds observations of the indicator `<id>.yaml`: written,
        // changed or removed, that indicator is reloaded.
        if let ["content", "data", "indicators", f] = parts.as_slice()
            && f.ends_with(".csv")
        {
            match inputs.indicators.position(|i| i.id == stem) {
                Some(i) => {
                    let yaml = inputs.indicators[i].file.clone();
                    if seen.insert(yaml.clone()) {
                        edits.push(Edit::Indicator(i, yaml));
                    }
                    continue;
                }
                None => return None, // a CSV without its indicator: reported by a full build
            }
        }
        if !abs.is_file() {
            if known
                || rel.starts_with("content/static")
                || rel.starts_with("themes")
                || abs.is_dir()
            {
                return None; // a record or a folder went away: the sets change
            }
            continue; // an editor's temporary file, gone again
        }
        if name.starts_with('.') || name.ends_with('~') || stem.is_empty() {
            continue;
        }
        let edit = match (parts.as_slice(), indicator, agency, page) {
            (_, Some(i), _, _) => Edit::Indicator(i, rel),
            (_, _, Some(a), _) => Edit::Agency(a, rel),
            (_, _, _, Some(p)) => Edit::Page(p, rel),
            (["content", "data", ..], ..) if name.ends_with(".yaml") || name.ends_with(".yml") => {
                return None;
            }
            (["content", "data", ..], ..) => continue,
            (["content", "static", ..], ..)
            | (["content", "site.yaml"], ..)
            | (["themes", ..], ..) => return None,
            (["content", ..], ..) if name.ends_with(".md") => return None, // a new page
            _ => continue, // not an input (a photo no page shows, a backup)
        };
        edits.push(edit);
    }
    Some(edits)
}

/// The pages showing the photo `rel`.
fn showing(images: &Images, rel: &Path) -> Vec<PageIx> {
    (images.pages.keys())
        .filter(|&pi| {
            images.pages[pi]
                .shown
                .iter()
                .any(|s| s.source.as_deref() == Some(rel))
        })
        .collect()
}
