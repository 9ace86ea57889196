//! Where each node of a YAML document starts, by key path
//! (`observations[3].value`), from yaml-rust2's marked events; and how a
//! path is written for people.
//!
//! Steps: walk the parser's events keeping a stack of open mappings and
//! sequences; give each key and value its path; note keys met twice.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::diagnostics::Pos;

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Formats a path as users read it: `observations[3].value`.
pub fn path_string(segs: &[Seg]) -> String {
    let mut s = String::new();
    for seg in segs {
        match seg {
            Seg::Key(k) => s = join_key(&s, k),
            Seg::Index(i) => {
                s.push_str(&format!("[{i}]"));
            }
        }
    }
    s
}

/// Whether a key must be quoted in a path: it holds the path's own
/// punctuation, or is empty.
fn needs_quotes(key: &str) -> bool {
    key.is_empty() || key.contains(['.', '[', ']', '"'])
}

/// Where each node of a document starts (1-based line and column), by path.
#[derive(Debug, Default, Clone)]
pub struct PosIndex {
    pub(super) keys: HashMap<String, Pos>,
    pub(super) values: HashMap<String, Pos>,
    /// Keys met a second time in one mapping, in document order.
    pub(super) repeated: Vec<(String, Pos)>,
    pub(super) line_offset: usize,
}

impl PosIndex {
    /// Position of the value at `path`, else of its key, else of the nearest
    /// parent; line 1 of the document at worst.
    pub fn locate(&self, path: &str) -> Pos {
        let mut p = path.to_string();
        loop {
            if let Some(pos) = self.values.get(&p).or_else(|| self.keys.get(&p)) {
                return *pos;
            }
            match parent_path(&p) {
                Some(parent) => p = parent,
                None => return Pos::new(1 + self.line_offset, 1),
            }
        }
    }

    /// Position of the key at `path` (for "unknown field" errors).
    pub fn locate_key(&self, path: &str) -> Pos {
        self.keys
            .get(path)
            .copied()
            .unwrap_or_else(|| self.locate(path))
    }
}

pub(super) fn parent_path(p: &str) -> Option<String> {
    if p.is_empty() {
        return None;
    }
    // A quoted key, `a["x.y"]`: cut before its `["`.
    let cut = if p.ends_with("\"]") {
        p.rfind("[\"").unwrap_or(0)
    } else {
        p.rfind(['.', '[']).unwrap_or(0)
    };
    Some(p[..cut].to_string())
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, index: usize },
}

struct IndexBuilder {
    stack: Vec<Frame>,
    index: PosIndex,
}

impl IndexBuilder {
    fn pos(&self, m: &Marker) -> Pos {
        Pos::new(m.line() + self.index.line_offset, m.col() + 1)
    }

    /// The path of the node that starts now, recording its key if it is one.
    /// Returns None when the node is a mapping key.
    fn node_path(&mut self, scalar: Option<&str>, mark: &Marker) -> Option<String> {
        let pos = self.pos(mark);
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, index }) => {
                let p = format!("{path}[{index}]");
                *index += 1;
                Some(p)
            }
            Some(Frame::Map { path, key }) => match key.take() {
                None => {
                    let k = scalar.unwrap_or("?").to_string();
                    let full = join_key(path, &k);
                    // yaml-rust2 marks a block mapping where its first `:`
                    // is; it starts at its first key.
                    if let Some(start) = self.index.values.get_mut(path.as_str())
                        && pos < *start
                    {
                        *start = pos;
                    }
                    match self.index.keys.entry(full) {
                        Entry::Occupied(e) => self.index.repeated.push((e.key().clone(), pos)),
                        Entry::Vacant(e) => {
                            e.insert(pos);
                        }
                    }
                    *key = Some(k);
                    None
                }
                Some(k) => Some(join_key(path, &k)),
            },
        }
    }
}

/// `path.key`, or `path["key"]` for a key holding `.`, `[`, `]` or `"`.
pub(super) fn join_key(path: &str, key: &str) -> String {
    if needs_quotes(key) {
        format!("{path}[\"{}\"]", key.replace('"', "\\\""))
    } else if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl MarkedEventReceiver for IndexBuilder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = self.pos(&mark);
        match ev {
            Event::Scalar(ref s, ..) => {
                if let Some(p) = self.node_path(Some(s), &mark) {
                    self.index.values.insert(p, pos);
                }
            }
            Event::Alias(_) => {
                if let Some(p) = self.node_path(None, &mark) {
                    self.index.values.insert(p, pos);
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                // A complex key: index it under "?" and skip its contents.
                let path = self.node_path(None, &mark).unwrap_or_else(|| "?".into());
                self.index.values.insert(path.clone(), pos);
                self.stack.push(if is_map {
                    Frame::Map { path, key: None }
                } else {
                    Frame::Seq { path, index: 0 }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

/// Builds the position index of `text`, whose first line is line
/// `line_offset + 1` of its file.
pub fn index_positions(text: &str, line_offset: usize) -> PosIndex {
    let mut b = IndexBuilder {
        stack: Vec::new(),
        index: PosIndex {
            line_offset,
            ..Default::default()
        },
    };
    let mut parser = Parser::new_from_str(text);
    // serde_yaml has already accepted the text; if this parser disagrees we
    // keep whatever positions it found.
    let _ = parser.load(&mut b, false);
    b.index
}
