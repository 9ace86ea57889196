//! The error catalogue, E05xx: static files and themes.

use super::entry::{Entry, SITE, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
];
