//! The error catalogue, E08xx: observations in CSV files.

use super::entry::{CSV, Entry, IND, Step, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
