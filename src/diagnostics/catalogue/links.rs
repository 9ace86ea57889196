//! The error catalogue, E06xx: links between pages, data and files.

use super::entry::{Entry, PAGE, SITE, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
    Entry {
        code: Code::TemplateLinkToMissing,
        title: [
            "A template links to a page that does not exist",
            "Mẫu trang liên kết tới trang không có",
        ],
        meaning: [
            "A template of the site's theme writes a link whole (`<a href=\"/lien-he/\">`, `<img src=\"/anh/logo.png\">`) to an address where the site has no page or file. Only links written whole are checked: one built from the template's variables (`{{ page.url }}`) is not.",
            "Một mẫu trang (template) của giao diện ghi nguyên văn một liên kết (`<a href=\"/lien-he/\">`, `<img src=\"/anh/logo.png\">`) tới địa chỉ mà trang không có trang hay tệp nào. Chỉ liên kết ghi nguyên văn mới được kiểm tra: liên kết dựng từ biến của mẫu (`{{ page.url }}`) thì không.",
        ],
        example: &[write(
            "themes/default/templates/page.html",
            "{% extends \"base.html\" %}\n{% block content %}<h1>{{ page.title }}</h1>\n<p><a href=\"/lien-he/\">Liên hệ</a></p>\n{{ page.content | safe }}{% endblock content %}\n",
        )],
        fix: [
            "Correct the address in the template, or add what it names: a page in `content/`, a file in `content/static/` or in the theme's `static/` folder.",
            "Sửa địa chỉ trong mẫu trang, hoặc thêm thứ nó trỏ tới: một trang trong `content/`, một tệp trong `content/static/` hay trong thư mục `static/` của giao diện.",
        ],
    },
];
