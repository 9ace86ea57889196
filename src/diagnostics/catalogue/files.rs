//! The error catalogue, E00xx: reading the site's files (the content
//! folder, paths, links, encodings).

use super::entry::{Entry, Step, write};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: Code::NoContentFolder,
        title: ["No content folder", "Không có thư mục content"],
        meaning: [
            "baocao looks for the site's files in `content/` under the site folder (the current folder, or `--site DIR`), and there is none.",
            "baocao tìm các tệp của trang trong thư mục `content/` của thư mục trang (thư mục đang đứng, hoặc `--site DIR`), nhưng không có.",
        ],
        example: &[Step::Remove("content")],
        fix: [
            "Run baocao in the site folder (the one that holds `content/`), or name it with `--site DIR`. `baocao new site DIR` makes a new one.",
            "Chạy baocao trong thư mục trang (thư mục chứa `content/`), hoặc chỉ ra bằng `--site DIR`. Lệnh `baocao new site DIR` tạo một trang mới.",
        ],
    },
    Entry {
        code: Code::CannotRead,
        title: ["A file cannot be read", "Không đọc được tệp"],
        meaning: [
            "The system refused to read a file or folder of the site; the message gives its reason (often: permission denied).",
            "Hệ điều hành không cho đọc một tệp hay thư mục của trang; thông báo ghi lý do (thường là không có quyền đọc).",
        ],
        example: &[Step::Described([
            "`content/news/tin-moi.md` belongs to another user, who alone may read it.",
            "`content/news/tin-moi.md` thuộc về một người dùng khác, chỉ người đó được đọc.",
        ])],
        fix: [
            "Give yourself the right to read the file (`chmod u+r`), or copy its text into a new file.",
            "Cấp quyền đọc tệp cho mình (`chmod u+r`), hoặc chép nội dung sang một tệp mới.",
        ],
    },
    Entry {
        code: Code::BrokenLink,
        title: [
            "A symbolic link leads nowhere",
            "Liên kết tượng trưng trỏ vào chỗ trống",
        ],
        meaning: [
            "A symbolic link in the site points to a file that does not exist (any more).",
            "Một liên kết tượng trưng (symbolic link) trong trang trỏ tới một tệp không tồn tại (hoặc đã bị xóa, đổi chỗ).",
        ],
        example: &[Step::Link {
            link: "content/static/logo.png",
            target: "../../anh/logo.png",
        }],
        fix: [
            "Remove the link, and copy the file it meant into the site.",
            "Xóa liên kết, rồi chép chính tệp đó vào trong trang.",
        ],
    },
    Entry {
        code: Code::OutsideSite,
        title: [
            "A path leads outside the site",
            "Đường dẫn đi ra ngoài trang",
        ],
        meaning: [
            "A symbolic link points outside the site folder. baocao reads only files inside the site, so that nothing on the computer it runs on can be published by mistake.",
            "Một liên kết tượng trưng trỏ ra ngoài thư mục trang. baocao chỉ đọc tệp nằm trong trang, để không tệp nào khác trên máy bị đăng lên mạng do nhầm lẫn.",
        ],
        example: &[Step::Link {
            link: "content/static/passwd",
            target: "/etc/passwd",
        }],
        fix: [
            "Copy the file into the site instead of linking to it.",
            "Chép tệp vào trong trang thay vì tạo liên kết tới nó.",
        ],
    },
    Entry {
        code: Code::HiddenPath,
        title: ["A path leads into a hidden file", "Đường dẫn đi vào tệp ẩn"],
        meaning: [
            "A symbolic link leads to a hidden file or folder (its name starts with a dot, like `.env` or `.git`). baocao never reads or publishes those: they often hold passwords or history.",
            "Một liên kết tượng trưng dẫn tới tệp hay thư mục ẩn (tên bắt đầu bằng dấu chấm, như `.env`, `.git`). baocao không bao giờ đọc hay đăng chúng: chúng thường chứa mật khẩu hoặc lịch sử sửa đổi.",
        ],
        example: &[
            write(".env", "TOKEN=…\n"),
            Step::Link {
                link: "content/static/env.txt",
                target: "../../.env",
            },
        ],
        fix: [
            "Copy what should be published into the site under a name without a leading dot.",
            "Chép phần cần đăng vào trang, đặt tên không bắt đầu bằng dấu chấm.",
        ],
    },
    Entry {
        code: Code::NotRegularFile,
        title: ["Not a regular file", "Không phải tệp thông thường"],
        meaning: [
            "Where a file should be there is a named pipe (FIFO), a device or a socket, which reading could wait on forever.",
            "Ở chỗ lẽ ra là một tệp lại là một đường ống có tên (FIFO), một thiết bị hay một socket: đọc nó có thể phải chờ mãi.",
        ],
        example: &[Step::Described([
            "`mkfifo content/data/indicators/papi.yaml`",
            "`mkfifo content/data/indicators/papi.yaml`",
        ])],
        fix: [
            "Remove it, or replace it with the file it should be.",
            "Xóa nó, hoặc thay bằng đúng tệp cần có.",
        ],
    },
    Entry {
        code: Code::FileTooLarge,
        title: ["A file is too large", "Tệp quá lớn"],
        meaning: [
            "A file is over baocao's size limit: 2 MiB for a Markdown page, 16 MiB for a data file, 1 GiB for a static file. A larger one is almost always a mistake (a whole export pasted in, a video), and would make the site slow.",
            "Một tệp vượt giới hạn dung lượng của baocao: 2 MiB cho trang Markdown, 16 MiB cho tệp số liệu, 1 GiB cho tệp tĩnh. Tệp lớn hơn hầu như luôn là nhầm lẫn (dán cả một tệp xuất dữ liệu, một đoạn phim) và làm trang chậm.",
        ],
        example: &[Step::Described([
            "A 3 MiB page: `content/news/bao-cao-nam.md` with a whole report pasted in.",
            "Một trang 3 MiB: `content/news/bao-cao-nam.md` dán nguyên cả bản báo cáo.",
        ])],
        fix: [
            "Split the data into several files, or remove what is not needed; link to a long report as a PDF in `content/static/files/`.",
            "Tách số liệu ra nhiều tệp, hoặc bỏ phần không cần; báo cáo dài thì đăng dạng PDF trong `content/static/files/` và đặt liên kết tới đó.",
        ],
    },
    Entry {
        code: Code::NameNotUtf8,
        title: ["A name is not UTF-8", "Tên không theo mã UTF-8"],
        meaning: [
            "The name of a file or folder is not valid UTF-8, so it cannot become an address. Names copied from old Vietnamese encodings (TCVN3, VNI, Windows-1258) often are not.",
            "Tên một tệp hay thư mục không phải UTF-8 hợp lệ nên không thể thành địa chỉ trang. Tên chép từ các bảng mã tiếng Việt cũ (TCVN3, VNI, Windows-1258) thường bị lỗi này.",
        ],
        example: &[Step::Described([
            "`content/static/files/b\\xe1o-c\\xe1o.pdf`, a name written in Windows-1258.",
            "`content/static/files/b\\xe1o-c\\xe1o.pdf`, tên viết theo bảng mã Windows-1258.",
        ])],
        fix: [
            "Rename it, best with lowercase letters without accents, digits and hyphens (`bao-cao.pdf`).",
            "Đổi tên, tốt nhất bằng chữ thường không dấu, chữ số và dấu gạch ngang (`bao-cao.pdf`).",
        ],
    },
    Entry {
        code: Code::NotUtf8,
        title: ["A file is not UTF-8", "Tệp không theo mã UTF-8"],
        meaning: [
            "A text file (YAML, Markdown, a template) is not valid UTF-8; the message gives the first bad byte's line and column. Vietnamese text saved from old tools is often in Windows-1258 or TCVN3.",
            "Một tệp văn bản (YAML, Markdown, mẫu trang) không phải UTF-8 hợp lệ; thông báo ghi dòng và cột của byte lỗi đầu tiên. Văn bản tiếng Việt lưu từ phần mềm cũ thường theo Windows-1258 hoặc TCVN3.",
        ],
        example: &[Step::Described([
            "`content/news/tin-moi.md` saved as Windows-1258 by an old editor.",
            "`content/news/tin-moi.md` được một trình soạn thảo cũ lưu theo Windows-1258.",
        ])],
        fix: [
            "Open the file in your editor and save it as UTF-8 (in Notepad: *Save as*, *Encoding: UTF-8*); convert old-encoding text with a converter such as Unikey's.",
            "Mở tệp trong trình soạn thảo và lưu lại dạng UTF-8 (trong Notepad: *Save as*, *Encoding: UTF-8*); văn bản bảng mã cũ thì chuyển mã bằng công cụ như chức năng chuyển mã của Unikey.",
        ],
    },
    Entry {
        code: Code::DirectionOverride,
        title: [
            "An invisible character reverses text",
            "Ký tự vô hình đảo chiều chữ",
        ],
        meaning: [
            "The file holds a character that reverses the direction of the text after it (U+202E and its kin). Published, it can make a name read backwards or hide what follows; Vietnamese text never needs it.",
            "Tệp chứa một ký tự làm đảo chiều đoạn chữ sau nó (U+202E và các ký tự cùng loại). Khi đăng lên, nó có thể làm một cái tên hiện ngược hoặc che phần phía sau; tiếng Việt không bao giờ cần ký tự này.",
        ],
        example: &[Step::Described([
            "In `content/data/agencies/so-noi-vu.yaml`, a name pasted from a PDF or a chat: `name: Sở Nội vụ` with an invisible U+202E before `Nội`.",
            "Trong `content/data/agencies/so-noi-vu.yaml`, một cái tên dán từ PDF hay tin nhắn: `name: Sở Nội vụ` có ký tự vô hình U+202E trước chữ `Nội`.",
        ])],
        fix: [
            "Delete the character at the line and column given (retype the word around it if your editor does not show it).",
            "Xóa ký tự ở đúng dòng và cột được báo (nếu trình soạn thảo không hiện nó, gõ lại từ chứa nó).",
        ],
    },
];
