//! Decap CMS's field descriptions, built as YAML values (user text is
//! quoted by the serialiser, keys keep their order), and labels in the
//! site's language.

use serde_yaml::{Mapping, Value};

use crate::config::Language;

/// Labels and hints in the site's language.
pub(super) struct Words(pub Language);

impl Words {
    pub fn w(&self, vi: &'static str, en: &'static str) -> &'static str {
        match self.0 {
            Language::Vi => vi,
            Language::En => en,
        }
    }
}

/// A mapping of `pairs`, in their order.
pub(super) fn map(pairs: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    let mut m = Mapping::new();
    for (k, v) in pairs {
        m.insert(Value::String(k.to_string()), v);
    }
    Value::Mapping(m)
}

/// A YAML string.
pub(super) fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// A field: name, label, widget, and whether it must be filled.
pub(super) fn field(name: &'static str, label: &str, widget: &str, required: bool) -> Mapping {
    let mut m = Mapping::new();
    m.insert(s("name"), s(name));
    m.insert(s("label"), s(label));
    m.insert(s("widget"), s(widget));
    if !required {
        m.insert(s("required"), Value::Bool(false));
    }
    m
}

/// `m` with `pairs` added.
pub(super) fn with(
    mut m: Mapping,
    pairs: impl IntoIterator<Item = (&'static str, Value)>,
) -> Mapping {
    for (k, v) in pairs {
        m.insert(s(k), v);
    }
    m
}

/// A select over `options` (label, value), one value or many.
pub(super) fn select(
    name: &'static str,
    label: &str,
    options: &[(String, String)],
    multiple: bool,
    required: bool,
) -> Mapping {
    let opts: Vec<Value> = options
        .iter()
        .map(|(l, v)| map([("label", s(l)), ("value", s(v))]))
        .collect();
    let mut m = with(
        field(name, label, "select", required),
        [("options", Value::Sequence(opts))],
    );
    if multiple {
        m.insert(s("multiple"), Value::Bool(true));
    }
    m
}

/// A day written YYYY-MM-DD, picked in the site's date order.
pub(super) fn day(name: &'static str, label: &str, required: bool, lang: Language) -> Mapping {
    with(
        field(name, label, "datetime", required),
        [
            ("format", s("YYYY-MM-DD")),
            (
                "date_format",
                s(match lang {
                    Language::Vi => "DD/MM/YYYY",
                    Language::En => "YYYY-MM-DD",
                }),
            ),
            ("time_format", Value::Bool(false)),
            ("picker_utc", Value::Bool(true)),
        ],
    )
}

/// A number field, whole or not.
pub(super) fn number(name: &'static str, label: &str, int: bool, required: bool) -> Mapping {
    with(
        field(name, label, "number", required),
        [("value_type", s(if int { "int" } else { "float" }))],
    )
}

/// `m` with a hint under it.
pub(super) fn hint(m: Mapping, h: &str) -> Mapping {
    with(m, [("hint", s(h))])
}

/// A list of fields.
pub(super) fn fields(fs: Vec<Mapping>) -> Value {
    Value::Sequence(fs.into_iter().map(Value::Mapping).collect())
}
