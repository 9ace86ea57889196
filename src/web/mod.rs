//! What goes onto the web, for every stage: slugs, the URL of everything
//! baocao writes (with the ids its own pages take), percent-decoding and
//! HTML/XML escaping.
//! A leaf: it uses the model's records only, so load, validate, derive,
//! render and check all depend on it and it on none of them.

pub mod escape;
pub mod html;
pub mod percent;
pub mod slug;
pub mod urls;

pub use escape::escape;
