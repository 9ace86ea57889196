//! Typed indices of the records `load` produces: an [`IndicatorIx`] picks an
//! indicator, an [`AgencyIx`] an agency, a [`PageIx`] a page, and the
//! vectors they index ([`TiVec`], from `typed-index-collections`) take no
//! other. Mixing them up is a compile error, not a wrong page:
//!
//! ```compile_fail,E0277
//! use baocao::model::{AgencyIx, IndicatorIx, TiVec};
//! let indicators: TiVec<IndicatorIx, &str> = vec!["par-index"].into();
//! let a = AgencyIx::from(0usize);
//! let _ = indicators[a];
//! ```
//!
//! Nor does a bare number pick a record:
//!
//! ```compile_fail,E0277
//! use baocao::model::{IndicatorIx, TiVec};
//! let indicators: TiVec<IndicatorIx, &str> = vec!["par-index"].into();
//! let _ = indicators[0usize];
//! ```
//!
//! With the right index it compiles:
//!
//! ```
//! use baocao::model::{IndicatorIx, TiVec};
//! let indicators: TiVec<IndicatorIx, &str> = vec!["par-index"].into();
//! assert_eq!(indicators[IndicatorIx::from(0usize)], "par-index");
//! ```

pub use typed_index_collections::{TiSlice, TiVec};

macro_rules! ix {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub struct $name(u32);

        impl From<usize> for $name {
            fn from(i: usize) -> Self {
                // A site holds far fewer than 2^32 files (each is read).
                Self(u32::try_from(i).expect("fewer than 2^32 records"))
            }
        }

        impl From<$name> for usize {
            fn from(i: $name) -> usize {
                i.0 as usize
            }
        }
    };
}

ix!(
    /// Index of an indicator in `Inputs::indicators` (and of its facts).
    IndicatorIx
);
ix!(
    /// Index of an agency in `Inputs::agencies` (and of its facts).
    AgencyIx
);
ix!(
    /// Index of a page in `Inputs::pages` (and of its facts, body, photos).
    PageIx
);
