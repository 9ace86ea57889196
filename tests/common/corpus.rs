//! A deterministic generator of national-scale sites in the contract's
//! format: provinces, their departments and districts, indicators with ten
//! years of values, news pages with tags, tables and chart blocks.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

pub struct Scale {
    pub provinces: usize,
    pub years: usize,
    pub agencies_per_province: usize,
    pub news: usize,
    pub indicators: usize,
}

/// A tiny deterministic PRNG (xorshift), so the corpus is the same for a seed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (self.next() % 10_000) as f64 / 10_000.0 * (hi - lo)
    }
}

const PROVINCE_NAMES: &[&str] = &[
    "Yên Bái",
    "Lào Cai",
    "Hà Giang",
    "Tuyên Quang",
    "Phú Thọ",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Hòa Bình",
    "Thái Nguyên",
    "Bắc Kạn",
    "Cao Bằng",
    "Lạng Sơn",
    "Quảng Ninh",
    "Bắc Giang",
];
const DEPARTMENTS: &[&str] = &[
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Thông tin và Truyền thông",
    "Sở Kế hoạch và Đầu tư",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Xây dựng",
];
const TAGS: &[&str] = &[
    "CCHC",
    "hành chính công",
    "chỉ số hài lòng",
    "dịch vụ công trực tuyến",
    "PCI",
    "PAR INDEX",
    "tinh giản biên chế",
    "chính quyền điện tử",
];

pub fn province_id(p: usize) -> String {
    format!("tinh-{:02}", p + 1)
}

#[allow(clippy::needless_range_loop)]
pub fn generate(root: &Path, s: &Scale, seed: u64) {
    let mut rng = Rng(seed.max(1));
    let content = root.join("content");
    fs::create_dir_all(content.join("data/indicators")).unwrap();
    fs::create_dir_all(content.join("data/agencies")).unwrap();
    fs::create_dir_all(content.join("news")).unwrap();
    fs::write(
        content.join("site.yaml"),
        "title: Cải cách hành chính toàn quốc\nbase_url: https://cchc.example.gov.vn/\nlanguage: vi\nregion: { id: viet-nam, name: Việt Nam }\npage_size: 10\n",
    )
    .unwrap();
    // Agencies: one People's Committee per province, departments and districts under it.
    let mut agency_ids = Vec::new();
    for p in 0..s.provinces {
        let pid = province_id(p);
        let pname = format!("{} {}", PROVINCE_NAMES[p % PROVINCE_NAMES.len()], p + 1);
        let mut y = format!(
            "name: Ủy ban nhân dân tỉnh {pname}\nkind: province\nparent: viet-nam\nhead: {{ name: Chủ tịch {pname}, title: Chủ tịch, since: 2016-05-01 }}\nresponsibilities:\n"
        );
        for k in 0..3 {
            let due = format!("2020-{:02}-28", 3 + k * 3);
            let done = if rng.next().is_multiple_of(3) {
                String::new()
            } else {
                format!(
                    ", done: 2020-{:02}-{:02}",
                    2 + k * 3 + (rng.next() % 3) as usize,
                    10
                )
            };
            writeln!(y, "  - {{ task: \"Nhiệm vụ CCHC số {k} của tỉnh\", due: {due}{done}, indicators: [ind-01] }}").unwrap();
        }
        fs::write(content.join(format!("data/agencies/{pid}.yaml")), y).unwrap();
        agency_ids.push(pid.clone());
        for a in 0..s.agencies_per_province.saturating_sub(1) {
            let id = format!("{pid}-dv-{:02}", a + 1);
            let (name, kind) = if a < DEPARTMENTS.len() {
                (format!("{} tỉnh {pname}", DEPARTMENTS[a]), "department")
            } else {
                (
                    format!("Ủy ban nhân dân huyện {} {}", a + 1, pname),
                    "district",
                )
            };
            let y = format!(
                "name: {name}\nkind: {kind}\nparent: {pid}\nheads:\n  - {{ name: Trần Văn {a}, title: Giám đốc, since: 2015-01-01, until: 2020-03-31 }}\n  - {{ name: Lê Thị {a}, title: Giám đốc, since: 2020-04-01 }}\nresponsibilities:\n  - {{ task: \"Công khai thủ tục hành chính\", due: 2020-06-30{} }}\n",
                if a % 2 == 0 { ", done: 2020-06-01" } else { "" }
            );
            fs::write(content.join(format!("data/agencies/{id}.yaml")), y).unwrap();
            agency_ids.push(id);
        }
    }
    // Indicators: values for every province over the years.
    let first_year = 2021 - s.years as i32;
    for i in 0..s.indicators {
        let id = format!("ind-{:02}", i + 1);
        let rank = i % 4 == 1;
        let mut y = if rank {
            format!(
                "name: Xếp hạng chỉ số {i}\nshort_name: HẠNG {i}\nunit: bậc\nkind: rank\nowner: {}\ntargets:\n  - {{ year: 2020, at_most: 30 }}\n  - {{ year: 2021, improve_by: {{ min: 2, max: 4 }} }}\nobservations:\n",
                agency_ids[0]
            )
        } else {
            format!(
                "name: Chỉ số thành phần {i}\nshort_name: CS{i}\nunit: \"%\"\nkind: percent\nowner: {}\ntargets:\n  - {{ year: 2020, above: 85 }}\n  - {{ year: 2022, at_least: 90 }}\nobservations:\n",
                agency_ids[0]
            )
        };
        for p in 0..s.provinces {
            let pid = province_id(p);
            for k in 0..s.years {
                let year = first_year + k as i32;
                let v = if rank {
                    (rng.next() % s.provinces as u64 + 1) as f64
                } else {
                    (rng.range(60.0, 95.0) * 100.0).round() / 100.0
                };
                writeln!(y, "  - {{ year: {year}, entity: {pid}, value: {v} }}").unwrap();
            }
        }
        fs::write(content.join(format!("data/indicators/{id}.yaml")), y).unwrap();
    }
    // News.
    fs::write(
        content.join("news/_index.md"),
        "---\ntitle: Tin tức\n---\nTin về cải cách hành chính.\n",
    )
    .unwrap();
    for n in 0..s.news {
        let ind = format!("ind-{:02}", n % s.indicators + 1);
        let tags: Vec<&str> = (0..3).map(|k| TAGS[(n + k * 3) % TAGS.len()]).collect();
        let day = 1 + n % 28;
        let month = 1 + (n / 28) % 12;
        let year = 2015 + (n / 336) as i32 % 10;
        let body = format!(
            "---\ntitle: \"Bản tin cải cách hành chính số {n}\"\ndate: {year}-{month:02}-{day:02}T08:00:00+07:00\nauthor: Phóng viên {a}\ntags: [{tags}]\nindicators: [{ind}]\nagencies: [{ag}]\n---\nTỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp (bản tin {n}).\n\n## Kết quả\n\n| Chỉ tiêu | Giá trị |\n|---|--:|\n| Hồ sơ trực tuyến | {v}% |\n| Thủ tục | {t} |\n\n```chart\nindicator: {ind}\ntype: line\nentities: [{p}]\n```\n\nNgười đứng đầu chịu trách nhiệm về kết quả cải cách hành chính của đơn vị mình.\n",
            a = n % 17,
            tags = tags.join(", "),
            ag = agency_ids[n % agency_ids.len()],
            v = 30 + n % 60,
            t = 400 + n % 200,
            p = province_id(n % s.provinces),
        );
        fs::write(content.join(format!("news/ban-tin-{n:05}.md")), body).unwrap();
    }
}
