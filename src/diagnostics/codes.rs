//! Every kind of error baocao reports has a stable code (`E0104`), printed
//! with the error and explained in the error catalogue: what it means, an
//! example, the fix.
//!
//! The codes are listed once, below; their texts are in
//! [`super::catalogue::ENTRIES`]. The catalogue pages of the guide
//! (`content/guide/errors.md`, `content/huong-dan/ma-loi.md`) and
//! `baocao explain` are generated from both, so they cannot drift; tests
//! fail when a code has no entry, when an entry's code is never used, and
//! when an error is made without a code.
//!
//! A code, once published, keeps its meaning: never renumber or reuse one.
//! A new kind of error takes the next free number of its group:
//!
//! - `E00xx` reading the site's files
//! - `E01xx` YAML, in any file or block
//! - `E02xx` `content/site.yaml`
//! - `E03xx` indicator and agency files
//! - `E04xx` Markdown pages and their blocks
//! - `E05xx` static files and themes
//! - `E06xx` links (`baocao check`)
//! - `E07xx` writing the output
//! - `E08xx` observations in CSV files
//! - `E09xx` photos

macro_rules! codes {
    ($($(#[$doc:meta])* $name:ident = $id:literal,)*) => {
        /// The kind of an error, for people to look up.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[$doc])* $name,)*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &[Code] = &[$(Code::$name,)*];

            /// `E0104`.
            pub fn id(self) -> &'static str {
                match self {
                    $(Code::$name => $id,)*
                }
            }
        }
    };
}

codes! {
    /// No `content/` folder where the site should be.
    NoContentFolder = "E0001",
    /// The system refused to read a file or folder.
    CannotRead = "E0002",
    /// A symbolic link whose target does not exist.
    BrokenLink = "E0003",
    /// A path that leads outside the site folder.
    OutsideSite = "E0004",
    /// A path that leads into a hidden file or folder.
    HiddenPath = "E0005",
    /// A FIFO, device or socket where a file should be.
    NotRegularFile = "E0006",
    /// A file over its size limit.
    FileTooLarge = "E0007",
    /// A file or folder name that is not UTF-8.
    NameNotUtf8 = "E0008",
    /// A file that is not UTF-8.
    NotUtf8 = "E0009",
    /// A character that reverses the direction of text.
    DirectionOverride = "E0010",

    /// YAML the parser cannot read.
    YamlSyntax = "E0101",
    /// A file or block with nothing in it.
    EmptyFile = "E0102",
    /// A file or block that is not `field: value` lines.
    NotAMapping = "E0103",
    /// A field the format does not have.
    UnknownField = "E0104",
    /// A value outside a field's list of choices.
    InvalidValue = "E0105",
    /// A required field left out.
    MissingField = "E0106",
    /// A value of the wrong type (text for a number, a date in another form).
    WrongType = "E0107",
    /// A number written with a decimal comma inside `{ }`.
    DecimalComma = "E0108",
    /// A number or list where a field name should be.
    NotAFieldName = "E0109",
    /// `.nan` or `.inf`.
    NotFinite = "E0110",
    /// A whole number too long to hold.
    TooManyDigits = "E0111",

    /// No `content/site.yaml`.
    SiteYamlMissing = "E0201",
    /// `region.id` that is not an id.
    RegionIdNotId = "E0202",
    /// `base_url` without `https://`.
    BaseUrlNotAbsolute = "E0203",
    /// `page_size: 0`.
    PageSizeZero = "E0204",
    /// `theme` that is not a plain name.
    ThemeNotAName = "E0205",
    /// `theme` naming a folder that does not exist.
    ThemeNotFound = "E0206",
    /// An indicator listed in two groups.
    IndicatorInTwoGroups = "E0207",
    /// `cms.backend` github or gitlab without `cms.repo`.
    CmsRepoMissing = "E0208",
    /// `cms.repo` that is not `owner/name`.
    CmsRepoNotARepo = "E0209",
    /// `cms.script` that is not an https:// URL or a path on the site.
    CmsScriptNotAUrl = "E0210",
    /// A CMS script from another host without `cms.integrity`.
    CmsScriptWithoutIntegrity = "E0211",
    /// `cms.integrity` that is not a Subresource Integrity hash.
    CmsIntegrityNotAHash = "E0212",
    /// `cms.auth_url` that is not an https:// URL.
    CmsAuthUrlNotHttps = "E0213",
    /// `cms.folder` that leads out of the repository.
    CmsFolderOutside = "E0214",

    /// A data file whose name cannot be an id.
    FileNameNotId = "E0301",
    /// An empty `name`.
    NameEmpty = "E0302",
    /// An id that names no indicator, agency or entity.
    UnknownId = "E0303",
    /// An indicator id taken by one of baocao's pages.
    ReservedIndicatorId = "E0304",
    /// `decimals` over 6.
    DecimalsTooMany = "E0305",
    /// A value no indicator of its kind can have.
    ValueOutOfRange = "E0306",
    /// An `improve_by` larger than any value.
    ChangeTooLarge = "E0307",
    /// `of` on an indicator that is not a rank.
    OfNotRank = "E0308",
    /// A place past the number ranked.
    PlacePastOf = "E0309",
    /// An observation's year outside 1900–2100.
    YearOutOfRange = "E0310",
    /// Two values for one entity in one year.
    DuplicateObservation = "E0311",
    /// An entity with no values of the indicator.
    NoValuesForEntity = "E0312",
    /// A target's year outside 1900–2100.
    TargetYearOutOfRange = "E0313",
    /// A target without a condition.
    TargetWithoutCondition = "E0314",
    /// A negative `improve_by.min`.
    ImproveByNegative = "E0315",
    /// `improve_by.max` below `improve_by.min`.
    ImproveByReversed = "E0316",
    /// An agency id taken by one of baocao's pages.
    ReservedAgencyId = "E0317",
    /// An empty `short_name`.
    ShortNameEmpty = "E0318",
    /// An agency that is its own parent.
    OwnParent = "E0319",
    /// A chain of parents that loops.
    ParentLoop = "E0320",
    /// A head of agency without a name.
    HeadNameEmpty = "E0321",
    /// A head who leaves office before taking it.
    HeadLeavesBeforeTaking = "E0322",
    /// An observation with neither a value nor a status.
    ValueMissing = "E0323",
    /// An observation with a value and a status saying there is none.
    ValueAndStatus = "E0324",
    /// A component id that is not usable, or declared twice.
    ComponentBadId = "E0325",
    /// An observation's component the indicator does not declare.
    ComponentUnknown = "E0326",
    /// A component above its maximum.
    ComponentAboveMax = "E0327",
    /// Components that do not add up to the value.
    ComponentsDoNotAddUp = "E0328",
    /// A source address that is not a web address.
    SourceNotWeb = "E0329",
    /// `successors` without `until`.
    SuccessorsWithoutUntil = "E0330",
    /// Successors that lead back to the agency.
    LineageLoop = "E0331",
    /// A value for a year after the unit ended.
    ValueAfterUntil = "E0332",

    /// A page without front matter.
    NoFrontMatter = "E0401",
    /// Front matter that is never closed.
    FrontMatterUnclosed = "E0402",
    /// Front matter with no field.
    FrontMatterEmpty = "E0403",
    /// An empty `title`.
    TitleEmpty = "E0404",
    /// A tag without a letter or digit.
    TagWithoutLetters = "E0405",
    /// A page whose address would be empty.
    SlugEmpty = "E0406",
    /// A page in a folder baocao writes itself.
    ReservedSection = "E0407",
    /// A folder name without a letter or digit.
    FolderNameEmpty = "E0408",
    /// `content/_index.md`.
    IndexAtRoot = "E0409",
    /// Two pages with one address.
    SameUrl = "E0410",
    /// A chart or table block naming an indicator that does not exist.
    BlockUnknownIndicator = "E0411",
    /// A chart with both `entities` and `compare`.
    EntitiesAndCompare = "E0412",
    /// HTML nested too deep.
    HtmlTooDeep = "E0413",
    /// A page inside the folder of a page that is a folder.
    PageInPageFolder = "E0414",

    /// A static file at an address baocao writes.
    StaticTakesGeneratedAddress = "E0501",
    /// Two static files whose names differ only in capitals or accents.
    StaticNamesClash = "E0502",
    /// A static file and a theme's file at one address.
    StaticClashesWithTheme = "E0503",
    /// A theme template that does not compile or render.
    TemplateError = "E0504",

    /// A link that leaves the site's base path.
    LinkLeavesSite = "E0601",
    /// A relative link that climbs above the site's root.
    LinkAboveRoot = "E0602",
    /// A link or image to a file the site does not have.
    LinkToMissingFile = "E0603",
    /// A link to a page the site does not have.
    LinkToMissingPage = "E0604",
    /// A link to an anchor the page does not have.
    LinkToMissingAnchor = "E0605",

    /// The output could not be written.
    CannotWrite = "E0701",
    /// An input/output error of the build itself.
    BuildIo = "E0702",

    /// An empty CSV file of observations.
    CsvEmpty = "E0801",
    /// A CSV file the reader cannot read.
    CsvUnreadable = "E0802",
    /// A column named twice in the header.
    CsvColumnTwice = "E0803",
    /// A column the format does not have.
    CsvUnknownColumn = "E0804",
    /// No `year` or no `value` column.
    CsvMissingColumn = "E0805",
    /// A row with more or fewer fields than the header.
    CsvFieldCount = "E0806",
    /// A year that is not a whole number.
    CsvNotAYear = "E0807",
    /// A value that is not a number.
    CsvNotANumber = "E0808",
    /// An `of` that is not a whole number.
    CsvNotACount = "E0809",
    /// More problems in one file than are listed.
    CsvTooManyProblems = "E0810",
    /// A CSV file without its indicator's YAML file.
    CsvWithoutIndicator = "E0811",
    /// `csv:` in an indicator whose CSV file does not exist.
    CsvMissing = "E0812",
    /// A `status` cell that is not a status.
    CsvNotAStatus = "E0813",

    /// An image without alt text.
    ImageWithoutAlt = "E0901",
    /// An image without an address.
    ImageWithoutAddress = "E0902",
    /// An image address that leads outside `content/`.
    ImageOutsideContent = "E0903",
    /// An image file that does not exist.
    ImageMissing = "E0904",
    /// An image beside a page that is neither JPEG nor PNG.
    ImageFormat = "E0905",
    /// An image whose bytes are not what its name says.
    ImageNotWhatItSays = "E0906",
    /// A photo of too many pixels.
    ImageTooLarge = "E0907",
    /// A damaged or cut-short image.
    ImageCorrupt = "E0908",
}

/// One entry of the catalogue. Texts come in pairs: English, Vietnamese.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub code: Code,
    /// A few words, for the heading.
    pub title: [&'static str; 2],
    /// What happened, in Markdown.
    pub meaning: [&'static str; 2],
    /// A way to make the error, from the site `baocao new site` writes.
    pub example: &'static [Step],
    /// How to fix it, in Markdown.
    pub fix: [&'static str; 2],
}

/// One step of an example, applied to the site `baocao new site` writes.
/// Tests apply every example and check that it gives its code.
#[derive(Debug)]
pub enum Step {
    /// In `file`, the text `find` (once in the file) becomes `with`; the
    /// catalogue shows `with`.
    Edit {
        file: &'static str,
        find: &'static str,
        with: &'static str,
    },
    /// `file` written with this text.
    Write {
        file: &'static str,
        text: &'static str,
    },
    /// `file` (or a folder) removed.
    Remove(&'static str),
    /// A symbolic link at `link` to `target`.
    Link {
        link: &'static str,
        target: &'static str,
    },
    /// What an edit cannot make (an unreadable file, a full disk), in words:
    /// English, Vietnamese.
    Described([&'static str; 2]),
}

impl Code {
    /// Its entry in the catalogue.
    pub fn entry(self) -> Option<&'static Entry> {
        super::catalogue::ENTRIES.iter().find(|e| e.code == self)
    }

    /// Its title in the catalogue, in English (`lang` 0) or Vietnamese (1).
    pub fn title(self, lang: usize) -> &'static str {
        self.entry().map_or("", |e| e.title[lang])
    }

    /// `E0104`, `e0104` or `0104` → the code.
    pub fn parse(s: &str) -> Option<Code> {
        let s = s.trim();
        let digits = s
            .strip_prefix('E')
            .or_else(|| s.strip_prefix('e'))
            .unwrap_or(s);
        Code::ALL.iter().copied().find(|c| c.id()[1..] == *digits)
    }

    /// The anchor of its entry: `e0104`.
    pub fn anchor(self) -> String {
        self.id().to_ascii_lowercase()
    }

    /// Its entry in the guide's catalogue, Vietnamese and English.
    pub fn guide_pages(self) -> [String; 2] {
        crate::guide::ERRORS.map(|page| format!("{page}#{}", self.anchor()))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// `baocao explain CODE`: the entry as text, English then Vietnamese.
pub fn explain(code: Code) -> String {
    let Some(e) = code.entry() else {
        return format!("{code}: no entry\n");
    };
    let mut out = String::new();
    for lang in 0..2 {
        let (example, fix) = [("Example", "Fix"), ("Ví dụ", "Cách sửa")][lang];
        out.push_str(&format!("{code} {}\n\n", e.title[lang]));
        out.push_str(&plain(e.meaning[lang]));
        out.push_str(&format!("\n{example}:\n"));
        for step in e.example {
            out.push_str(&step_text(step, lang));
        }
        out.push_str(&format!("\n{fix}:\n"));
        out.push_str(&plain(e.fix[lang]));
        out.push('\n');
    }
    let [vi, en] = code.guide_pages();
    out.push_str(&format!(
        "Guide: {} (English: {})\n",
        crate::guide::url(&vi),
        crate::guide::url(&en)
    ));
    out
}

/// A step as plain text, in language `lang` (0 English, 1 Vietnamese).
pub fn step_text(step: &Step, lang: usize) -> String {
    let indent = |t: &str| -> String { t.lines().map(|l| format!("    {l}\n")).collect() };
    match step {
        Step::Edit { file, with, .. } => {
            let head = ["in", "trong"][lang];
            format!("  {head} {file}:\n{}", indent(with))
        }
        Step::Write { file, text: "" } => {
            format!("  {file} {}\n", ["empty", "để trống"][lang])
        }
        Step::Write { file, text } => format!("  {file}:\n{}", indent(text)),
        Step::Remove(file) => format!("  {file} {}\n", ["removed", "bị xóa"][lang]),
        Step::Link { link, target } => format!(
            "  {link}: {} {target}\n",
            ["a symbolic link to", "liên kết tượng trưng tới"][lang]
        ),
        Step::Described(t) => format!("  {}\n", t[lang]),
    }
}

/// Markdown in a terminal: without its backticks and asterisks, wrapped
/// at 78 characters.
fn plain(md: &str) -> String {
    let text = md.replace(['`', '*'], "");
    let mut out = String::new();
    let mut width = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if width > 0 && width + 1 + n > 78 {
            out.push('\n');
            width = 0;
        } else if width > 0 {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += n;
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::catalogue::ENTRIES;

    #[test]
    fn each_code_has_its_entry_in_both_guides() {
        assert_eq!(
            Code::UnknownField.guide_pages(),
            ["/huong-dan/ma-loi/#e0104", "/guide/errors/#e0104"]
        );
    }

    #[test]
    fn codes_are_distinct_well_formed_and_in_order() {
        let ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
        for id in &ids {
            assert!(
                id.len() == 5 && id.starts_with('E') && id[1..].bytes().all(|b| b.is_ascii_digit()),
                "{id}"
            );
        }
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    }

    /// The catalogue is complete: each code has exactly one entry, in the
    /// order of the codes, with every text written.
    #[test]
    fn every_code_has_an_entry() {
        let missing: Vec<&str> = Code::ALL
            .iter()
            .filter(|c| !ENTRIES.iter().any(|e| e.code == **c))
            .map(|c| c.id())
            .collect();
        assert!(
            missing.is_empty(),
            "codes without an entry in src/diagnostics/catalogue.rs: {missing:?}"
        );
        let listed: Vec<Code> = ENTRIES.iter().map(|e| e.code).collect();
        assert_eq!(
            listed,
            Code::ALL,
            "one entry per code, in the order of the codes"
        );
        for e in ENTRIES {
            for text in e.title.iter().chain(&e.meaning).chain(&e.fix) {
                assert!(!text.trim().is_empty(), "{}: an empty text", e.code);
            }
            assert!(!e.example.is_empty(), "{}: no example", e.code);
        }
    }

    #[test]
    fn codes_parse_in_any_case() {
        assert_eq!(Code::parse("E0104"), Some(Code::UnknownField));
        assert_eq!(Code::parse("e0104"), Some(Code::UnknownField));
        assert_eq!(Code::parse("0104"), Some(Code::UnknownField));
        assert_eq!(Code::parse("E9999"), None);
        assert_eq!(Code::UnknownField.anchor(), "e0104");
    }

    #[test]
    fn explain_gives_both_languages_and_the_page() {
        let t = explain(Code::UnknownField);
        assert!(t.starts_with("E0104 "), "{t}");
        assert!(t.contains("Example:") && t.contains("Ví dụ:"), "{t}");
        assert!(t.contains("#e0104"), "{t}");
    }
}
