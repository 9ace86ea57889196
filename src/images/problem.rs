//! Why an image cannot be shown, before it is placed at the image.

use crate::diagnostics::{Code, Diagnostic};
use crate::load::images::ImageRef;
use crate::model::Page;

/// Why an image cannot be shown; located at the image when reported.
#[derive(Debug, Clone)]
pub(super) struct Problem {
    pub(super) code: Code,
    pub(super) message: String,
    pub(super) hint: Option<String>,
}

impl Problem {
    pub(super) fn new(code: Code, message: impl Into<String>, hint: impl Into<String>) -> Problem {
        Problem {
            code,
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
    pub(super) fn located(self, p: &Page, r: &ImageRef) -> Diagnostic {
        Diagnostic::new(&p.file, r.pos, self.message)
            .with_hint_opt(self.hint)
            .code(self.code)
    }
}
