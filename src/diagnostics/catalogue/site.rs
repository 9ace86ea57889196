//! The error catalogue, E02xx: `content/site.yaml` (region, base URL,
//! theme, groups, the editor).

use super::entry::{Entry, SITE, Step, edit};
use crate::diagnostics::codes::list::Code;

pub(super) const ENTRIES: &[Entry] = &[
    Entry {
        code: Code::SiteYamlMissing,
        title: ["No site.yaml", "Thiếu site.yaml"],
        meaning: [
            "The site's settings file, `content/site.yaml`, does not exist.",
            "Không có tệp thiết lập của trang, `content/site.yaml`.",
        ],
        example: &[Step::Remove(SITE)],
        fix: [
            "Create it with at least `title`, `base_url` and `region`; `baocao new site` writes one with every field explained.",
            "Tạo tệp với ít nhất `title`, `base_url` và `region`; lệnh `baocao new site` viết sẵn một tệp có giải thích từng trường.",
        ],
    },
    Entry {
        code: Code::RegionIdNotId,
        title: [
            "The region's id is not an id",
            "Mã địa phương không đúng dạng mã",
        ],
        meaning: [
            "`region.id` names the province or city in addresses and data; it must be lowercase ASCII letters, digits and hyphens.",
            "`region.id` là mã của tỉnh, thành phố dùng trong địa chỉ và số liệu; chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
        ],
        example: &[edit(SITE, "id: tinh-a", "id: Tỉnh A")],
        fix: [
            "Write it without accents or spaces, as the help suggests (`yen-bai`); the name with accents goes into `region.name`.",
            "Viết không dấu, không dấu cách, như dòng `help` gợi ý (`yen-bai`); tên có dấu đặt ở `region.name`.",
        ],
    },
    Entry {
        code: Code::BaseUrlNotAbsolute,
        title: [
            "base_url is not a full address",
            "base_url không phải địa chỉ đầy đủ",
        ],
        meaning: [
            "`base_url`, the address the site will have, must start with `https://` (or `http://`): feeds, the sitemap and social cards need it whole.",
            "`base_url`, địa chỉ trang sẽ có trên mạng, phải bắt đầu bằng `https://` (hoặc `http://`): nguồn tin, sơ đồ trang và ảnh chia sẻ mạng xã hội cần địa chỉ đầy đủ.",
        ],
        example: &[edit(
            SITE,
            "base_url: https://cchc.example.gov.vn/",
            "base_url: cchc.example.gov.vn",
        )],
        fix: [
            "Write the whole address, e.g. `https://cchc.yenbai.gov.vn/`. For a build at another address, pass `--base-url`.",
            "Viết đủ địa chỉ, ví dụ `https://cchc.yenbai.gov.vn/`. Muốn dựng trang cho một địa chỉ khác, dùng `--base-url`.",
        ],
    },
    Entry {
        code: Code::PageSizeZero,
        title: ["page_size is 0", "page_size bằng 0"],
        meaning: [
            "`page_size`, how many entries a list page shows, is 0.",
            "`page_size`, số mục trên mỗi trang danh sách, đang là 0.",
        ],
        example: &[edit(SITE, "page_size: 10", "page_size: 0")],
        fix: [
            "Write a number from 1 up, or remove the line (the default is 10).",
            "Ghi một số từ 1 trở lên, hoặc xóa dòng đó (mặc định là 10).",
        ],
    },
    Entry {
        code: Code::ThemeNotAName,
        title: ["theme is not a name", "theme không phải một cái tên"],
        meaning: [
            "`theme` must be the name of a folder under `themes/`, never a path.",
            "`theme` phải là tên một thư mục trong `themes/`, không phải một đường dẫn.",
        ],
        example: &[edit(SITE, "theme: default", "theme: ../giao-dien")],
        fix: [
            "Write a plain name (`theme: tinh-yen-bai`) and put the theme in `themes/tinh-yen-bai/`.",
            "Ghi một cái tên (`theme: tinh-yen-bai`) và đặt giao diện trong `themes/tinh-yen-bai/`.",
        ],
    },
    Entry {
        code: Code::ThemeNotFound,
        title: ["The theme has no folder", "Không có thư mục giao diện"],
        meaning: [
            "`theme` names a theme other than `default`, and `themes/<name>/` does not exist.",
            "`theme` ghi một giao diện khác `default`, nhưng không có thư mục `themes/<tên>/`.",
        ],
        example: &[edit(SITE, "theme: default", "theme: tinh-a")],
        fix: [
            "Create the folder (it may hold only what you change), or write `theme: default`.",
            "Tạo thư mục đó (chỉ cần chứa những gì bạn thay đổi), hoặc ghi `theme: default`.",
        ],
    },
    Entry {
        code: Code::IndicatorInTwoGroups,
        title: ["An indicator in two groups", "Một chỉ số ở hai nhóm"],
        meaning: [
            "The dashboard shows indicators in the `groups` of `site.yaml`; an indicator is listed in two of them.",
            "Trang tổng quan hiện các chỉ số theo `groups` trong `site.yaml`; một chỉ số được ghi ở hai nhóm.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "groups:\n  - { name: Chỉ số tổng hợp, indicators: [sipas] }\n  - { name: Hài lòng, indicators: [sipas] }\npage_size: 10",
        )],
        fix: [
            "Keep the indicator in one group.",
            "Chỉ giữ chỉ số ở một nhóm.",
        ],
    },
    Entry {
        code: Code::CmsRepoMissing,
        title: [
            "The editor has no repository",
            "Trình soạn thảo thiếu kho mã",
        ],
        meaning: [
            "With `cms.backend: github` or `gitlab`, the editor at `/admin/` saves each change as a commit to the site's repository, and `cms.repo` does not say which.",
            "Với `cms.backend: github` hay `gitlab`, trình soạn thảo ở `/admin/` lưu mỗi thay đổi thành một commit vào kho mã của trang, nhưng `cms.repo` chưa cho biết kho nào.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\npage_size: 10",
        )],
        fix: [
            "Add `repo: owner/name`, the repository the site is in.",
            "Thêm `repo: chủ/tên`, kho mã chứa trang.",
        ],
    },
    Entry {
        code: Code::CmsRepoNotARepo,
        title: [
            "cms.repo is not owner/name",
            "cms.repo không có dạng chủ/tên",
        ],
        meaning: [
            "`cms.repo` must be the owner and the name of the repository, separated by one `/`, without the address of the host.",
            "`cms.repo` phải là chủ và tên kho mã, ngăn cách bằng một dấu `/`, không ghi địa chỉ máy chủ.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\n  repo: https://github.com/so-noi-vu/cchc-yen-bai\npage_size: 10",
        )],
        fix: [
            "Write `repo: so-noi-vu/cchc-yen-bai`.",
            "Ghi `repo: so-noi-vu/cchc-yen-bai`.",
        ],
    },
    Entry {
        code: Code::CmsScriptNotAUrl,
        title: [
            "cms.script is not an address",
            "cms.script không phải địa chỉ",
        ],
        meaning: [
            "`cms.script`, where the editor's script comes from, must be an `https://` address or a path on the site starting with `/`.",
            "`cms.script`, nơi lấy mã chạy của trình soạn thảo, phải là địa chỉ `https://` hoặc đường dẫn trên trang bắt đầu bằng `/`.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: git-gateway\n  script: http://cdn.example.com/decap-cms.js\npage_size: 10",
        )],
        fix: [
            "Leave it out for the release baocao pins, or put the script under `content/static/` and write its path (`/admin/decap-cms.js`).",
            "Bỏ trường này để dùng phiên bản baocao đã chọn sẵn, hoặc đặt tệp mã trong `content/static/` và ghi đường dẫn (`/admin/decap-cms.js`).",
        ],
    },
    Entry {
        code: Code::CmsScriptWithoutIntegrity,
        title: [
            "A CMS script without its hash",
            "Mã trình soạn thảo thiếu mã băm",
        ],
        meaning: [
            "The editor's script comes from another host than the site and the release baocao pins, and `cms.integrity` does not give its hash, so a changed script would run unchecked.",
            "Mã chạy của trình soạn thảo lấy từ máy chủ khác với trang và khác phiên bản baocao chọn sẵn, mà `cms.integrity` không ghi mã băm của nó, nên nếu tệp bị thay đổi, nó vẫn chạy mà không bị kiểm tra.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: git-gateway\n  script: https://cdn.example.com/decap-cms.js\npage_size: 10",
        )],
        fix: [
            "Add `integrity: sha384-…`, the script's hash (`openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A`).",
            "Thêm `integrity: sha384-…`, mã băm của tệp (`openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A`).",
        ],
    },
    Entry {
        code: Code::CmsIntegrityNotAHash,
        title: [
            "cms.integrity is not a hash",
            "cms.integrity không phải mã băm",
        ],
        meaning: [
            "`cms.integrity` must be a Subresource Integrity hash: `sha256-`, `sha384-` or `sha512-` followed by base64.",
            "`cms.integrity` phải là mã băm Subresource Integrity: `sha256-`, `sha384-` hoặc `sha512-` rồi đến chuỗi base64.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: git-gateway\n  integrity: 3b1f0a\npage_size: 10",
        )],
        fix: [
            "Write `sha384-` followed by the base64 hash of the script.",
            "Ghi `sha384-` rồi đến mã băm base64 của tệp mã.",
        ],
    },
    Entry {
        code: Code::CmsAuthUrlNotHttps,
        title: [
            "cms.auth_url is not https://",
            "cms.auth_url không phải https://",
        ],
        meaning: [
            "`cms.auth_url`, the OAuth server the editor's login goes through, must be an `https://` address.",
            "`cms.auth_url`, máy chủ OAuth mà việc đăng nhập trình soạn thảo đi qua, phải là địa chỉ `https://`.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\n  repo: so-noi-vu/cchc-tinh-a\n  auth_url: http://auth.example.gov.vn\npage_size: 10",
        )],
        fix: [
            "Write its `https://` address.",
            "Ghi địa chỉ `https://` của máy chủ.",
        ],
    },
    Entry {
        code: Code::CmsFolderOutside,
        title: [
            "cms.folder leads out of the repository",
            "cms.folder đi ra ngoài kho mã",
        ],
        meaning: [
            "`cms.folder`, where the site folder is inside the repository, holds `..`, an empty part or a character a path cannot have.",
            "`cms.folder`, vị trí thư mục trang trong kho mã, có `..`, một phần trống hoặc ký tự không dùng được trong đường dẫn.",
        ],
        example: &[edit(
            SITE,
            "page_size: 10",
            "cms:\n  backend: github\n  repo: so-noi-vu/cchc-tinh-a\n  folder: ../site\npage_size: 10",
        )],
        fix: [
            "Write the site folder's path from the repository's root, e.g. `site`; leave it out when `content/` is at the root.",
            "Ghi đường dẫn thư mục trang tính từ gốc kho mã, ví dụ `site`; bỏ trường này khi `content/` nằm ngay ở gốc.",
        ],
    },
];
