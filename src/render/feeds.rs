//! What readers' tools read: the Atom feed, the sitemap, robots.txt, the
//! search index, and the data downloads (CSV per indicator, one JSON file).

use std::collections::BTreeMap;
use std::fmt::{Display, Write as _};

use serde::Serialize;
use serde_json::Value;

use super::renderer::Renderer;
use crate::model::IndicatorIx;
use crate::web::urls;

/// Entries in the feed.
pub const FEED_ENTRIES: usize = 20;

/// `/feed.xml` (`feed.xml`).
#[derive(Serialize)]
pub struct Feed<'a> {
    title: &'a str,
    self_url: String,
    home_url: String,
    updated: &'a str,
    entries: Vec<FeedEntry<'a>>,
}

/// A dated page in the feed.
#[derive(Serialize)]
pub struct FeedEntry<'a> {
    title: &'a str,
    url: String,
    published: &'a str,
    updated: &'a str,
    summary: String,
    content_html: Option<String>,
    author: Option<&'a str>,
    tags: &'a [String],
}

/// `/sitemap.xml` (`sitemap.xml`).
#[derive(Serialize)]
pub struct Sitemap<'a> {
    urls: Vec<SitemapUrl<'a>>,
}

#[derive(Serialize)]
pub struct SitemapUrl<'a> {
    loc: String,
    lastmod: Option<&'a str>,
}

// The JSON files below are written as `serde_json` wrote its trees: keys
// in alphabetical order, so the fields are declared in that order.

/// An entry of `/search.json`.
#[derive(Serialize)]
struct SearchItem<'a> {
    indicators: Vec<&'a str>,
    summary: String,
    tags: &'a [String],
    title: String,
    url: String,
}

#[derive(Serialize)]
struct SearchIndex<'a> {
    pages: Vec<SearchItem<'a>>,
}

/// What `/data/indicators.json` and each indicator's file say of the site.
#[derive(Serialize)]
struct SiteRecord<'a> {
    base_url: &'a str,
    region: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct DataIndex<'a> {
    indicators: Vec<IndicatorRecord<'a>>,
    site: SiteRecord<'a>,
}

/// An indicator in the data files: what its page says, as data.
#[derive(Serialize)]
struct IndicatorRecord<'a> {
    change: Option<SinceText>,
    csv: String,
    data: String,
    decimals: u8,
    direction: &'static str,
    entities: usize,
    /// Whose values `latest`, `change` and `status` are: none when they
    /// are the median of `median_of` units.
    entity: Option<&'a str>,
    id: &'a str,
    kind: &'static str,
    latest: Option<YearText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    median_of: Option<usize>,
    name: &'a str,
    owner: Option<&'a str>,
    short_name: Option<&'a str>,
    source: Option<&'a str>,
    status: Option<&'static str>,
    targets: Vec<TargetRecord<'a>>,
    unit: &'a str,
    url: String,
}

#[derive(Serialize)]
struct SinceText {
    since: i32,
    text: String,
}

#[derive(Serialize)]
struct YearText {
    text: String,
    year: i32,
}

/// A target and its judgement; in an indicator's own file, its status for
/// every entity. The judgement's inputs go through a JSON tree, which
/// orders their keys.
#[derive(Serialize)]
struct TargetRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    by_entity: Option<BTreeMap<&'a str, &'static str>>,
    conditions: Value,
    judgement: Value,
    label: Option<&'a str>,
    status: &'static str,
    year: i32,
}

impl Renderer<'_> {
    pub fn feed(&self) -> Feed<'_> {
        let entries: Vec<FeedEntry> = self
            .lists()
            .lists
            .dated
            .iter()
            .filter(|&&pi| self.page_meta(pi).meta.date.is_some())
            .take(FEED_ENTRIES)
            .map(|&pi| {
                let p = self.page_meta(pi);
                let url = &self.page_facts(pi).expect("built").url;
                let date = p.meta.date.as_ref().expect("filtered");
                let updated = p.meta.updated.as_ref().unwrap_or(date);
                // The indicators the page cites, as the site says them.
                let facts: Vec<String> = p
                    .meta
                    .indicators
                    .iter()
                    .filter_map(|id| self.derived.indicator_index.get(id).copied())
                    .filter_map(|i| {
                        let latest = self.card_latest(i)?;
                        let mut line = format!(
                            "{}: {} ({})",
                            self.indicator_of(i).label(),
                            latest.text,
                            latest.year
                        );
                        if let Some(c) = self.card_change(i) {
                            line.push_str(&format!(", {}", c.text));
                        }
                        Some(line)
                    })
                    .collect();
                FeedEntry {
                    title: &p.meta.title,
                    url: self.permalink(url),
                    published: date.rfc3339.as_str(),
                    updated: updated.rfc3339.as_str(),
                    summary: self.summary(pi),
                    // HTML as Atom carries it: escaped here as HTML, and
                    // again as XML by the template.
                    content_html: (!facts.is_empty()).then(|| {
                        format!(
                            "<p>{}</p><ul>{}</ul>",
                            crate::web::escape(&self.summary(pi)),
                            facts
                                .iter()
                                .map(|f| format!("<li>{}</li>", crate::web::escape(f)))
                                .collect::<String>()
                        )
                    }),
                    author: p.meta.author.as_deref(),
                    tags: &p.meta.tags,
                }
            })
            .collect();
        let updated = entries.iter().map(|e| e.updated).max_by_key(|s| {
            crate::model::PageDate::parse(s)
                .map(|d| d.timestamp)
                .unwrap_or(0)
        });
        Feed {
            title: &self.inputs.config.title,
            self_url: self.permalink(urls::FEED),
            home_url: self.permalink("/"),
            updated: updated.unwrap_or("1970-01-01T00:00:00Z"),
            entries,
        }
    }

    /// Every HTML page, by absolute URL, with a date where one is known.
    pub fn sitemap<'s>(&self, html_urls: &'s [(String, Option<String>)]) -> Sitemap<'s> {
        let urls = html_urls
            .iter()
            .filter(|(u, _)| u.ends_with('/'))
            .map(|(u, lastmod)| SitemapUrl {
                loc: self.permalink(u),
                lastmod: lastmod.as_deref(),
            })
            .collect();
        Sitemap { urls }
    }

    pub fn robots(&self) -> String {
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            self.permalink(urls::SITEMAP)
        )
    }

    /// Title, URL, summary, tags and indicator names of every page, plus
    /// every indicator and agency, for the search box.
    pub fn search_index(&self) -> String {
        let mut items: Vec<SearchItem> = Vec::new();
        for &pi in &self.lists().lists.dated {
            let p = self.page_meta(pi);
            let indicators: Vec<&str> = p
                .meta
                .indicators
                .iter()
                .filter_map(|id| self.derived.indicator_index.get(id))
                .map(|&i| self.indicator_of(i).name.as_str())
                .collect();
            items.push(SearchItem {
                title: p.meta.title.clone(),
                url: self.link(&self.page_facts(pi).expect("built").url),
                summary: self.summary(pi),
                tags: &p.meta.tags,
                indicators,
            });
        }
        // Every name: what the index holds of indicators and agencies.
        let (indicators, agencies) = self.every_name();
        for (ind, f) in indicators {
            items.push(SearchItem {
                title: format!("{} ({})", ind.name, ind.label()),
                url: self.link(&f.url),
                summary: ind
                    .description
                    .as_deref()
                    .map(|d| super::markdown::truncate_words(&super::markdown::plain_text(d), 200))
                    .unwrap_or_default(),
                tags: &[],
                indicators: vec![&ind.name],
            });
        }
        for (ag, f) in agencies {
            let head = f.heads.last().map(|h| h.name.clone()).unwrap_or_default();
            items.push(SearchItem {
                title: ag.name.clone(),
                url: self.link(&f.url),
                summary: head,
                tags: &[],
                indicators: Vec::new(),
            });
        }
        serde_json::to_string(&SearchIndex { pages: items }).expect("JSON of plain values")
    }

    /// One row per observation; UTF-8 with a byte-order mark so Excel reads
    /// Vietnamese text correctly.
    pub fn csv<'a>(&'a self, i: IndicatorIx) -> Vec<u8> {
        let ind = self.indicator_of(i);
        let mut out = Vec::with_capacity(1024 + BYTES_PER_OBSERVATION * ind.observations.len());
        out.extend_from_slice(b"\xEF\xBB\xBF");
        {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            // Columns the data uses, beyond the six every file has; the
            // file reads back as an indicator's CSV.
            let obs = &ind.observations;
            let of = obs.iter().any(|o| o.of.is_some());
            let status = obs.iter().any(|o| o.status.is_some());
            let group = obs.iter().any(|o| o.group.is_some());
            let mut header = vec!["year", "entity", "entity_name", "value", "unit", "note"];
            header.extend(of.then_some("of"));
            header.extend(status.then_some("status"));
            header.extend(group.then_some("group"));
            header.extend(ind.components.iter().map(|c| c.id.as_str()));
            let _ = w.write_record(&header);
            let region = &self.inputs.config.region;
            let name_of = |id: &'a str| -> &'a str {
                match self.derived.agency_index.get(id) {
                    Some(&a) => &self.agency_named(a).0.name,
                    None if id == region.id => &region.name,
                    None => id,
                }
            };
            // Each field written as it is made, through one buffer for
            // numbers: a commune indicator has tens of thousands of rows.
            let mut num = String::new();
            let mut field = |w: &mut csv::Writer<&mut Vec<u8>>, v: Option<&dyn Display>| {
                num.clear();
                if let Some(v) = v {
                    let _ = write!(num, "{v}");
                }
                let _ = w.write_field(&num);
            };
            for o in obs {
                let entity = o.entity.as_deref().unwrap_or(&region.id);
                field(&mut w, Some(&o.year));
                let _ = w.write_field(entity);
                let _ = w.write_field(name_of(entity));
                field(&mut w, o.value.as_ref().map(|v| v as &dyn Display));
                let _ = w.write_field(&ind.unit);
                let _ = w.write_field(o.note.as_deref().unwrap_or_default());
                if of {
                    field(&mut w, o.of.as_ref().map(|n| n as &dyn Display));
                }
                if status {
                    let _ = w.write_field(o.status.map(|s| s.as_str()).unwrap_or_default());
                }
                if group {
                    let _ = w.write_field(o.group.as_deref().unwrap_or_default());
                }
                for c in &ind.components {
                    let v = o.components.as_ref().and_then(|m| m.get(&c.id));
                    field(&mut w, v.map(|v| v as &dyn Display));
                }
                let _ = w.write_record(None::<&[u8]>);
            }
            let _ = w.flush();
        }
        out
    }

    /// `/data/indicators.json`: every indicator with its latest value,
    /// change, status and targets, and the address of its own file with
    /// every value ([`Renderer::indicator_json`]): the index stays small
    /// however many units the site has.
    pub fn data_json(&self) -> Vec<u8> {
        let indicators = self
            .inputs
            .indicators
            .keys()
            .map(|i| self.indicator_record(i, false))
            .collect();
        pretty(
            &DataIndex {
                indicators,
                site: self.site_record(),
            },
            0,
        )
    }

    /// `/data/indicators/<id>.json`: one indicator as in the index, with
    /// every observation and each target's status for every entity.
    pub fn indicator_json(&self, i: IndicatorIx) -> Vec<u8> {
        /// One observation, written straight from the record (a commune
        /// indicator has tens of thousands: no JSON tree for them).
        #[derive(serde::Serialize)]
        struct Obs<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            components: Option<&'a BTreeMap<String, f64>>,
            entity: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            group: Option<&'a str>,
            note: Option<&'a str>,
            of: Option<u32>,
            #[serde(skip_serializing_if = "Option::is_none")]
            source: Option<&'a crate::model::Source>,
            #[serde(skip_serializing_if = "Option::is_none")]
            status: Option<crate::model::ObsStatus>,
            value: Option<f64>,
            year: i32,
        }
        #[derive(serde::Serialize)]
        struct Record<'a> {
            #[serde(flatten)]
            head: IndicatorRecord<'a>,
            observations: Vec<Obs<'a>>,
        }
        #[derive(serde::Serialize)]
        struct File<'a> {
            indicator: Record<'a>,
            site: SiteRecord<'a>,
        }
        let region = self.inputs.config.region.id.as_str();
        let file = File {
            indicator: Record {
                head: self.indicator_record(i, true),
                observations: self
                    .indicator_of(i)
                    .observations
                    .iter()
                    .map(|o| Obs {
                        components: o.components.as_deref(),
                        entity: o.entity.as_deref().unwrap_or(region),
                        group: o.group.as_deref(),
                        note: o.note.as_deref(),
                        of: o.of,
                        source: o.source.as_deref(),
                        status: o.status,
                        value: o.value,
                        year: o.year,
                    })
                    .collect(),
            },
            site: self.site_record(),
        };
        let observations = file.indicator.observations.len();
        pretty(&file, 4096 + BYTES_PER_OBSERVATION * observations)
    }

    fn site_record(&self) -> SiteRecord<'_> {
        SiteRecord {
            base_url: &self.base_url,
            region: &self.inputs.config.region.id,
            title: &self.inputs.config.title,
        }
    }

    fn indicator_record(&self, i: IndicatorIx, full: bool) -> IndicatorRecord<'_> {
        let ind = self.indicator_of(i);
        let facts = self.indicator_facts(i);
        let targets = facts
            .targets
            .iter()
            .map(|t| {
                let target = &ind.targets[t.index];
                TargetRecord {
                    by_entity: full.then(|| {
                        facts
                            .series
                            .iter()
                            .zip(&t.evaluations)
                            .map(|(s, e)| (s.entity.as_str(), e.status.key()))
                            .collect()
                    }),
                    conditions: tree(&crate::derive::status::conditions(target)),
                    judgement: tree(&t.primary.conditions),
                    label: target.label.as_deref(),
                    status: t.primary.status.key(),
                    year: target.year,
                }
            })
            .collect();
        // The latest value and its change as the pages say them.
        IndicatorRecord {
            change: self.card_change(i).map(|c| SinceText {
                since: c.since,
                text: c.text,
            }),
            csv: self.permalink(&csv_url(&ind.id)),
            data: self.permalink(&indicator_json_url(&ind.id)),
            decimals: ind.decimals(),
            direction: if ind.direction() == crate::model::Direction::LowerIsBetter {
                "lower_is_better"
            } else {
                "higher_is_better"
            },
            entities: facts.series.len(),
            entity: facts.primary_entity(),
            median_of: match &facts.primary {
                crate::derive::Primary::Median(m) => Some(m.latest_units()),
                crate::derive::Primary::Entity(_) => None,
            },
            id: &ind.id,
            kind: ind.kind.as_str(),
            latest: self.card_latest(i).map(|l| YearText {
                text: l.text,
                year: l.year,
            }),
            name: &ind.name,
            owner: ind.owner.as_deref(),
            short_name: ind.short_name.as_deref(),
            source: ind.source.as_deref(),
            status: facts.status.map(|s| s.key()),
            targets,
            unit: &ind.unit,
            url: self.permalink(&facts.url),
        }
    }
}

/// `v` as a JSON tree: its maps' keys in alphabetical order.
fn tree(v: &impl Serialize) -> Value {
    serde_json::to_value(v).expect("JSON of plain values")
}

/// `v` as indented JSON with a final newline, written into a buffer of
/// `capacity` bytes to start with: a large file is then not copied each
/// time its buffer grows.
fn pretty(v: &impl Serialize, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity);
    serde_json::to_writer_pretty(&mut out, v).expect("JSON of plain values");
    out.push(b'\n');
    out
}

/// About how many bytes one observation takes in the downloads, pretty
/// JSON and CSV (a commune's long name included), to size their buffers.
const BYTES_PER_OBSERVATION: usize = 160;

/// `/data/indicators/<id>.json`.
pub fn indicator_json_url(id: &str) -> String {
    format!("/data/indicators/{id}.json")
}

pub fn csv_url(id: &str) -> String {
    format!("/indicators/{id}.csv")
}

/// The URL of list page `page` of the tag.
pub fn tag_url(slug: &str, page: usize) -> String {
    super::lists::section_page_url(&format!("/tags/{slug}/"), page)
}

/// For the sitemap: HTML URLs are directories.
pub fn is_page_url(url: &str) -> bool {
    urls::file_for(url).ends_with("index.html")
}
