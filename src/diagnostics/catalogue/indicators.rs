//! The error catalogue, E0301–E0316: data files' names and ids, indicators'
//! values, ranks, years and targets.

use super::entry::{Entry, IND, PAGE, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
