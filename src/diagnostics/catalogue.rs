//! The error catalogue's texts: for each [`Code`], what it means, an
//! example and the fix, in English and Vietnamese. The guide's catalogue
//! pages and `baocao explain` are made from this table; `tests/catalogue.rs`
//! applies every example to a new site and checks it gives its code.
//!
//! Texts are Markdown. Examples start from the site `baocao new site`
//! writes (`content/site.yaml`, the indicator `sipas`, the agency
//! `so-noi-vu`, one news page); a CSV file beside `sipas.yaml` adds to its
//! observations.

use super::codes::{Code, Entry, Step};

const SITE: &str = "content/site.yaml";
const IND: &str = "content/data/indicators/sipas.yaml";
const AG: &str = "content/data/agencies/so-noi-vu.yaml";
const PAGE: &str = "content/news/muc-tieu-chi-so-hai-long.md";
const NEW_PAGE: &str = "content/news/tin-moi.md";
const CSV: &str = "content/data/indicators/sipas.csv";
/// Where a photo goes in the news page.
const BEFORE_HEADING: &str = "## Kết quả những năm gần đây";

const fn edit(file: &'static str, find: &'static str, with: &'static str) -> Step {
    Step::Edit { file, find, with }
}

const fn write(file: &'static str, text: &'static str) -> Step {
    Step::Write { file, text }
}

pub const ENTRIES: &[Entry] = &[
    // E00xx: reading the site's files.
    Entry {
        code: Code::NoContentFolder,
        title: ["No content folder", "Không có thư mục content"],
        meaning: [
            "baocao looks for the site's files in `content/` under the site folder (the current folder, or `--site DIR`), and there is none.",
            "baocao tìm các tệp của trang trong thư mục `content/` của thư mục trang (thư mục đang đứng, hoặc `--site DIR`), nhưng không có.",
        ],
        example: &[Step::Remove("content")],
        fix: [
            "Run baocao in the site folder (the one that holds `content/`), or name it with `--site DIR`. `baocao new site DIR` makes a new one.",
            "Chạy baocao trong thư mục trang (thư mục chứa `content/`), hoặc chỉ ra bằng `--site DIR`. Lệnh `baocao new site DIR` tạo một trang mới.",
        ],
    },
    Entry {
        code: Code::CannotRead,
        title: ["A file cannot be read", "Không đọc được tệp"],
        meaning: [
            "The system refused to read a file or folder of the site; the message gives its reason (often: permission denied).",
            "Hệ điều hành không cho đọc một tệp hay thư mục của trang; thông báo ghi lý do (thường là không có quyền đọc).",
        ],
        example: &[Step::Described([
            "`content/news/tin-moi.md` belongs to another user, who alone may read it.",
            "`content/news/tin-moi.md` thuộc về một người dùng khác, chỉ người đó được đọc.",
        ])],
        fix: [
            "Give yourself the right to read the file (`chmod u+r`), or copy its text into a new file.",
            "Cấp quyền đọc tệp cho mình (`chmod u+r`), hoặc chép nội dung sang một tệp mới.",
        ],
    },
    Entry {
        code: Code::BrokenLink,
        title: [
            "A symbolic link leads nowhere",
            "Liên kết tượng trưng trỏ vào chỗ trống",
        ],
        meaning: [
            "A symbolic link in the site points to a file that does not exist (any more).",
            "Một liên kết tượng trưng (symbolic link) trong trang trỏ tới một tệp không tồn tại (hoặc đã bị xóa, đổi chỗ).",
        ],
        example: &[Step::Link {
            link: "content/static/logo.png",
            target: "../../anh/logo.png",
        }],
        fix: [
            "Remove the link, and copy the file it meant into the site.",
            "Xóa liên kết, rồi chép chính tệp đó vào trong trang.",
        ],
    },
    Entry {
        code: Code::OutsideSite,
        title: [
            "A path leads outside the site",
            "Đường dẫn đi ra ngoài trang",
        ],
        meaning: [
            "A symbolic link points outside the site folder. baocao reads only files inside the site, so that nothing on the computer it runs on can be published by mistake.",
            "Một liên kết tượng trưng trỏ ra ngoài thư mục trang. baocao chỉ đọc tệp nằm trong trang, để không tệp nào khác trên máy bị đăng lên mạng do nhầm lẫn.",
        ],
        example: &[Step::Link {
            link: "content/static/passwd",
            target: "/etc/passwd",
        }],
        fix: [
            "Copy the file into the site instead of linking to it.",
            "Chép tệp vào trong trang thay vì tạo liên kết tới nó.",
        ],
    },
    Entry {
        code: Code::HiddenPath,
        title: ["A path leads into a hidden file", "Đường dẫn đi vào tệp ẩn"],
        meaning: [
            "A symbolic link leads to a hidden file or folder (its name starts with a dot, like `.env` or `.git`). baocao never reads or publishes those: they often hold passwords or history.",
            "Một liên kết tượng trưng dẫn tới tệp hay thư mục ẩn (tên bắt đầu bằng dấu chấm, như `.env`, `.git`). baocao không bao giờ đọc hay đăng chúng: chúng thường chứa mật khẩu hoặc lịch sử sửa đổi.",
        ],
        example: &[
            write(".env", "TOKEN=…\n"),
            Step::Link {
                link: "content/static/env.txt",
                target: "../../.env",
            },
        ],
        fix: [
            "Copy what should be published into the site under a name without a leading dot.",
            "Chép phần cần đăng vào trang, đặt tên không bắt đầu bằng dấu chấm.",
        ],
    },
    Entry {
        code: Code::NotRegularFile,
        title: ["Not a regular file", "Không phải tệp thông thường"],
        meaning: [
            "Where a file should be there is a named pipe (FIFO), a device or a socket, which reading could wait on forever.",
            "Ở chỗ lẽ ra là một tệp lại là một đường ống có tên (FIFO), một thiết bị hay một socket: đọc nó có thể phải chờ mãi.",
        ],
        example: &[Step::Described([
            "`mkfifo content/data/indicators/papi.yaml`",
            "`mkfifo content/data/indicators/papi.yaml`",
        ])],
        fix: [
            "Remove it, or replace it with the file it should be.",
            "Xóa nó, hoặc thay bằng đúng tệp cần có.",
        ],
    },
    Entry {
        code: Code::FileTooLarge,
        title: ["A file is too large", "Tệp quá lớn"],
        meaning: [
            "A file is over baocao's size limit: 2 MiB for a Markdown page, 16 MiB for a data file, 1 GiB for a static file. A larger one is almost always a mistake (a whole export pasted in, a video), and would make the site slow.",
            "Một tệp vượt giới hạn dung lượng của baocao: 2 MiB cho trang Markdown, 16 MiB cho tệp số liệu, 1 GiB cho tệp tĩnh. Tệp lớn hơn hầu như luôn là nhầm lẫn (dán cả một tệp xuất dữ liệu, một đoạn phim) và làm trang chậm.",
        ],
        example: &[Step::Described([
            "A 3 MiB page: `content/news/bao-cao-nam.md` with a whole report pasted in.",
            "Một trang 3 MiB: `content/news/bao-cao-nam.md` dán nguyên cả bản báo cáo.",
        ])],
        fix: [
            "Split the data into several files, or remove what is not needed; link to a long report as a PDF in `content/static/files/`.",
            "Tách số liệu ra nhiều tệp, hoặc bỏ phần không cần; báo cáo dài thì đăng dạng PDF trong `content/static/files/` và đặt liên kết tới đó.",
        ],
    },
    Entry {
        code: Code::NameNotUtf8,
        title: ["A name is not UTF-8", "Tên không theo mã UTF-8"],
        meaning: [
            "The name of a file or folder is not valid UTF-8, so it cannot become an address. Names copied from old Vietnamese encodings (TCVN3, VNI, Windows-1258) often are not.",
            "Tên một tệp hay thư mục không phải UTF-8 hợp lệ nên không thể thành địa chỉ trang. Tên chép từ các bảng mã tiếng Việt cũ (TCVN3, VNI, Windows-1258) thường bị lỗi này.",
        ],
        example: &[Step::Described([
            "`content/static/files/b\\xe1o-c\\xe1o.pdf`, a name written in Windows-1258.",
            "`content/static/files/b\\xe1o-c\\xe1o.pdf`, tên viết theo bảng mã Windows-1258.",
        ])],
        fix: [
            "Rename it, best with lowercase letters without accents, digits and hyphens (`bao-cao.pdf`).",
            "Đổi tên, tốt nhất bằng chữ thường không dấu, chữ số và dấu gạch ngang (`bao-cao.pdf`).",
        ],
    },
    Entry {
        code: Code::NotUtf8,
        title: ["A file is not UTF-8", "Tệp không theo mã UTF-8"],
        meaning: [
            "A text file (YAML, Markdown, a template) is not valid UTF-8; the message gives the first bad byte's line and column. Vietnamese text saved from old tools is often in Windows-1258 or TCVN3.",
            "Một tệp văn bản (YAML, Markdown, mẫu trang) không phải UTF-8 hợp lệ; thông báo ghi dòng và cột của byte lỗi đầu tiên. Văn bản tiếng Việt lưu từ phần mềm cũ thường theo Windows-1258 hoặc TCVN3.",
        ],
        example: &[Step::Described([
            "`content/news/tin-moi.md` saved as Windows-1258 by an old editor.",
            "`content/news/tin-moi.md` được một trình soạn thảo cũ lưu theo Windows-1258.",
        ])],
        fix: [
            "Open the file in your editor and save it as UTF-8 (in Notepad: *Save as*, *Encoding: UTF-8*); convert old-encoding text with a converter such as Unikey's.",
            "Mở tệp trong trình soạn thảo và lưu lại dạng UTF-8 (trong Notepad: *Save as*, *Encoding: UTF-8*); văn bản bảng mã cũ thì chuyển mã bằng công cụ như chức năng chuyển mã của Unikey.",
        ],
    },
    Entry {
        code: Code::DirectionOverride,
        title: [
            "An invisible character reverses text",
            "Ký tự vô hình đảo chiều chữ",
        ],
        meaning: [
            "The file holds a character that reverses the direction of the text after it (U+202E and its kin). Published, it can make a name read backwards or hide what follows; Vietnamese text never needs it.",
            "Tệp chứa một ký tự làm đảo chiều đoạn chữ sau nó (U+202E và các ký tự cùng loại). Khi đăng lên, nó có thể làm một cái tên hiện ngược hoặc che phần phía sau; tiếng Việt không bao giờ cần ký tự này.",
        ],
        example: &[Step::Described([
            "In `content/data/agencies/so-noi-vu.yaml`, a name pasted from a PDF or a chat: `name: Sở Nội vụ` with an invisible U+202E before `Nội`.",
            "Trong `content/data/agencies/so-noi-vu.yaml`, một cái tên dán từ PDF hay tin nhắn: `name: Sở Nội vụ` có ký tự vô hình U+202E trước chữ `Nội`.",
        ])],
        fix: [
            "Delete the character at the line and column given (retype the word around it if your editor does not show it).",
            "Xóa ký tự ở đúng dòng và cột được báo (nếu trình soạn thảo không hiện nó, gõ lại từ chứa nó).",
        ],
    },
    // E01xx: YAML.
    Entry {
        code: Code::YamlSyntax,
        title: ["YAML syntax error", "Lỗi cú pháp YAML"],
        meaning: [
            "The YAML of a data file or of front matter cannot be read: a value with `: ` in it without quotes, a quote or bracket never closed, a tab for indentation, a field written twice, a second `---`. The message says what, the help how.",
            "Không đọc được YAML của tệp số liệu hay phần đầu trang: giá trị có `: ` mà không đặt trong ngoặc kép, ngoặc kép hay ngoặc vuông mở mà không đóng, thụt lề bằng phím Tab, một trường viết hai lần, thêm một dòng `---`. Thông báo nói lỗi gì, dòng `help` gợi ý cách sửa.",
        ],
        example: &[edit(
            IND,
            "source: Bộ Nội vụ",
            "source: Bộ Nội vụ: Vụ Cải cách hành chính",
        )],
        fix: [
            "Look at the line given and the one before. Put text that holds `: `, `#` or starts with a quote in double quotes (`source: \"Bộ Nội vụ: Vụ CCHC\"`); indent with spaces.",
            "Xem dòng được báo và dòng ngay trước. Đặt trong ngoặc kép những giá trị có `: `, `#` hay bắt đầu bằng dấu nháy (`source: \"Bộ Nội vụ: Vụ CCHC\"`); thụt lề bằng dấu cách.",
        ],
    },
    Entry {
        code: Code::EmptyFile,
        title: ["An empty file or block", "Tệp hoặc khối trống"],
        meaning: [
            "A data file, or a ```` ```chart ```` block, has nothing in it but perhaps comments.",
            "Một tệp số liệu, hay một khối ```` ```chart ````, không có gì ngoài có thể vài dòng chú thích.",
        ],
        example: &[write("content/data/indicators/papi.yaml", "")],
        fix: [
            "Write the fields it needs (see the format reference), or remove the file.",
            "Viết các trường cần có (xem trang tra cứu định dạng), hoặc xóa tệp.",
        ],
    },
    Entry {
        code: Code::NotAMapping,
        title: [
            "Not `field: value` lines",
            "Không phải các dòng `trường: giá trị`",
        ],
        meaning: [
            "A data file or block must be a list of `field: value` lines; this one is a list (`- …`), a single value or text.",
            "Một tệp số liệu hay một khối phải là các dòng `trường: giá trị`; tệp này lại là một danh sách (`- …`), một giá trị đơn lẻ hay một đoạn chữ.",
        ],
        example: &[write(
            "content/data/indicators/papi.yaml",
            "- name: Chỉ số PAPI\n- unit: điểm\n",
        )],
        fix: [
            "Remove the `- ` before the fields: each line of a file is `name: value`.",
            "Bỏ `- ` trước các trường: mỗi dòng của tệp có dạng `tên: giá trị`.",
        ],
    },
    Entry {
        code: Code::UnknownField,
        title: ["Unknown field", "Trường không có trong định dạng"],
        meaning: [
            "A file or block has a field the format does not have, most often a misspelt one. baocao refuses it rather than ignore it: an ignored `targtes:` would publish an indicator without its targets.",
            "Một tệp hay khối có trường mà định dạng không có, thường là do gõ sai tên. baocao báo lỗi chứ không bỏ qua: nếu bỏ qua `targtes:` thì chỉ số sẽ được đăng mà thiếu mục tiêu.",
        ],
        example: &[edit(IND, "short_name: SIPAS", "short_nam: SIPAS")],
        fix: [
            "Correct the name (the help suggests the closest), or remove the line. The format reference lists every field.",
            "Sửa lại tên trường (dòng `help` gợi ý tên gần nhất), hoặc xóa dòng đó. Trang tra cứu định dạng liệt kê mọi trường.",
        ],
    },
    Entry {
        code: Code::InvalidValue,
        title: [
            "Not one of the allowed values",
            "Giá trị không nằm trong các lựa chọn",
        ],
        meaning: [
            "A field that takes one of a few words (`kind`, `direction`, a chart's `type`) has another.",
            "Một trường chỉ nhận một trong vài từ cố định (`kind`, `direction`, `type` của biểu đồ) lại có giá trị khác.",
        ],
        example: &[edit(IND, "kind: percent", "kind: percentage")],
        fix: [
            "Write one of the values the help lists, exactly (lowercase, with `_`).",
            "Viết đúng một trong các giá trị được liệt kê ở dòng `help` (chữ thường, có dấu `_`).",
        ],
    },
    Entry {
        code: Code::MissingField,
        title: ["Missing field", "Thiếu trường bắt buộc"],
        meaning: [
            "A required field is left out: an indicator's `name`, `unit`, `kind`; an observation's `year` or `value`; a page's `title`.",
            "Thiếu một trường bắt buộc: `name`, `unit`, `kind` của chỉ số; `year` hay `value` của một số liệu; `title` của trang.",
        ],
        example: &[edit(
            IND,
            "{ year: 2019, value: 82.9, note: Số liệu minh họa }",
            "{ value: 82.9, note: Số liệu minh họa }",
        )],
        fix: [
            "Add the field where the message says (`observations[2]` is the third observation, counted from 0).",
            "Thêm trường vào chỗ thông báo chỉ ra (`observations[2]` là số liệu thứ ba, đếm từ 0).",
        ],
    },
    Entry {
        code: Code::WrongType,
        title: ["A value of the wrong kind", "Giá trị sai kiểu"],
        meaning: [
            "A value is not of the kind its field takes: text or a number in quotes where a number belongs, a date not written YYYY-MM-DD, one value where a list belongs.",
            "Một giá trị không đúng kiểu mà trường cần: chữ, hay số đặt trong ngoặc kép, ở chỗ cần một số; ngày không viết theo dạng YYYY-MM-DD; một giá trị đơn ở chỗ cần một danh sách.",
        ],
        example: &[edit(AG, "due: 2020-12-31", "due: 31/12/2020")],
        fix: [
            "Write numbers plainly (`83.2`), dates as YYYY-MM-DD (`2020-12-31`), lists in `[ ]`; the help gives the form expected.",
            "Viết số không có ngoặc kép (`83.2`), ngày theo dạng YYYY-MM-DD (`2020-12-31`), danh sách trong `[ ]`; dòng `help` nêu dạng cần viết.",
        ],
    },
    Entry {
        code: Code::DecimalComma,
        title: ["A decimal comma", "Dấu phẩy thập phân"],
        meaning: [
            "A number is written with a decimal comma inside `{ }`. There a comma separates fields, so `value: 82,9` reads as `value: 82` and a field named `9`.",
            "Một số được viết với dấu phẩy thập phân bên trong `{ }`. Ở đó dấu phẩy ngăn cách các trường, nên `value: 82,9` bị đọc thành `value: 82` và một trường tên là `9`.",
        ],
        example: &[edit(IND, "value: 82.9", "value: 82,9")],
        fix: [
            "Write numbers with a decimal point: `82.9`. The site shows them the Vietnamese way (82,9).",
            "Viết số với dấu chấm thập phân: `82.9`. Trên trang, số vẫn hiện theo kiểu Việt Nam (82,9).",
        ],
    },
    Entry {
        code: Code::NotAFieldName,
        title: ["Not a field name", "Không phải tên trường"],
        meaning: [
            "Where a field name should be there is a number or a list, often a value on a line of its own.",
            "Ở chỗ cần tên trường lại là một số hay một danh sách, thường là một giá trị bị viết riêng trên một dòng.",
        ],
        example: &[edit(IND, "unit: \"%\"", "unit: \"%\"\n2020: 85")],
        fix: [
            "A field is a name, a colon and its value: `value: 85`. A year's figure goes into `observations`, a target into `targets`.",
            "Một trường gồm tên, dấu hai chấm và giá trị: `value: 85`. Số liệu của một năm đặt trong `observations`, mục tiêu đặt trong `targets`.",
        ],
    },
    Entry {
        code: Code::NotFinite,
        title: [
            "Not a number that can be published",
            "Không phải một con số đăng được",
        ],
        meaning: [
            "A value is `.nan` (not a number) or `.inf` (infinity), which YAML allows and a report cannot show.",
            "Một giá trị là `.nan` (không phải số) hay `.inf` (vô cực): YAML cho phép nhưng báo cáo không thể hiện.",
        ],
        example: &[edit(IND, "value: 82.9", "value: .nan")],
        fix: [
            "Write the figure, or leave the observation out while there is none: a missing year is shown as missing.",
            "Viết con số, hoặc bỏ hẳn số liệu đó khi chưa có: năm thiếu số liệu sẽ hiện là chưa có.",
        ],
    },
    Entry {
        code: Code::TooManyDigits,
        title: ["A number with too many digits", "Số có quá nhiều chữ số"],
        meaning: [
            "A whole number is longer than a value can hold (about 19 digits), usually digits typed twice or an amount in đồng with its decimals.",
            "Một số nguyên dài hơn mức một giá trị chứa được (khoảng 19 chữ số), thường do gõ lặp chữ số hay ghi số tiền theo đồng kèm phần lẻ.",
        ],
        example: &[edit(IND, "value: 82.9", "value: 829999999999999999999")],
        fix: [
            "Write at most 15 significant digits; count a large amount in a larger unit (tỷ đồng instead of đồng).",
            "Chỉ viết tối đa 15 chữ số có nghĩa; số tiền lớn thì tính theo đơn vị lớn hơn (tỷ đồng thay vì đồng).",
        ],
    },
    // E02xx: content/site.yaml.
    Entry {
        code: Code::SiteYamlMissing,
        title: ["No site.yaml", "Thiếu site.yaml"],
        meaning: [
            "The site's settings file, `content/site.yaml`, does not exist.",
            "Không có tệp thiết lập của trang, `content/site.yaml`.",
        ],
        example: &[Step::Remove(SITE)],
        fix: [
            "Create it with at least `title`, `base_url` and `region`; `baocao new site` writes one with every field explained.",
            "Tạo tệp với ít nhất `title`, `base_url` và `region`; lệnh `baocao new site` viết sẵn một tệp có giải thích từng trường.",
        ],
    },
    Entry {
        code: Code::RegionIdNotId,
        title: [
            "The region's id is not an id",
            "Mã địa phương không đúng dạng mã",
        ],
        meaning: [
            "`region.id` names the province or city in addresses and data; it must be lowercase ASCII letters, digits and hyphens.",
            "`region.id` là mã của tỉnh, thành phố dùng trong địa chỉ và số liệu; chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
        ],
        example: &[edit(SITE, "id: tinh-a", "id: Tỉnh A")],
        fix: [
            "Write it without accents or spaces, as the help suggests (`yen-bai`); the name with accents goes into `region.name`.",
            "Viết không dấu, không dấu cách, như dòng `help` gợi ý (`yen-bai`); tên có dấu đặt ở `region.name`.",
        ],
    },
    Entry {
        code: Code::BaseUrlNotAbsolute,
        title: [
            "base_url is not a full address",
            "base_url không phải địa chỉ đầy đủ",
        ],
        meaning: [
            "`base_url`, the address the site will have, must start with `https://` (or `http://`): feeds, the sitemap and social cards need it whole.",
            "`base_url`, địa chỉ trang sẽ có trên mạng, phải bắt đầu bằng `https://` (hoặc `http://`): nguồn tin, sơ đồ trang và ảnh chia sẻ mạng xã hội cần địa chỉ đầy đủ.",
        ],
        example: &[edit(
            SITE,
            "base_url: https://cchc.example.gov.vn/",
            "base_url: cchc.example.gov.vn",
        )],
        fix: [
            "Write the whole address, e.g. `https://cchc.yenbai.gov.vn/`. For a build at another address, pass `--base-url`.",
            "Viết đủ địa chỉ, ví dụ `https://cchc.yenbai.gov.vn/`. Muốn dựng trang cho một địa chỉ khác, dùng `--base-url`.",
        ],
    },
    Entry {
        code: Code::PageSizeZero,
        title: ["page_size is 0", "page_size bằng 0"],
        meaning: [
            "`page_size`, how many entries a list page shows, is 0.",
            "`page_size`, số mục trên mỗi trang danh sách, đang là 0.",
        ],
        example: &[edit(SITE, "page_size: 10", "page_size: 0")],
        fix: [
            "Write a number from 1 up, or remove the line (the default is 10).",
            "Ghi một số từ 1 trở lên, hoặc xóa dòng đó (mặc định là 10).",
        ],
    },
    Entry {
        code: Code::ThemeNotAName,
        title: ["theme is not a name", "theme không phải một cái tên"],
        meaning: [
            "`theme` must be the name of a folder under `themes/`, never a path.",
            "`theme` phải là tên một thư mục trong `themes/`, không phải một đường dẫn.",
        ],
        example: &[edit(SITE, "theme: default", "theme: ../giao-dien")],
        fix: [
            "Write a plain name (`theme: tinh-yen-bai`) and put the theme in `themes/tinh-yen-bai/`.",
            "Ghi một cái tên (`theme: tinh-yen-bai`) và đặt giao diện trong `themes/tinh-yen-bai/`.",
        ],
    },
    Entry {
        code: Code::ThemeNotFound,
        title: ["The theme has no folder", "Không có thư mục giao diện"],
        meaning: [
            "`theme` names a theme other than `default`, and `themes/<name>/` does not exist.",
            "`theme` ghi một giao diện khác `default`, nhưng không có thư mục `themes/<tên>/`.",
        ],
        example: &[edit(SITE, "theme: default", "theme: tinh-a")],
        fix: [
            "Create the folder (it may hold only what you change), or write `theme: default`.",
            "Tạo thư mục đó (chỉ cần chứa những gì bạn thay đổi), hoặc ghi `theme: default`.",
        ],
    },
    Entry {
        code: Code::IndicatorInTwoGroups,
        title: ["An indicator in two groups", "Một chỉ số ở hai nhóm"],
        meaning: [
            "The dashboard shows indicators in the `groups` of `site.yaml`; an indicator is listed in two of them.",
            "Trang tổng quan hiện các chỉ số theo `groups` trong `site.yaml`; một chỉ số được ghi ở hai nhóm.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "groups:\n  - { name: Chỉ số tổng hợp, indicators: [sipas] }\n  - { name: Hài lòng, indicators: [sipas] }\npage_size: 10",
        )],
        fix: [
            "Keep the indicator in one group.",
            "Chỉ giữ chỉ số ở một nhóm.",
        ],
    },
    Entry {
        code: Code::CmsRepoMissing,
        title: [
            "The editor has no repository",
            "Trình soạn thảo thiếu kho mã",
        ],
        meaning: [
            "With `cms.backend: github` or `gitlab`, the editor at `/admin/` saves each change as a commit to the site's repository, and `cms.repo` does not say which.",
            "Với `cms.backend: github` hay `gitlab`, trình soạn thảo ở `/admin/` lưu mỗi thay đổi thành một commit vào kho mã của trang, nhưng `cms.repo` chưa cho biết kho nào.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\npage_size: 10",
        )],
        fix: [
            "Add `repo: owner/name`, the repository the site is in.",
            "Thêm `repo: chủ/tên`, kho mã chứa trang.",
        ],
    },
    Entry {
        code: Code::CmsRepoNotARepo,
        title: [
            "cms.repo is not owner/name",
            "cms.repo không có dạng chủ/tên",
        ],
        meaning: [
            "`cms.repo` must be the owner and the name of the repository, separated by one `/`, without the address of the host.",
            "`cms.repo` phải là chủ và tên kho mã, ngăn cách bằng một dấu `/`, không ghi địa chỉ máy chủ.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\n  repo: https://github.com/so-noi-vu/cchc-yen-bai\npage_size: 10",
        )],
        fix: [
            "Write `repo: so-noi-vu/cchc-yen-bai`.",
            "Ghi `repo: so-noi-vu/cchc-yen-bai`.",
        ],
    },
    Entry {
        code: Code::CmsScriptNotAUrl,
        title: [
            "cms.script is not an address",
            "cms.script không phải địa chỉ",
        ],
        meaning: [
            "`cms.script`, where the editor's script comes from, must be an `https://` address or a path on the site starting with `/`.",
            "`cms.script`, nơi lấy mã chạy của trình soạn thảo, phải là địa chỉ `https://` hoặc đường dẫn trên trang bắt đầu bằng `/`.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: git-gateway\n  script: http://cdn.example.com/decap-cms.js\npage_size: 10",
        )],
        fix: [
            "Leave it out for the release baocao pins, or put the script under `content/static/` and write its path (`/admin/decap-cms.js`).",
            "Bỏ trường này để dùng phiên bản baocao đã chọn sẵn, hoặc đặt tệp mã trong `content/static/` và ghi đường dẫn (`/admin/decap-cms.js`).",
        ],
    },
    Entry {
        code: Code::CmsScriptWithoutIntegrity,
        title: [
            "A CMS script without its hash",
            "Mã trình soạn thảo thiếu mã băm",
        ],
        meaning: [
            "The editor's script comes from another host than the site and the release baocao pins, and `cms.integrity` does not give its hash, so a changed script would run unchecked.",
            "Mã chạy của trình soạn thảo lấy từ máy chủ khác với trang và khác phiên bản baocao chọn sẵn, mà `cms.integrity` không ghi mã băm của nó, nên nếu tệp bị thay đổi, nó vẫn chạy mà không bị kiểm tra.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: git-gateway\n  script: https://cdn.example.com/decap-cms.js\npage_size: 10",
        )],
        fix: [
            "Add `integrity: sha384-…`, the script's hash (`openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A`).",
            "Thêm `integrity: sha384-…`, mã băm của tệp (`openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A`).",
        ],
    },
    Entry {
        code: Code::CmsIntegrityNotAHash,
        title: [
            "cms.integrity is not a hash",
            "cms.integrity không phải mã băm",
        ],
        meaning: [
            "`cms.integrity` must be a Subresource Integrity hash: `sha256-`, `sha384-` or `sha512-` followed by base64.",
            "`cms.integrity` phải là mã băm Subresource Integrity: `sha256-`, `sha384-` hoặc `sha512-` rồi đến chuỗi base64.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: git-gateway\n  integrity: 3b1f0a\npage_size: 10",
        )],
        fix: [
            "Write `sha384-` followed by the base64 hash of the script.",
            "Ghi `sha384-` rồi đến mã băm base64 của tệp mã.",
        ],
    },
    Entry {
        code: Code::CmsAuthUrlNotHttps,
        title: [
            "cms.auth_url is not https://",
            "cms.auth_url không phải https://",
        ],
        meaning: [
            "`cms.auth_url`, the OAuth server the editor's login goes through, must be an `https://` address.",
            "`cms.auth_url`, máy chủ OAuth mà việc đăng nhập trình soạn thảo đi qua, phải là địa chỉ `https://`.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\n  repo: so-noi-vu/cchc-tinh-a\n  auth_url: http://auth.example.gov.vn\npage_size: 10",
        )],
        fix: [
            "Write its `https://` address.",
            "Ghi địa chỉ `https://` của máy chủ.",
        ],
    },
    Entry {
        code: Code::CmsFolderOutside,
        title: [
            "cms.folder leads out of the repository",
            "cms.folder đi ra ngoài kho mã",
        ],
        meaning: [
            "`cms.folder`, where the site folder is inside the repository, holds `..`, an empty part or a character a path cannot have.",
            "`cms.folder`, vị trí thư mục trang trong kho mã, có `..`, một phần trống hoặc ký tự không dùng được trong đường dẫn.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\n  repo: so-noi-vu/cchc-tinh-a\n  folder: ../site\npage_size: 10",
        )],
        fix: [
            "Write the site folder's path from the repository's root, e.g. `site`; leave it out when `content/` is at the root.",
            "Ghi đường dẫn thư mục trang tính từ gốc kho mã, ví dụ `site`; bỏ trường này khi `content/` nằm ngay ở gốc.",
        ],
    },
    // E03xx: indicators and agencies.
    Entry {
        code: Code::FileNameNotId,
        title: [
            "A file name that cannot be an id",
            "Tên tệp không dùng làm mã được",
        ],
        meaning: [
            "An indicator's or agency's id is its file name, and appears in addresses: it must be lowercase ASCII letters, digits and hyphens.",
            "Mã của chỉ số hay cơ quan chính là tên tệp, và nằm trong địa chỉ trang: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
        ],
        example: &[write(
            "content/data/indicators/Chỉ số PAPI.yaml",
            "name: Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh\nunit: điểm\nkind: score\n",
        )],
        fix: [
            "Rename the file as the help suggests (`chi-so-papi.yaml`), and the ids that refer to it.",
            "Đổi tên tệp như dòng `help` gợi ý (`chi-so-papi.yaml`), và sửa các chỗ dùng mã cũ.",
        ],
    },
    Entry {
        code: Code::NameEmpty,
        title: ["An empty name", "Tên để trống"],
        meaning: [
            "An indicator's or agency's `name` is empty (or only spaces). It is the page's heading and the text of every link to it.",
            "`name` của chỉ số hay cơ quan để trống (hoặc chỉ có dấu cách). Đó là tiêu đề trang và chữ của mọi liên kết tới nó.",
        ],
        example: &[edit(
            IND,
            "name: Chỉ số hài lòng về sự phục vụ hành chính",
            "name: \"\"",
        )],
        fix: ["Write the full name.", "Viết tên đầy đủ."],
    },
    Entry {
        code: Code::UnknownId,
        title: ["An id that names nothing", "Mã không trỏ tới đâu"],
        meaning: [
            "An id (`owner`, `parent`, an observation's `entity`, a page's `indicators` or `agencies`, `compare`, a group) names no indicator, agency or entity of the site: misspelt, or its file was renamed or removed.",
            "Một mã (`owner`, `parent`, `entity` của số liệu, `indicators` hay `agencies` của trang, `compare`, một nhóm) không trùng với chỉ số, cơ quan hay đơn vị nào của trang: gõ sai, hoặc tệp đã bị đổi tên, bị xóa.",
        ],
        example: &[edit(IND, "owner: so-noi-vu", "owner: so-noi-vuu")],
        fix: [
            "Correct the id (the help suggests the closest, or lists the known ones). An id is a file name without `.yaml`; an entity is the region's id or an agency's.",
            "Sửa lại mã (dòng `help` gợi ý mã gần nhất, hoặc liệt kê các mã có). Mã là tên tệp bỏ đuôi `.yaml`; đơn vị là mã địa phương hoặc mã một cơ quan.",
        ],
    },
    Entry {
        code: Code::ReservedIndicatorId,
        title: [
            "An indicator id baocao uses",
            "Mã chỉ số trùng trang của baocao",
        ],
        meaning: [
            "The indicator's page would have the address of one of baocao's own pages (`/indicators/status/` lists indicators by status).",
            "Trang của chỉ số sẽ trùng địa chỉ với một trang baocao tự tạo (`/indicators/status/` là danh sách chỉ số theo trạng thái).",
        ],
        example: &[write(
            "content/data/indicators/status.yaml",
            "name: Tình trạng xử lý hồ sơ\nunit: \"%\"\nkind: percent\n",
        )],
        fix: [
            "Rename the file, e.g. to `chi-so-status.yaml`.",
            "Đổi tên tệp, ví dụ thành `chi-so-status.yaml`.",
        ],
    },
    Entry {
        code: Code::DecimalsTooMany,
        title: ["Too many decimals", "Quá nhiều chữ số thập phân"],
        meaning: [
            "`decimals`, how many decimals values are shown with, is over 6.",
            "`decimals`, số chữ số thập phân khi hiện giá trị, lớn hơn 6.",
        ],
        example: &[edit(IND, "decimals: 2", "decimals: 9")],
        fix: [
            "Write a number from 0 to 6, or remove the line.",
            "Ghi một số từ 0 đến 6, hoặc xóa dòng đó.",
        ],
    },
    Entry {
        code: Code::ValueOutOfRange,
        title: ["A value out of range", "Giá trị vượt ngưỡng"],
        meaning: [
            "A value or a target's threshold is beyond what an indicator of its `kind` can be: a rank below 1, a percent beyond a million. It is almost always digits typed twice.",
            "Một giá trị hay ngưỡng mục tiêu vượt quá mức mà chỉ số thuộc loại (`kind`) đó có thể có: thứ hạng nhỏ hơn 1, tỷ lệ phần trăm quá một triệu. Hầu như luôn do gõ thừa chữ số.",
        ],
        example: &[edit(IND, "value: 82.9", "value: 8290000")],
        fix: [
            "Check the number; count a very large amount in a larger unit.",
            "Kiểm tra lại con số; số rất lớn thì tính theo đơn vị lớn hơn.",
        ],
    },
    Entry {
        code: Code::ChangeTooLarge,
        title: [
            "A change larger than any value",
            "Mức thay đổi lớn hơn mọi giá trị",
        ],
        meaning: [
            "An `improve_by` target asks for a change larger than any value the indicator can have.",
            "Mục tiêu `improve_by` đòi một mức thay đổi lớn hơn mọi giá trị chỉ số có thể có.",
        ],
        example: &[edit(IND, "above: 85", "improve_by: { min: 2000000 }")],
        fix: [
            "Check the number for extra digits.",
            "Kiểm tra xem con số có bị thừa chữ số không.",
        ],
    },
    Entry {
        code: Code::OfNotRank,
        title: [
            "`of` on an indicator that is not a rank",
            "`of` ở chỉ số không phải thứ hạng",
        ],
        meaning: [
            "`of` says how many were ranked (hạng 35/63); it belongs to observations of indicators with `kind: rank` only.",
            "`of` cho biết có bao nhiêu đơn vị được xếp hạng (hạng 35/63); chỉ dùng cho số liệu của chỉ số có `kind: rank`.",
        ],
        example: &[edit(IND, "value: 82.9,", "value: 82.9, of: 63,")],
        fix: [
            "Remove `of`, or write `kind: rank` if the values are places in a ranking.",
            "Bỏ `of`, hoặc ghi `kind: rank` nếu giá trị là thứ hạng.",
        ],
    },
    Entry {
        code: Code::PlacePastOf,
        title: [
            "A place past the number ranked",
            "Hạng lớn hơn số đơn vị được xếp",
        ],
        meaning: [
            "A rank's value is larger than its `of`: place 65 of 63 cannot be.",
            "Thứ hạng lớn hơn `of`: không thể có hạng 65/63.",
        ],
        example: &[write(
            "content/data/indicators/par-index.yaml",
            "name: Chỉ số cải cách hành chính\nunit: bậc\nkind: rank\nobservations:\n  - { year: 2019, value: 65, of: 63 }\n",
        )],
        fix: [
            "Check the place and `of` against the source.",
            "Đối chiếu thứ hạng và `of` với nguồn số liệu.",
        ],
    },
    Entry {
        code: Code::YearOutOfRange,
        title: ["A year out of range", "Năm không hợp lệ"],
        meaning: [
            "An observation's `year` is outside 1900–2100, usually a typo.",
            "`year` của một số liệu nằm ngoài khoảng 1900–2100, thường do gõ nhầm.",
        ],
        example: &[edit(IND, "year: 2019", "year: 219")],
        fix: [
            "Write the four-digit year, e.g. 2019.",
            "Ghi năm đủ bốn chữ số, ví dụ 2019.",
        ],
    },
    Entry {
        code: Code::DuplicateObservation,
        title: ["Two values for one year", "Hai giá trị cho cùng một năm"],
        meaning: [
            "An indicator has two observations for the same entity in the same year, so baocao cannot tell which to publish.",
            "Một chỉ số có hai số liệu của cùng một đơn vị trong cùng một năm, nên baocao không biết đăng số nào.",
        ],
        example: &[edit(IND, "year: 2018", "year: 2019")],
        fix: [
            "Keep one value per year and entity; say where the other comes from in the `note` if it matters.",
            "Giữ một giá trị cho mỗi năm và mỗi đơn vị; nếu số kia cần nhắc tới, ghi nguồn của nó trong `note`.",
        ],
    },
    Entry {
        code: Code::NoValuesForEntity,
        title: ["An entity without values", "Đơn vị không có số liệu"],
        meaning: [
            "A chart, a table or an indicator's `compare` lists an entity that has no value of the indicator, so there would be nothing to draw.",
            "Một biểu đồ, một bảng hay `compare` của chỉ số có ghi một đơn vị không có số liệu nào của chỉ số đó, nên không có gì để vẽ.",
        ],
        example: &[edit(
            PAGE,
            "type: line",
            "type: line\nentities: [so-noi-vu]",
        )],
        fix: [
            "Add the entity's values to the indicator, or remove it from the list (the help lists the entities that have values).",
            "Thêm số liệu của đơn vị vào chỉ số, hoặc bỏ đơn vị khỏi danh sách (dòng `help` liệt kê các đơn vị có số liệu).",
        ],
    },
    Entry {
        code: Code::TargetYearOutOfRange,
        title: ["A target year out of range", "Năm mục tiêu không hợp lệ"],
        meaning: [
            "A target's `year` is outside 1900–2100.",
            "`year` của một mục tiêu nằm ngoài khoảng 1900–2100.",
        ],
        example: &[edit(IND, "  - year: 2020", "  - year: 20")],
        fix: [
            "Write the four-digit year the target is due, e.g. 2025.",
            "Ghi đủ bốn chữ số của năm phải đạt mục tiêu, ví dụ 2025.",
        ],
    },
    Entry {
        code: Code::TargetWithoutCondition,
        title: [
            "A target without a condition",
            "Mục tiêu không có điều kiện",
        ],
        meaning: [
            "A target has a year but says nothing about the value to reach, so it cannot be judged.",
            "Một mục tiêu có năm nhưng không nói giá trị cần đạt, nên không chấm được.",
        ],
        example: &[edit(
            IND,
            "  - year: 2020\n    above: 85\n",
            "  - year: 2020\n",
        )],
        fix: [
            "Add one of `above`, `at_least`, `below`, `at_most`, `equals` or `improve_by`.",
            "Thêm một trong các điều kiện `above`, `at_least`, `below`, `at_most`, `equals` hoặc `improve_by`.",
        ],
    },
    Entry {
        code: Code::ImproveByNegative,
        title: ["A negative improvement", "Mức cải thiện âm"],
        meaning: [
            "`improve_by.min` is negative. Improvements are measured in the indicator's better direction (a rank improves by going down), so they are positive.",
            "`improve_by.min` là số âm. Mức cải thiện được đo theo chiều tốt lên của chỉ số (thứ hạng tốt lên khi số nhỏ đi), nên luôn là số dương.",
        ],
        example: &[edit(IND, "above: 85", "improve_by: { min: -2 }")],
        fix: [
            "Write a positive number: for a rank, `improve_by: { min: 3 }` means up at least 3 places.",
            "Ghi số dương: với thứ hạng, `improve_by: { min: 3 }` nghĩa là tăng ít nhất 3 bậc.",
        ],
    },
    Entry {
        code: Code::ImproveByReversed,
        title: [
            "improve_by's max below its min",
            "max của improve_by nhỏ hơn min",
        ],
        meaning: [
            "`improve_by.max` is smaller than `improve_by.min`, so no change could meet the target.",
            "`improve_by.max` nhỏ hơn `improve_by.min`, nên không mức thay đổi nào đạt được mục tiêu.",
        ],
        example: &[edit(IND, "above: 85", "improve_by: { min: 4, max: 2 }")],
        fix: ["Swap the two numbers.", "Đổi chỗ hai con số."],
    },
    Entry {
        code: Code::ReservedAgencyId,
        title: [
            "An agency id baocao uses",
            "Mã cơ quan trùng trang của baocao",
        ],
        meaning: [
            "The agency's page would have the address of one of baocao's own pages (`/agencies/by/…` are the sorted lists, `/agencies/reporting/` who has reported).",
            "Trang của cơ quan sẽ trùng địa chỉ với một trang baocao tự tạo (`/agencies/by/…` là các danh sách đã sắp xếp, `/agencies/reporting/` là trang ai đã báo cáo).",
        ],
        example: &[write(
            "content/data/agencies/reporting.yaml",
            "name: Tổ báo cáo\nkind: other\n",
        )],
        fix: [
            "Rename the file, e.g. to `to-bao-cao.yaml`.",
            "Đổi tên tệp, ví dụ thành `to-bao-cao.yaml`.",
        ],
    },
    Entry {
        code: Code::ShortNameEmpty,
        title: ["An empty short name", "Tên ngắn để trống"],
        meaning: [
            "`short_name`, the name charts show, is there but empty.",
            "Có trường `short_name` (tên hiện trên biểu đồ) nhưng để trống.",
        ],
        example: &[edit(
            AG,
            "name: Sở Nội vụ",
            "name: Sở Nội vụ\nshort_name: \"\"",
        )],
        fix: [
            "Write the short name (`short_name: Văn Yên`), or remove the line: charts then shorten the name themselves.",
            "Ghi tên ngắn (`short_name: Văn Yên`), hoặc xóa dòng đó: khi ấy biểu đồ tự rút gọn tên.",
        ],
    },
    Entry {
        code: Code::OwnParent,
        title: [
            "An agency is its own parent",
            "Cơ quan là cấp trên của chính nó",
        ],
        meaning: [
            "An agency's `parent` is its own id.",
            "`parent` của một cơ quan là chính mã của nó.",
        ],
        example: &[edit(AG, "parent: tinh-a", "parent: so-noi-vu")],
        fix: [
            "Write the id of the agency above it, or the region's id.",
            "Ghi mã của cơ quan cấp trên, hoặc mã địa phương.",
        ],
    },
    Entry {
        code: Code::ParentLoop,
        title: ["Parents that loop", "Cấp trên lòng vòng"],
        meaning: [
            "Following `parent` from agency to agency comes back to where it started, so the hierarchy would never reach the region.",
            "Lần theo `parent` từ cơ quan này sang cơ quan khác lại quay về chỗ bắt đầu, nên cây tổ chức không bao giờ tới được địa phương.",
        ],
        example: &[
            write(
                "content/data/agencies/phong-noi-vu.yaml",
                "name: Phòng Nội vụ\nkind: department\nparent: so-noi-vu\n",
            ),
            edit(AG, "parent: tinh-a", "parent: phong-noi-vu"),
        ],
        fix: [
            "Give one agency of the chain its true parent.",
            "Sửa `parent` của một cơ quan trong chuỗi thành đúng cấp trên của nó.",
        ],
    },
    Entry {
        code: Code::HeadNameEmpty,
        title: ["A head without a name", "Người đứng đầu không có tên"],
        meaning: [
            "A `head` (or an entry of `heads`) has an empty `name`.",
            "`head` (hay một mục của `heads`) có `name` để trống.",
        ],
        example: &[edit(AG, "name: Nguyễn Văn A", "name: \"\"")],
        fix: [
            "Write the person's full name.",
            "Ghi đầy đủ họ tên người đứng đầu.",
        ],
    },
    Entry {
        code: Code::HeadLeavesBeforeTaking,
        title: [
            "A head leaves before taking office",
            "Thôi giữ chức trước khi nhận chức",
        ],
        meaning: [
            "A head's `until` is before their `since`.",
            "Ngày `until` của người đứng đầu sớm hơn ngày `since`.",
        ],
        example: &[edit(
            AG,
            "  since: 2017-06-01",
            "  since: 2017-06-01\n  until: 2016-12-31",
        )],
        fix: [
            "Check both dates (YYYY-MM-DD); they may be swapped.",
            "Kiểm tra cả hai ngày (YYYY-MM-DD); có thể chúng bị ghi đảo.",
        ],
    },
    Entry {
        code: Code::ValueMissing,
        title: ["An observation without a value", "Số liệu không có giá trị"],
        meaning: [
            "An observation has a year but neither a `value` nor a `status` saying why there is none.",
            "Một dòng số liệu có năm nhưng không có `value`, cũng không có `status` cho biết vì sao không có.",
        ],
        example: &[edit(IND, "value: 82.9, note", "note")],
        fix: [
            "Write the value. When nothing was published that year, write `status: not_published`; when the unit was assessed but not ranked, `status: not_ranked`. The chart then leaves a gap and the table says why, never a zero.",
            "Ghi giá trị. Khi năm đó không công bố, ghi `status: not_published`; khi đơn vị được đánh giá nhưng không xếp hạng, ghi `status: not_ranked`. Biểu đồ khi đó để trống năm ấy và bảng ghi lý do, không bao giờ ghi số 0.",
        ],
    },
    Entry {
        code: Code::ValueAndStatus,
        title: [
            "A value with a status that says there is none",
            "Có giá trị nhưng trạng thái lại nói không có",
        ],
        meaning: [
            "`status: not_ranked` or `status: not_published` says why an observation has no value; this one has a value as well.",
            "`status: not_ranked` hoặc `status: not_published` cho biết vì sao số liệu không có giá trị; dòng này lại có cả giá trị.",
        ],
        example: &[edit(
            IND,
            "value: 82.9,",
            "value: 82.9, status: not_published,",
        )],
        fix: [
            "Keep the value and remove `status`, or remove the value.",
            "Giữ giá trị và bỏ `status`, hoặc bỏ giá trị.",
        ],
    },
    Entry {
        code: Code::ComponentBadId,
        title: [
            "A component id that cannot be used",
            "Mã thành phần không dùng được",
        ],
        meaning: [
            "A component's `id` is written in observations and as a CSV column: it must be lowercase ASCII letters, digits and hyphens, and unique in the indicator.",
            "`id` của một thành phần được ghi trong số liệu và làm tên cột CSV: phải là chữ thường không dấu, chữ số và gạch nối, không trùng trong cùng chỉ số.",
        ],
        example: &[edit(
            IND,
            "\nobservations:\n",
            "\ncomponents:\n  - { id: Tiếp cận, name: Tiếp cận dịch vụ }\nobservations:\n",
        )],
        fix: [
            "Write an id such as `tiep-can`, and keep the words in `name`.",
            "Ghi mã như `tiep-can`, còn tên đầy đủ để ở `name`.",
        ],
    },
    Entry {
        code: Code::ComponentUnknown,
        title: [
            "A component the indicator does not have",
            "Thành phần chỉ số không khai báo",
        ],
        meaning: [
            "An observation gives a value for a component whose id is not in the indicator's `components:`.",
            "Một dòng số liệu ghi giá trị cho thành phần mà mã không có trong `components:` của chỉ số.",
        ],
        example: &[edit(
            IND,
            "value: 82.9,",
            "value: 82.9, components: { tiep-can: 20 },",
        )],
        fix: [
            "Declare the component (`components: [{ id: tiep-can, name: Tiếp cận dịch vụ, max: 25 }]`), or correct the id.",
            "Khai báo thành phần (`components: [{ id: tiep-can, name: Tiếp cận dịch vụ, max: 25 }]`), hoặc sửa lại mã.",
        ],
    },
    Entry {
        code: Code::ComponentAboveMax,
        title: [
            "A component above its maximum",
            "Thành phần vượt điểm tối đa",
        ],
        meaning: [
            "A component's value is above its `max` (a PAPI dimension is scored out of 10), or a `max` is not above zero.",
            "Giá trị một thành phần lớn hơn `max` của nó (mỗi nội dung PAPI tối đa 10 điểm), hoặc `max` không lớn hơn 0.",
        ],
        example: &[
            edit(
                IND,
                "\nobservations:\n",
                "\ncomponents:\n  - { id: tiep-can, name: Tiếp cận dịch vụ, max: 10 }\nobservations:\n",
            ),
            edit(
                IND,
                "value: 82.9,",
                "value: 82.9, components: { tiep-can: 12 },",
            ),
        ],
        fix: [
            "Check the number against the publication, and the component's `max`.",
            "Đối chiếu con số với bản công bố, và kiểm tra `max` của thành phần.",
        ],
    },
    Entry {
        code: Code::ComponentsDoNotAddUp,
        title: [
            "Components that do not add up",
            "Các thành phần cộng lại không bằng tổng",
        ],
        meaning: [
            "The indicator says `components_add_up: true`, and an observation's components (all of them given) add up to another number than its value, by more than rounding explains.",
            "Chỉ số ghi `components_add_up: true`, nhưng tổng các thành phần của một dòng số liệu (có đủ mọi thành phần) khác giá trị của dòng đó, lệch nhiều hơn mức làm tròn.",
        ],
        example: &[
            edit(
                IND,
                "\nobservations:\n",
                "\ncomponents_add_up: true\ncomponents:\n  - { id: tiep-can, name: Tiếp cận dịch vụ }\n  - { id: ket-qua, name: Kết quả dịch vụ }\nobservations:\n",
            ),
            edit(
                IND,
                "value: 82.9,",
                "value: 82.9, components: { tiep-can: 40, ket-qua: 40 },",
            ),
        ],
        fix: [
            "Check each component and the total against the publication. If the parts are not meant to add up (an average, a weighted index), remove `components_add_up`.",
            "Đối chiếu từng thành phần và tổng với bản công bố. Nếu các thành phần vốn không cộng thành tổng (bình quân, có trọng số), bỏ `components_add_up`.",
        ],
    },
    Entry {
        code: Code::SourceNotWeb,
        title: [
            "A source address that is not a web address",
            "Địa chỉ nguồn không phải địa chỉ web",
        ],
        meaning: [
            "An observation's `source.url` must be the whole address of the publication, starting with `https://` or `http://`; the page links to it.",
            "`source.url` của dòng số liệu phải là địa chỉ đầy đủ của bản công bố, bắt đầu bằng `https://` hoặc `http://`; trang sẽ dẫn liên kết đến đó.",
        ],
        example: &[edit(
            IND,
            "value: 82.9,",
            "value: 82.9, source: { title: Báo cáo, url: www.example.vn },",
        )],
        fix: [
            "Copy the address from the browser's address bar, with `https://`.",
            "Chép địa chỉ từ thanh địa chỉ của trình duyệt, có cả `https://`.",
        ],
    },
    Entry {
        code: Code::SuccessorsWithoutUntil,
        title: [
            "Successors of a unit that has not ended",
            "Có đơn vị kế thừa nhưng chưa ghi ngày kết thúc",
        ],
        meaning: [
            "An agency lists `successors:` (the units that carry on after it ends) but has no `until:` (its last day).",
            "Một cơ quan có `successors:` (các đơn vị kế thừa sau khi nó kết thúc) nhưng không có `until:` (ngày cuối cùng hoạt động).",
        ],
        example: &[
            write(
                "content/data/agencies/so-moi.yaml",
                "name: Sở mới\nkind: department\n",
            ),
            edit(
                AG,
                "kind: department",
                "kind: department\nsuccessors: [so-moi]",
            ),
        ],
        fix: [
            "Add `until:` with the unit's last day (a unit merged on 1 July 2025 ends on `2025-06-30`).",
            "Thêm `until:` là ngày cuối cùng của đơn vị (đơn vị sáp nhập từ 1/7/2025 thì `until: 2025-06-30`).",
        ],
    },
    Entry {
        code: Code::LineageLoop,
        title: ["Successors that lead back", "Đơn vị kế thừa vòng trở lại"],
        meaning: [
            "Following `successors:` from an agency leads back to it, or an agency names itself in `successors:` or `formed_from:`.",
            "Đi theo `successors:` từ một cơ quan lại quay về chính nó, hoặc cơ quan tự ghi mình trong `successors:` hay `formed_from:`.",
        ],
        example: &[
            write(
                "content/data/agencies/so-moi.yaml",
                "name: Sở mới\nkind: department\nuntil: 2024-12-31\nsuccessors: [so-noi-vu]\n",
            ),
            edit(
                AG,
                "kind: department",
                "kind: department\nuntil: 2023-12-31\nsuccessors: [so-moi]",
            ),
        ],
        fix: [
            "A unit's successors are formed after it ends: remove the link that points back.",
            "Đơn vị kế thừa được lập sau khi đơn vị cũ kết thúc: bỏ liên kết trỏ ngược lại.",
        ],
    },
    Entry {
        code: Code::ValueAfterUntil,
        title: [
            "A value after the unit ended",
            "Có số liệu sau khi đơn vị đã kết thúc",
        ],
        meaning: [
            "An observation of an agency is for a year after its `until:` (its last day).",
            "Một dòng số liệu của cơ quan thuộc năm sau ngày `until:` (ngày cuối cùng) của cơ quan đó.",
        ],
        example: &[
            edit(
                AG,
                "kind: department",
                "kind: department\nuntil: 2020-06-30",
            ),
            edit(
                IND,
                "\nobservations:\n",
                "\nobservations:\n  - { year: 2022, entity: so-noi-vu, value: 80 }\n",
            ),
        ],
        fix: [
            "Give the value to the successor (`entity:` its id), or correct the year or the `until:` date.",
            "Ghi giá trị cho đơn vị kế thừa (`entity:` là mã của đơn vị đó), hoặc sửa năm hay ngày `until:`.",
        ],
    },
    // E04xx: pages.
    Entry {
        code: Code::NoFrontMatter,
        title: ["A page without front matter", "Trang không có phần đầu"],
        meaning: [
            "A Markdown page must start with front matter: a line `---`, its fields (at least `title`), and another `---`.",
            "Trang Markdown phải bắt đầu bằng phần đầu trang (front matter): một dòng `---`, các trường (ít nhất là `title`), rồi một dòng `---` nữa.",
        ],
        example: &[write(NEW_PAGE, "Tin mới\n\nNội dung bài.\n")],
        fix: [
            "Add front matter at the top: `---`, `title: Tin mới`, `---`. `baocao new post \"Tin mới\"` writes a page with it.",
            "Thêm phần đầu trang ở đầu tệp: `---`, `title: Tin mới`, `---`. Lệnh `baocao new post \"Tin mới\"` tạo sẵn một trang có phần này.",
        ],
    },
    Entry {
        code: Code::FrontMatterUnclosed,
        title: [
            "Front matter never closed",
            "Phần đầu trang không được đóng",
        ],
        meaning: [
            "The front matter opened by `---` on line 1 has no closing `---`, so the whole page would read as settings.",
            "Phần đầu trang mở bằng `---` ở dòng 1 không có dòng `---` đóng lại, nên cả trang sẽ bị đọc như phần thiết lập.",
        ],
        example: &[write(NEW_PAGE, "---\ntitle: Tin mới\n\nNội dung bài.\n")],
        fix: [
            "Add a line `---` after the last front matter field.",
            "Thêm một dòng `---` sau trường cuối cùng của phần đầu trang.",
        ],
    },
    Entry {
        code: Code::FrontMatterEmpty,
        title: ["Empty front matter", "Phần đầu trang trống"],
        meaning: [
            "The front matter has no field.",
            "Phần đầu trang không có trường nào.",
        ],
        example: &[write(NEW_PAGE, "---\n---\nNội dung bài.\n")],
        fix: [
            "Write at least `title: …` between the two `---` lines.",
            "Viết ít nhất `title: …` giữa hai dòng `---`.",
        ],
    },
    Entry {
        code: Code::TitleEmpty,
        title: ["An empty title", "Tiêu đề để trống"],
        meaning: [
            "A page's `title` is empty. It is the page's heading and the text of every link to it.",
            "`title` của trang để trống. Đó là tiêu đề trang và chữ của mọi liên kết tới trang.",
        ],
        example: &[write(NEW_PAGE, "---\ntitle: \"\"\n---\nNội dung bài.\n")],
        fix: ["Write a title.", "Viết tiêu đề."],
    },
    Entry {
        code: Code::TagWithoutLetters,
        title: ["A tag without a letter", "Thẻ không có chữ"],
        meaning: [
            "A tag has no letter or digit (`#`, `?`), so it can have no page.",
            "Một thẻ không có chữ cái hay chữ số nào (`#`, `?`), nên không thể có trang riêng.",
        ],
        example: &[edit(
            PAGE,
            "tags: [CCHC, chỉ số hài lòng]",
            "tags: [CCHC, \"#\"]",
        )],
        fix: [
            "Write the tag in words (`cải cách hành chính`), or remove it.",
            "Viết thẻ bằng chữ (`cải cách hành chính`), hoặc bỏ nó.",
        ],
    },
    Entry {
        code: Code::SlugEmpty,
        title: ["A page without an address", "Trang không có địa chỉ"],
        meaning: [
            "A page's address comes from its `slug`, or its file name; this one has no letter or digit, so the address would be empty.",
            "Địa chỉ của trang lấy từ `slug`, hoặc từ tên tệp; ở đây không có chữ cái hay chữ số nào, nên địa chỉ sẽ trống.",
        ],
        example: &[write(
            NEW_PAGE,
            "---\ntitle: Tin mới\nslug: \"!!!\"\n---\nNội dung bài.\n",
        )],
        fix: [
            "Set `slug:` in the front matter, e.g. `slug: tin-moi`, or rename the file.",
            "Đặt `slug:` trong phần đầu trang, ví dụ `slug: tin-moi`, hoặc đổi tên tệp.",
        ],
    },
    Entry {
        code: Code::ReservedSection,
        title: [
            "A page in one of baocao's folders",
            "Trang nằm trong thư mục của baocao",
        ],
        meaning: [
            "A page is in a folder whose address baocao fills itself: `indicators`, `agencies`, `tags`, `data`, `static`, `theme`.",
            "Một trang nằm trong thư mục mà baocao tự tạo các trang ở địa chỉ đó: `indicators`, `agencies`, `tags`, `data`, `static`, `theme`.",
        ],
        example: &[write(
            "content/indicators/gioi-thieu.md",
            "---\ntitle: Giới thiệu các chỉ số\n---\nNội dung.\n",
        )],
        fix: [
            "Move the page to another folder, e.g. `content/pages/`. To write about an indicator, use its `description`.",
            "Chuyển trang sang thư mục khác, ví dụ `content/pages/`. Muốn viết về một chỉ số, dùng trường `description` của chỉ số.",
        ],
    },
    Entry {
        code: Code::FolderNameEmpty,
        title: ["A folder name without a letter", "Tên thư mục không có chữ"],
        meaning: [
            "A folder on the page's path has no letter or digit, so its part of the address would be empty.",
            "Một thư mục trên đường dẫn của trang không có chữ cái hay chữ số nào, nên phần địa chỉ tương ứng sẽ trống.",
        ],
        example: &[write(
            "content/news/---/tin-moi.md",
            "---\ntitle: Tin mới\n---\nNội dung.\n",
        )],
        fix: [
            "Rename the folder with letters or digits.",
            "Đổi tên thư mục, dùng chữ cái hoặc chữ số.",
        ],
    },
    Entry {
        code: Code::IndexAtRoot,
        title: ["content/_index.md", "Có tệp content/_index.md"],
        meaning: [
            "`content/_index.md` would be the page at `/`, where baocao puts the dashboard.",
            "`content/_index.md` sẽ là trang ở địa chỉ `/`, nơi baocao đặt trang tổng quan.",
        ],
        example: &[write(
            "content/_index.md",
            "---\ntitle: Trang chủ\n---\nChào mừng.\n",
        )],
        fix: [
            "Put a section's page in its folder (`content/news/_index.md`); the dashboard's text is the `description` of `site.yaml`.",
            "Đặt trang của một mục vào thư mục của mục đó (`content/news/_index.md`); lời giới thiệu trên trang tổng quan là `description` trong `site.yaml`.",
        ],
    },
    Entry {
        code: Code::SameUrl,
        title: ["Two pages with one address", "Hai trang trùng địa chỉ"],
        meaning: [
            "Two pages would be published at the same address, one over the other.",
            "Hai trang sẽ được đăng ở cùng một địa chỉ, trang này đè lên trang kia.",
        ],
        example: &[write(
            NEW_PAGE,
            "---\ntitle: Tin mới\nslug: muc-tieu-chi-so-hai-long\n---\nNội dung bài.\n",
        )],
        fix: [
            "Give one of them another file name or `slug:`.",
            "Đổi tên tệp hoặc `slug:` của một trong hai trang.",
        ],
    },
    Entry {
        code: Code::BlockUnknownIndicator,
        title: [
            "A chart of an indicator that does not exist",
            "Biểu đồ của chỉ số không tồn tại",
        ],
        meaning: [
            "A ```` ```chart ```` or ```` ```indicator-table ```` block names an indicator the site does not have.",
            "Một khối ```` ```chart ```` hay ```` ```indicator-table ```` ghi một chỉ số mà trang không có.",
        ],
        example: &[edit(PAGE, "indicator: sipas", "indicator: sipass")],
        fix: [
            "Write the id of an indicator: its file name in `content/data/indicators/` without `.yaml`.",
            "Ghi mã của một chỉ số: tên tệp của nó trong `content/data/indicators/`, bỏ đuôi `.yaml`.",
        ],
    },
    Entry {
        code: Code::EntitiesAndCompare,
        title: [
            "A chart with both entities and compare",
            "Biểu đồ có cả entities và compare",
        ],
        meaning: [
            "A chart takes `entities` (exactly these) or `compare` (the region and these peers), not both.",
            "Một biểu đồ dùng `entities` (đúng những đơn vị này) hoặc `compare` (địa phương cùng các đơn vị so sánh), không dùng cả hai.",
        ],
        example: &[edit(
            PAGE,
            "type: line",
            "type: line\nentities: [tinh-a]\ncompare: [tinh-a]",
        )],
        fix: [
            "Keep one of the two lists.",
            "Chỉ giữ một trong hai danh sách.",
        ],
    },
    Entry {
        code: Code::HtmlTooDeep,
        title: ["HTML nested too deep", "HTML lồng nhau quá sâu"],
        meaning: [
            "The HTML of a page nests more than 100 elements deep, almost always elements opened and never closed (a `<div>` without its `</div>`), often from text pasted out of a word processor.",
            "HTML của trang lồng nhau sâu hơn 100 tầng, hầu như luôn do thẻ mở mà không đóng (một `<div>` thiếu `</div>`), thường từ văn bản dán từ phần mềm soạn thảo.",
        ],
        example: &[Step::Described([
            "A page body of 150 `<div>` that are never closed.",
            "Phần nội dung trang gồm 150 thẻ `<div>` không được đóng.",
        ])],
        fix: [
            "Close the HTML elements you open, or write that part in Markdown.",
            "Đóng các thẻ HTML đã mở, hoặc viết phần đó bằng Markdown.",
        ],
    },
    Entry {
        code: Code::PageInPageFolder,
        title: [
            "A page in another page's folder",
            "Trang nằm trong thư mục của trang khác",
        ],
        meaning: [
            "A page can be a folder: `content/news/hop-mot-cua/index.md` is the page `/news/hop-mot-cua/`, and its folder holds its photos. Another page in that folder is refused: it would be published inside the first one's address.",
            "Một trang có thể là một thư mục: `content/news/hop-mot-cua/index.md` là trang `/news/hop-mot-cua/`, và thư mục đó chứa ảnh của trang. Một trang khác nằm trong thư mục ấy bị từ chối: nó sẽ được đăng bên trong địa chỉ của trang kia.",
        ],
        example: &[
            write(
                "content/news/hop-mot-cua/index.md",
                "---\ntitle: Họp triển khai bộ phận một cửa\n---\nNội dung.\n",
            ),
            write(
                "content/news/hop-mot-cua/bien-ban.md",
                "---\ntitle: Biên bản cuộc họp\n---\nNội dung.\n",
            ),
        ],
        fix: [
            "Move the page out of the folder, e.g. to `content/news/bien-ban-hop.md`.",
            "Chuyển trang ra khỏi thư mục, ví dụ thành `content/news/bien-ban-hop.md`.",
        ],
    },
    // E05xx: static files and themes.
    Entry {
        code: Code::StaticTakesGeneratedAddress,
        title: [
            "A static file where baocao writes",
            "Tệp tĩnh trùng tệp baocao tạo",
        ],
        meaning: [
            "A file of `content/static/` would be published at an address where baocao writes a file of its own (`sitemap.xml`, `feed.xml`, `style.css`, a page, the sizes of a page's photo).",
            "Một tệp trong `content/static/` sẽ được đăng ở địa chỉ mà baocao tự ghi tệp của nó (`sitemap.xml`, `feed.xml`, `style.css`, một trang, các cỡ ảnh của một trang).",
        ],
        example: &[write("content/static/sitemap.xml", "<urlset/>\n")],
        fix: [
            "Rename the file or move it into a folder of its own (`content/static/files/`). To change the theme's CSS, see *Changing the look*.",
            "Đổi tên tệp hoặc chuyển vào một thư mục riêng (`content/static/files/`). Muốn đổi CSS của giao diện, xem chương *Thay đổi giao diện*.",
        ],
    },
    Entry {
        code: Code::StaticNamesClash,
        title: [
            "Two names that differ only in capitals",
            "Hai tên chỉ khác chữ hoa",
        ],
        meaning: [
            "Two static files differ only in capital letters, or in how their accents are encoded. On Windows and macOS they are one file, and one would silently replace the other.",
            "Hai tệp tĩnh chỉ khác nhau ở chữ hoa chữ thường, hoặc cách mã hóa dấu. Trên Windows và macOS chúng là một tệp, và tệp này sẽ lặng lẽ thay tệp kia.",
        ],
        example: &[
            write("content/static/files/Bao-cao.pdf", "%PDF-1.4\n"),
            write("content/static/files/bao-cao.pdf", "%PDF-1.4\n"),
        ],
        fix: ["Rename one of them.", "Đổi tên một trong hai tệp."],
    },
    Entry {
        code: Code::StaticClashesWithTheme,
        title: [
            "A static file and a theme's file at one address",
            "Tệp tĩnh trùng tệp của giao diện",
        ],
        meaning: [
            "A file of `content/static/` and a file of the theme's `static/` folder would be published at the same address.",
            "Một tệp trong `content/static/` và một tệp trong thư mục `static/` của giao diện sẽ được đăng ở cùng một địa chỉ.",
        ],
        example: &[
            edit(SITE, "theme: default", "theme: tinh-a"),
            write(
                "themes/tinh-a/static/logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
            ),
            write(
                "content/static/logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
            ),
        ],
        fix: [
            "Keep one of the two: the theme's or the site's.",
            "Chỉ giữ một trong hai: của giao diện hoặc của trang.",
        ],
    },
    Entry {
        code: Code::TemplateError,
        title: ["A template error", "Lỗi mẫu trang"],
        meaning: [
            "A template of the theme cannot be compiled or rendered: a `{{` or `{%` never closed, an unknown filter, a variable the page does not have.",
            "Một mẫu trang (template) của giao diện không dịch hay không dựng được: `{{` hay `{%` không được đóng, bộ lọc không có, biến mà trang không có.",
        ],
        example: &[write(
            "themes/default/templates/page.html",
            "{% extends \"base.html\" %}\n{% block content %}<h1>{{ page.title }</h1>{% endblock %}\n",
        )],
        fix: [
            "Correct the template at the line given, comparing it with the built-in one; the syntax is Tera 2's (keats.github.io/tera).",
            "Sửa mẫu trang ở dòng được báo, đối chiếu với mẫu có sẵn; cú pháp là của Tera 2 (keats.github.io/tera).",
        ],
    },
    // E06xx: links.
    Entry {
        code: Code::LinkLeavesSite,
        title: [
            "A link that leaves the site's path",
            "Liên kết ra ngoài đường dẫn của trang",
        ],
        meaning: [
            "The site lives under a path (`https://org.github.io/cchc/`) and a link written in HTML starts with `/` without it, so it leads out of the site. baocao adds the path to Markdown links, not to HTML you write.",
            "Trang nằm dưới một đường dẫn (`https://org.github.io/cchc/`) và một liên kết viết bằng HTML bắt đầu bằng `/` mà thiếu đường dẫn đó, nên dẫn ra ngoài trang. baocao tự thêm đường dẫn cho liên kết Markdown, không thêm cho HTML bạn tự viết.",
        ],
        example: &[
            edit(
                SITE,
                "base_url: https://cchc.example.gov.vn/",
                "base_url: https://org.github.io/cchc/",
            ),
            edit(
                PAGE,
                "là cơ quan đầu mối",
                "là <a href=\"/agencies/\">cơ quan</a> đầu mối",
            ),
        ],
        fix: [
            "Write the link in Markdown (`[cơ quan](/agencies/)`), which baocao completes.",
            "Viết liên kết bằng Markdown (`[cơ quan](/agencies/)`), baocao sẽ tự thêm đường dẫn.",
        ],
    },
    Entry {
        code: Code::LinkAboveRoot,
        title: [
            "A link above the site's root",
            "Liên kết vượt lên trên gốc trang",
        ],
        meaning: [
            "A relative link (`../…`) climbs more folders than the page is deep, past the site's root.",
            "Một liên kết tương đối (`../…`) đi lên nhiều cấp thư mục hơn độ sâu của trang, vượt qua gốc của trang.",
        ],
        example: &[edit(
            PAGE,
            "(/indicators/sipas/)",
            "(../../../indicators/sipas/)",
        )],
        fix: [
            "Write site paths from the root: `/indicators/sipas/`.",
            "Viết đường dẫn tính từ gốc trang: `/indicators/sipas/`.",
        ],
    },
    Entry {
        code: Code::LinkToMissingFile,
        title: [
            "A link to a file that does not exist",
            "Liên kết tới tệp không có",
        ],
        meaning: [
            "A link or image leads to a file the site does not have. Files are published from `content/static/`: `/files/bao-cao.pdf` is `content/static/files/bao-cao.pdf`.",
            "Một liên kết hay ảnh dẫn tới tệp mà trang không có. Tệp được đăng từ `content/static/`: `/files/bao-cao.pdf` là tệp `content/static/files/bao-cao.pdf`.",
        ],
        example: &[edit(
            PAGE,
            "(/indicators/sipas/)",
            "(/files/bao-cao-2020.pdf)",
        )],
        fix: [
            "Put the file at the path the message names, or correct the link.",
            "Đặt tệp vào đúng đường dẫn mà thông báo ghi, hoặc sửa liên kết.",
        ],
    },
    Entry {
        code: Code::LinkToMissingPage,
        title: [
            "A link to a page that does not exist",
            "Liên kết tới trang không có",
        ],
        meaning: [
            "A link leads to an address where the site has no page: a misspelt id, a renamed page, a draft.",
            "Một liên kết dẫn tới địa chỉ mà trang không có trang nào: mã gõ sai, trang đã đổi tên, trang còn là bản nháp.",
        ],
        example: &[edit(PAGE, "(/indicators/sipas/)", "(/indicators/sipass/)")],
        fix: [
            "Correct the link (the help suggests the closest address).",
            "Sửa liên kết (dòng `help` gợi ý địa chỉ gần nhất).",
        ],
    },
    Entry {
        code: Code::LinkToMissingAnchor,
        title: ["A link to a missing anchor", "Liên kết tới mỏ neo không có"],
        meaning: [
            "A link's `#anchor` names no heading or element of the page it leads to. A heading's anchor is its text without accents, in lowercase, with hyphens.",
            "Phần `#mỏ-neo` của liên kết không trùng với tiêu đề hay phần tử nào của trang đích. Mỏ neo của một tiêu đề là chữ của tiêu đề, bỏ dấu, viết thường, nối bằng gạch ngang.",
        ],
        example: &[edit(PAGE, "(/indicators/sipas/)", "(#ket-qua)")],
        fix: [
            "Use the anchor the help suggests, or give the heading the anchor you want: `## Kết quả {#ket-qua}`.",
            "Dùng mỏ neo mà dòng `help` gợi ý, hoặc đặt mỏ neo cho tiêu đề: `## Kết quả {#ket-qua}`.",
        ],
    },
    // E07xx: output.
    Entry {
        code: Code::CannotWrite,
        title: ["The output cannot be written", "Không ghi được kết quả"],
        meaning: [
            "baocao could not write a file of the site into the output folder: the disk is full, or the folder is read-only. The previous output stays as it was.",
            "baocao không ghi được một tệp của trang vào thư mục kết quả: ổ đĩa đầy, hoặc thư mục chỉ cho đọc. Kết quả của lần dựng trước vẫn giữ nguyên.",
        ],
        example: &[Step::Described([
            "A build into a folder on a full disk.",
            "Dựng trang vào một thư mục trên ổ đĩa đã đầy.",
        ])],
        fix: [
            "Free some space, or build into another folder with `--output DIR`.",
            "Giải phóng bớt dung lượng, hoặc dựng vào thư mục khác bằng `--output DIR`.",
        ],
    },
    Entry {
        code: Code::BuildIo,
        title: ["An input/output error", "Lỗi đọc ghi"],
        meaning: [
            "While previewing (`baocao serve`), a build stopped on an input/output error that is not about one of the site's files; the message gives the system's reason.",
            "Trong lúc xem thử (`baocao serve`), một lần dựng trang dừng lại vì lỗi đọc ghi không thuộc về tệp nào của trang; thông báo ghi lý do hệ điều hành đưa ra.",
        ],
        example: &[Step::Described([
            "`baocao serve` on a site on a network drive that went offline.",
            "Chạy `baocao serve` với trang nằm trên ổ mạng vừa bị ngắt.",
        ])],
        fix: [
            "Fix what the message names, then save a file: the preview rebuilds.",
            "Xử lý điều thông báo nêu, rồi lưu lại một tệp bất kỳ: bản xem thử sẽ tự dựng lại.",
        ],
    },
    // E08xx: observations in CSV files.
    Entry {
        code: Code::CsvEmpty,
        title: ["An empty CSV file", "Tệp CSV trống"],
        meaning: [
            "An indicator's CSV file of observations (`<id>.csv` beside `<id>.yaml`) has nothing in it.",
            "Tệp CSV chứa số liệu của một chỉ số (`<mã>.csv` đặt cạnh `<mã>.yaml`) không có gì.",
        ],
        example: &[write(CSV, "")],
        fix: [
            "Write a header line that names the columns (`entity,year,value`), then one row per observation; or remove the file.",
            "Viết dòng tiêu đề ghi tên các cột (`entity,year,value`), rồi mỗi số liệu một dòng; hoặc xóa tệp.",
        ],
    },
    Entry {
        code: Code::CsvUnreadable,
        title: ["A CSV line that cannot be read", "Dòng CSV không đọc được"],
        meaning: [
            "The CSV reader could not read the header or a row of the file; the message gives its reason.",
            "Trình đọc CSV không đọc được dòng tiêu đề hay một dòng của tệp; thông báo ghi lý do.",
        ],
        example: &[Step::Described([
            "A row the CSV reader itself refuses; spreadsheet exports do not make such rows.",
            "Một dòng mà chính trình đọc CSV từ chối; tệp xuất từ bảng tính không tạo ra những dòng như vậy.",
        ])],
        fix: [
            "Export the file again from the spreadsheet as CSV (UTF-8), or correct the line given.",
            "Xuất lại tệp từ bảng tính dưới dạng CSV (UTF-8), hoặc sửa dòng được báo.",
        ],
    },
    Entry {
        code: Code::CsvColumnTwice,
        title: ["A column named twice", "Một cột có hai lần"],
        meaning: [
            "Two columns of the header have the same name, so baocao cannot tell which one holds the figures.",
            "Dòng tiêu đề có hai cột trùng tên, nên baocao không biết cột nào chứa số liệu.",
        ],
        example: &[write(CSV, "year,year,value\n2020,2020,84.1\n")],
        fix: [
            "Rename or remove one of them.",
            "Đổi tên hoặc bỏ một trong hai cột.",
        ],
    },
    Entry {
        code: Code::CsvUnknownColumn,
        title: ["Unknown column", "Cột không có trong định dạng"],
        meaning: [
            "The header names a column baocao does not read. The columns are `entity`, `year`, `value`, `of` and `note`, in any order. When the column holds the whole header, the file uses another separator than the one declared.",
            "Dòng tiêu đề có một cột baocao không đọc. Các cột là `entity`, `year`, `value`, `of` và `note`, theo thứ tự bất kỳ. Nếu một cột chứa cả dòng tiêu đề, tệp dùng dấu ngăn cách khác với dấu đã khai báo.",
        ],
        example: &[write(
            CSV,
            "entity,year,value,ghi chú\n,2020,84.1,Bộ Nội vụ công bố\n",
        )],
        fix: [
            "Rename the column (a remark goes into `note`), or remove it from the file.",
            "Đổi tên cột (ghi chú thì đặt ở cột `note`), hoặc bỏ cột khỏi tệp.",
        ],
    },
    Entry {
        code: Code::CsvMissingColumn,
        title: ["No year or value column", "Thiếu cột year hay value"],
        meaning: [
            "The header has no `year` column or no `value` column; both are needed.",
            "Dòng tiêu đề thiếu cột `year` hoặc cột `value`; cần có cả hai.",
        ],
        example: &[write(CSV, "entity,value\n,84.1\n")],
        fix: [
            "Name the columns in the first line, e.g. `entity,year,value`.",
            "Ghi tên các cột ở dòng đầu, ví dụ `entity,year,value`.",
        ],
    },
    Entry {
        code: Code::CsvFieldCount,
        title: [
            "A row with the wrong number of fields",
            "Dòng có số ô không khớp",
        ],
        meaning: [
            "A row has more or fewer fields than the header has columns: most often a decimal comma in a file separated by commas, so `84,1` reads as two fields.",
            "Một dòng có nhiều hoặc ít ô hơn số cột của dòng tiêu đề: thường do dấu phẩy thập phân trong tệp ngăn cách bằng dấu phẩy, nên `84,1` bị đọc thành hai ô.",
        ],
        example: &[write(CSV, "entity,year,value\n,2020,84,1\n")],
        fix: [
            "Export the file with semicolons (`;`) as separator, put values holding a comma in double quotes (`\"84,1\"`), or write `84.1`.",
            "Xuất tệp với dấu chấm phẩy (`;`) làm dấu ngăn cách, đặt giá trị có dấu phẩy trong ngoặc kép (`\"84,1\"`), hoặc viết `84.1`.",
        ],
    },
    Entry {
        code: Code::CsvNotAYear,
        title: ["Not a year", "Không phải một năm"],
        meaning: [
            "A cell of the `year` column is not a whole number.",
            "Một ô của cột `year` không phải số nguyên.",
        ],
        example: &[write(CSV, "entity,year,value\n,năm 2020,84.1\n")],
        fix: [
            "Write the year alone, e.g. 2020.",
            "Chỉ ghi năm, ví dụ 2020.",
        ],
    },
    Entry {
        code: Code::CsvNotANumber,
        title: ["Not a number", "Không phải một con số"],
        meaning: [
            "A cell of the `value` column is empty or not a number: a unit or a percent sign written in it, or a decimal mark other than the file's.",
            "Một ô của cột `value` để trống hoặc không phải con số: có ghi kèm đơn vị hay dấu phần trăm, hoặc dấu thập phân khác với dấu của cả tệp.",
        ],
        example: &[write(CSV, "entity,year,value\n,2020,84.1%\n")],
        fix: [
            "Write the number alone (`84.1`; the unit is the indicator's `unit`). A file with decimal commas declares them in the YAML file: `csv: { decimal: comma }`.",
            "Chỉ ghi con số (`84.1`; đơn vị là `unit` của chỉ số). Tệp dùng dấu phẩy thập phân thì khai báo trong tệp YAML: `csv: { decimal: comma }`.",
        ],
    },
    Entry {
        code: Code::CsvNotACount,
        title: ["`of` is not a whole number", "`of` không phải số nguyên"],
        meaning: [
            "A cell of the `of` column (how many were ranked) is not a whole number.",
            "Một ô của cột `of` (có bao nhiêu đơn vị được xếp hạng) không phải số nguyên.",
        ],
        example: &[write(CSV, "entity,year,value,of\n,2020,84.1,63 tỉnh\n")],
        fix: [
            "Write the number alone (`63`), or leave the cell empty.",
            "Chỉ ghi con số (`63`), hoặc để trống ô.",
        ],
    },
    Entry {
        code: Code::CsvTooManyProblems,
        title: ["More problems than listed", "Còn nhiều lỗi chưa liệt kê"],
        meaning: [
            "A CSV file has more than 100 problems; the first 100 are listed, the rest counted. They are usually one mistake repeated on every row.",
            "Một tệp CSV có hơn 100 lỗi; 100 lỗi đầu được liệt kê, số còn lại chỉ được đếm. Thường đó là một lỗi lặp lại trên mọi dòng.",
        ],
        example: &[Step::Described([
            "A file of 3,000 rows exported with decimal commas into a file separated by commas.",
            "Một tệp 3.000 dòng xuất với dấu phẩy thập phân vào tệp ngăn cách bằng dấu phẩy.",
        ])],
        fix: [
            "Fix the first errors listed (the separator, the decimal mark), then check again.",
            "Sửa những lỗi đầu tiên được liệt kê (dấu ngăn cách, dấu thập phân), rồi kiểm tra lại.",
        ],
    },
    Entry {
        code: Code::CsvWithoutIndicator,
        title: [
            "A CSV file without its indicator",
            "Tệp CSV không có chỉ số",
        ],
        meaning: [
            "A CSV file in `content/data/indicators/` has no YAML file of the same name: the CSV holds only the figures, the YAML file says what they are.",
            "Một tệp CSV trong `content/data/indicators/` không có tệp YAML cùng tên: tệp CSV chỉ chứa số liệu, tệp YAML cho biết đó là số liệu gì.",
        ],
        example: &[write(
            "content/data/indicators/papi.csv",
            "entity,year,value\n,2020,36.5\n",
        )],
        fix: [
            "Add the YAML file (`papi.yaml`: `name`, `unit`, `kind`), or rename the CSV file after its indicator.",
            "Thêm tệp YAML (`papi.yaml`: `name`, `unit`, `kind`), hoặc đổi tên tệp CSV theo mã chỉ số của nó.",
        ],
    },
    Entry {
        code: Code::CsvMissing,
        title: [
            "`csv:` names a file that does not exist",
            "`csv:` ghi một tệp không có",
        ],
        meaning: [
            "The indicator's YAML file has `csv:` (how its CSV file is written), and there is no `<id>.csv` beside it.",
            "Tệp YAML của chỉ số có trường `csv:` (cách viết tệp CSV), nhưng không có tệp `<mã>.csv` bên cạnh.",
        ],
        example: &[edit(
            IND,
            "decimals: 2",
            "decimals: 2\ncsv: { separator: \";\" }",
        )],
        fix: [
            "Put the CSV file beside the YAML file, with the same name, or remove `csv:`.",
            "Đặt tệp CSV cạnh tệp YAML, cùng tên, hoặc bỏ trường `csv:`.",
        ],
    },
    Entry {
        code: Code::CsvNotAStatus,
        title: ["Not a status", "Không phải trạng thái"],
        meaning: [
            "A cell of the `status` column is neither `not_ranked` nor `not_published`.",
            "Một ô của cột `status` không phải `not_ranked` hay `not_published`.",
        ],
        example: &[write(CSV, "entity,year,value,status\n,2020,,chưa có\n")],
        fix: [
            "Write `not_ranked` (assessed, not given a place) or `not_published` (nothing published), with the value empty; or leave the cell empty.",
            "Ghi `not_ranked` (có đánh giá nhưng không xếp hạng) hoặc `not_published` (không công bố), để trống giá trị; hoặc để trống ô.",
        ],
    },
    // E09xx: photos.
    Entry {
        code: Code::ImageWithoutAlt,
        title: ["A photo without alt text", "Ảnh thiếu lời mô tả"],
        meaning: [
            "A photo has no alt text: the words a screen reader reads to a reader who cannot see it, and that show when it does not load. baocao requires them.",
            "Một ảnh không có lời mô tả (alt): đoạn chữ phần mềm đọc màn hình đọc cho người không nhìn thấy ảnh, và hiện ra khi ảnh không tải được. baocao bắt buộc phải có.",
        ],
        example: &[edit(
            PAGE,
            BEFORE_HEADING,
            "![](quang-canh.jpg)\n\n## Kết quả những năm gần đây",
        )],
        fix: [
            "Write what the photo shows between the brackets: `![Quang cảnh hội nghị sơ kết](quang-canh.jpg)`; in front matter, `alt:` under `image:`. A picture that says nothing (an ornament) is marked `![-](hoa-van.png)`, or `decorative: true`.",
            "Viết ảnh cho thấy gì vào giữa hai ngoặc vuông: `![Quang cảnh hội nghị sơ kết](quang-canh.jpg)`; trong phần đầu trang, ghi `alt:` dưới `image:`. Hình không mang nội dung (hoa văn trang trí) thì ghi `![-](hoa-van.png)`, hoặc `decorative: true`.",
        ],
    },
    Entry {
        code: Code::ImageWithoutAddress,
        title: ["A photo without an address", "Ảnh không có địa chỉ"],
        meaning: [
            "An image has nothing between its parentheses: `![…]()`.",
            "Một ảnh không có gì trong ngoặc đơn: `![…]()`.",
        ],
        example: &[edit(
            PAGE,
            BEFORE_HEADING,
            "![Quang cảnh hội nghị]()\n\n## Kết quả những năm gần đây",
        )],
        fix: [
            "Write the photo's file name in the parentheses: `![Quang cảnh hội nghị](quang-canh.jpg)`.",
            "Ghi tên tệp ảnh trong ngoặc đơn: `![Quang cảnh hội nghị](quang-canh.jpg)`.",
        ],
    },
    Entry {
        code: Code::ImageOutsideContent,
        title: ["A photo outside content/", "Ảnh nằm ngoài content/"],
        meaning: [
            "An image's address climbs out of `content/` with `../`. baocao publishes only what is inside it.",
            "Địa chỉ ảnh dùng `../` để đi ra ngoài `content/`. baocao chỉ đăng những gì nằm trong thư mục đó.",
        ],
        example: &[edit(
            PAGE,
            BEFORE_HEADING,
            "![Quang cảnh hội nghị](../../../anh.jpg)\n\n## Kết quả những năm gần đây",
        )],
        fix: [
            "Put the photo beside the page, or under `content/static/` with an address from `/` (`/files/anh.jpg`).",
            "Đặt ảnh cạnh trang, hoặc trong `content/static/` với địa chỉ bắt đầu bằng `/` (`/files/anh.jpg`).",
        ],
    },
    Entry {
        code: Code::ImageMissing,
        title: ["A photo that does not exist", "Ảnh không có"],
        meaning: [
            "The photo's file is not where its address says: beside the page (`anh.jpg` in `content/news/tin.md` is `content/news/anh.jpg`), or under `content/static/` for an address from `/`.",
            "Tệp ảnh không nằm ở chỗ địa chỉ của nó chỉ ra: cạnh trang (`anh.jpg` trong `content/news/tin.md` là `content/news/anh.jpg`), hoặc trong `content/static/` nếu địa chỉ bắt đầu bằng `/`.",
        ],
        example: &[edit(
            PAGE,
            BEFORE_HEADING,
            "![Quang cảnh hội nghị](quang-canh.jpg)\n\n## Kết quả những năm gần đây",
        )],
        fix: [
            "Put the file there, or correct the name (the help suggests the closest file of the folder; names are case-sensitive).",
            "Đặt tệp vào đúng chỗ, hoặc sửa tên (dòng `help` gợi ý tên gần nhất trong thư mục; tên phân biệt chữ hoa, chữ thường).",
        ],
    },
    Entry {
        code: Code::ImageFormat,
        title: [
            "A photo that is not JPEG or PNG",
            "Ảnh không phải JPEG hay PNG",
        ],
        meaning: [
            "baocao resizes the photos beside a page for phones and publishes them as JPEG or PNG with WebP; it reads only those two formats. A GIF, a HEIC from a phone, a WebP or a TIFF is refused.",
            "baocao thu nhỏ ảnh đặt cạnh trang cho vừa điện thoại và đăng dưới dạng JPEG hoặc PNG kèm WebP; nó chỉ đọc hai định dạng đó. Ảnh GIF, HEIC từ điện thoại, WebP hay TIFF bị từ chối.",
        ],
        example: &[
            write("content/news/ban-do.gif", "GIF89a"),
            edit(
                PAGE,
                BEFORE_HEADING,
                "![Bản đồ các điểm một cửa](ban-do.gif)\n\n## Kết quả những năm gần đây",
            ),
        ],
        fix: [
            "Export it as JPEG (photos) or PNG (drawings). To publish a file as it is, put it under `content/static/` and write its address from `/`.",
            "Xuất lại thành JPEG (ảnh chụp) hoặc PNG (hình vẽ). Muốn đăng nguyên tệp, đặt nó trong `content/static/` và ghi địa chỉ bắt đầu bằng `/`.",
        ],
    },
    Entry {
        code: Code::ImageNotWhatItSays,
        title: [
            "A photo that is not what its name says",
            "Ảnh không đúng như tên tệp",
        ],
        meaning: [
            "The file's bytes are not of the format its name says: a PNG named `.jpg`, a phone's HEIC photo renamed, or not an image at all.",
            "Nội dung tệp không đúng định dạng mà tên tệp nói: ảnh PNG mang đuôi `.jpg`, ảnh HEIC của điện thoại bị đổi tên, hoặc hoàn toàn không phải ảnh.",
        ],
        example: &[
            write("content/news/quang-canh.jpg", "Ảnh chụp màn hình\n"),
            edit(
                PAGE,
                BEFORE_HEADING,
                "![Quang cảnh hội nghị](quang-canh.jpg)\n\n## Kết quả những năm gần đây",
            ),
        ],
        fix: [
            "Rename the file as the help says, or export the photo again as JPEG.",
            "Đổi tên tệp như dòng `help` gợi ý, hoặc xuất lại ảnh thành JPEG.",
        ],
    },
    Entry {
        code: Code::ImageTooLarge,
        title: ["A photo of too many pixels", "Ảnh quá nhiều điểm ảnh"],
        meaning: [
            "A photo is over 64 megapixels or 16,384 pixels a side. baocao refuses it from its header, before decoding it: a file of a few kilobytes can claim 30,000 × 30,000 pixels and fill the memory.",
            "Một ảnh lớn hơn 64 megapixel hoặc 16.384 điểm ảnh mỗi chiều. baocao từ chối ngay khi đọc phần đầu tệp, trước khi giải mã: một tệp vài kilobyte có thể tự nhận là 30.000 × 30.000 điểm ảnh và làm đầy bộ nhớ.",
        ],
        example: &[Step::Described([
            "`content/news/toan-canh.jpg`, a panorama of 20,000 × 4,000 pixels.",
            "`content/news/toan-canh.jpg`, ảnh toàn cảnh 20.000 × 4.000 điểm ảnh.",
        ])],
        fix: [
            "Resize it to at most 4,000 pixels wide before adding it: the site publishes at most 1,600.",
            "Thu nhỏ ảnh còn tối đa 4.000 điểm ảnh chiều ngang trước khi đưa vào: trang chỉ đăng tối đa 1.600.",
        ],
    },
    Entry {
        code: Code::ImageCorrupt,
        title: ["A damaged photo", "Ảnh bị hỏng"],
        meaning: [
            "A JPEG or PNG cannot be decoded: the file is damaged or cut short (a copy that stopped halfway). baocao refuses it rather than publish a photo half grey.",
            "Không giải mã được một ảnh JPEG hay PNG: tệp bị hỏng hoặc bị cắt cụt (chép dở chừng). baocao từ chối thay vì đăng một ảnh xám mất một nửa.",
        ],
        example: &[Step::Described([
            "`content/news/quang-canh.jpg`, of which only the first half was copied.",
            "`content/news/quang-canh.jpg`, chỉ chép được nửa đầu của tệp.",
        ])],
        fix: ["Copy or export the photo again.", "Chép hoặc xuất lại ảnh."],
    },
];
