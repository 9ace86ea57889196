//! The error catalogue, E0317–E0322: agencies, their parents and heads.

use super::entry::{AG, Entry, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
