//! The codes, listed once: each kind of error and its stable number, and
//! how a code is written, parsed and linked to the guide.

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
    /// A link a theme's template writes whole to a page or file the site
    /// does not have.
    TemplateLinkToMissing = "E0606",

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

impl Code {
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
