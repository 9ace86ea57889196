//! The error catalogue, E07xx: the output folder.

use super::entry::{Entry, Step};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
