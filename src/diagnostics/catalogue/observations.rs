//! The error catalogue, E0323–E0332: observations' values and status, an
//! index's components, sources, and series that end or carry on.

use super::entry::{AG, Entry, IND, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
