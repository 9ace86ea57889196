//! The error catalogue, E04xx: Markdown pages and their front matter.

use super::entry::{Entry, NEW_PAGE, PAGE, Step, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
