//! The error catalogue, E01xx: YAML syntax and the types of its values.

use super::entry::{AG, Entry, IND, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
