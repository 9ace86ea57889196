//! The error catalogue, E09xx: photos.

use super::entry::{BEFORE_HEADING, Entry, PAGE, Step, edit, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
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
