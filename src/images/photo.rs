//! A photo as a build publishes it, and where its files' bytes are.

use std::path::PathBuf;
use std::sync::Arc;

use super::process::{self, Format};

/// Where a published variant's bytes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// In the cache folder, checked against its recorded hash.
    Cached(PathBuf),
    /// In memory (when there is no cache).
    Memory(Arc<[u8]>),
}

/// One published file of a photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    pub stored: Stored,
}

/// A photo as this build publishes it.
#[derive(Debug, PartialEq, Eq)]
pub struct Photo {
    /// The cache key: its bytes and the settings.
    pub key: String,
    /// As seen (orientation applied).
    pub width: u32,
    pub height: u32,
    pub format: Format,
    /// By width, the photo's own format before WebP.
    pub files: Vec<File>,
}

impl Photo {
    /// The widths published.
    pub fn widths(&self) -> Vec<u32> {
        let mut w: Vec<u32> = self.files.iter().map(|f| f.width).collect();
        w.dedup();
        w
    }
    pub fn has_webp(&self) -> bool {
        self.files.iter().any(|f| f.format == Format::Webp)
    }
    /// The file of `format` at `width`.
    pub fn file(&self, width: u32, format: Format) -> Option<&File> {
        self.files
            .iter()
            .find(|f| f.width == width && f.format == format)
    }
    /// The width `<img src>` uses: [`process::DEFAULT_WIDTH`], or the
    /// widest below it.
    pub fn default_width(&self) -> u32 {
        let ws = self.widths();
        ws.iter()
            .copied()
            .filter(|&w| w <= process::DEFAULT_WIDTH)
            .max()
            .unwrap_or(ws[0])
    }
}
