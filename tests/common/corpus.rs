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
    /// Commune-level units under each province (kind commune).
    pub communes_per_province: usize,
    /// Indicators observed for every commune and year.
    pub commune_indicators: usize,
    /// Commune observations in `<id>.csv` beside the YAML (as from Excel).
    pub csv: bool,
}

impl Default for Scale {
    /// The national site: 63 provinces, 11 agencies each, 12 indicators
    /// over 10 years, 300 news pages, no communes.
    fn default() -> Self {
        Scale {
            provinces: 63,
            years: 10,
            agencies_per_province: 11,
            news: 300,
            indicators: 12,
            communes_per_province: 0,
            commune_indicators: 0,
            csv: false,
        }
    }
}

/// Commune and ward names (numbered past the list).
const COMMUNES: &[&str] = &[
    "xã An Bình",
    "xã Bảo Hưng",
    "phường Đồng Tâm",
    "xã Cát Thịnh",
    "xã Đại Phác",
    "phường Yên Ninh",
    "xã Hòa Cuông",
    "xã Khánh Hòa",
    "xã Lâm Giang",
    "xã Minh Xuân",
    "phường Nguyễn Thái Học",
    "xã Phúc Lợi",
    "xã Quang Minh",
    "xã Sơn Thịnh",
    "xã Tân Hợp",
    "phường Hồng Hà",
    "xã Việt Thành",
    "xã Xuân Ái",
    "xã Yên Thắng",
    "phường Nam Cường",
];

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

/// The 63 provinces and centrally-run cities (before the 2025 mergers),
/// the site's home province first. `true`: a centrally-run city, whose
/// bodies are named "… thành phố X" instead of "… tỉnh X".
const PROVINCES: &[(&str, bool)] = &[
    ("Yên Bái", false),
    ("Hà Nội", true),
    ("Hà Giang", false),
    ("Cao Bằng", false),
    ("Bắc Kạn", false),
    ("Tuyên Quang", false),
    ("Lào Cai", false),
    ("Điện Biên", false),
    ("Lai Châu", false),
    ("Sơn La", false),
    ("Hòa Bình", false),
    ("Thái Nguyên", false),
    ("Lạng Sơn", false),
    ("Quảng Ninh", false),
    ("Bắc Giang", false),
    ("Phú Thọ", false),
    ("Vĩnh Phúc", false),
    ("Bắc Ninh", false),
    ("Hải Dương", false),
    ("Hải Phòng", true),
    ("Hưng Yên", false),
    ("Thái Bình", false),
    ("Hà Nam", false),
    ("Nam Định", false),
    ("Ninh Bình", false),
    ("Thanh Hóa", false),
    ("Nghệ An", false),
    ("Hà Tĩnh", false),
    ("Quảng Bình", false),
    ("Quảng Trị", false),
    ("Thừa Thiên Huế", false),
    ("Đà Nẵng", true),
    ("Quảng Nam", false),
    ("Quảng Ngãi", false),
    ("Bình Định", false),
    ("Phú Yên", false),
    ("Khánh Hòa", false),
    ("Ninh Thuận", false),
    ("Bình Thuận", false),
    ("Kon Tum", false),
    ("Gia Lai", false),
    ("Đắk Lắk", false),
    ("Đắk Nông", false),
    ("Lâm Đồng", false),
    ("Bình Phước", false),
    ("Tây Ninh", false),
    ("Bình Dương", false),
    ("Đồng Nai", false),
    ("Bà Rịa - Vũng Tàu", false),
    ("Hồ Chí Minh", true),
    ("Long An", false),
    ("Tiền Giang", false),
    ("Bến Tre", false),
    ("Trà Vinh", false),
    ("Vĩnh Long", false),
    ("Đồng Tháp", false),
    ("An Giang", false),
    ("Kiên Giang", false),
    ("Cần Thơ", true),
    ("Hậu Giang", false),
    ("Sóc Trăng", false),
    ("Bạc Liêu", false),
    ("Cà Mau", false),
];
/// Real district-level names, given out in turn: "Ủy ban nhân dân huyện …".
const DISTRICTS: &[&str] = &[
    "huyện Văn Yên",
    "huyện Mù Cang Chải",
    "thị xã Nghĩa Lộ",
    "huyện Trấn Yên",
    "huyện Lục Yên",
    "huyện Văn Chấn",
    "huyện Trạm Tấu",
    "huyện Bảo Thắng",
    "thị xã Sa Pa",
    "huyện Bắc Hà",
    "huyện Đồng Văn",
    "huyện Mèo Vạc",
    "huyện Hoàng Su Phì",
    "huyện Xín Mần",
    "huyện Trùng Khánh",
    "huyện Hà Quảng",
    "huyện Ba Bể",
    "huyện Chợ Đồn",
    "huyện Na Hang",
    "huyện Chiêm Hóa",
    "huyện Mường Nhé",
    "huyện Tủa Chùa",
    "huyện Phong Thổ",
    "huyện Than Uyên",
    "huyện Mộc Châu",
    "huyện Thuận Châu",
    "huyện Mai Châu",
    "huyện Lạc Sơn",
    "huyện Định Hóa",
    "thành phố Sông Công",
    "huyện Cao Lộc",
    "huyện Tràng Định",
    "thành phố Móng Cái",
    "huyện Vân Đồn",
    "huyện Lục Ngạn",
    "huyện Yên Thế",
    "huyện Thanh Sơn",
    "huyện Tam Nông",
    "huyện Tam Đảo",
    "huyện Gia Bình",
    "huyện Kinh Môn",
    "huyện Cát Hải",
    "huyện Khoái Châu",
    "huyện Tiền Hải",
    "huyện Lý Nhân",
    "huyện Hải Hậu",
    "huyện Kim Sơn",
    "huyện Quan Sơn",
    "huyện Kỳ Sơn",
    "huyện Hương Khê",
    "huyện Minh Hóa",
    "huyện Hướng Hóa",
    "huyện A Lưới",
    "huyện Hòa Vang",
    "huyện Nam Trà My",
    "huyện Ba Tơ",
    "thị xã Hoài Nhơn",
    "huyện Đồng Xuân",
    "huyện Khánh Vĩnh",
    "huyện Bác Ái",
    "huyện Tuy Phong",
    "huyện Đăk Glei",
    "huyện Chư Prông",
    "huyện Buôn Đôn",
    "huyện Tuy Đức",
    "huyện Đam Rông",
    "huyện Bù Gia Mập",
    "huyện Tân Biên",
    "thành phố Thuận An",
    "huyện Tân Phú",
    "huyện Côn Đảo",
    "huyện Cần Giờ",
    "huyện Cần Giuộc",
    "huyện Cái Bè",
    "huyện Thạnh Phú",
    "huyện Cầu Ngang",
    "huyện Trà Ôn",
    "huyện Tháp Mười",
    "huyện An Phú",
    "huyện Kiên Hải",
    "huyện Phong Điền",
    "huyện Long Mỹ",
    "huyện Cù Lao Dung",
    "huyện Hồng Dân",
    "huyện Ngọc Hiển",
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

/// The province's name and the word for it in official names ("tỉnh" or
/// "thành phố"); past the 63, names repeat with a number.
fn province(p: usize) -> (String, &'static str) {
    let (name, city) = PROVINCES[p % PROVINCES.len()];
    let name = if p < PROVINCES.len() {
        name.to_string()
    } else {
        format!("{name} {}", p / PROVINCES.len() + 1)
    };
    (name, if city { "thành phố" } else { "tỉnh" })
}

/// One province's standing over the years: a fixed level, a slow trend and
/// a little year-to-year drift, all smooth.
struct Standing {
    level: f64,
    trend: f64,
    drift: Vec<f64>,
}

impl Standing {
    fn new(rng: &mut Rng, years: usize) -> Standing {
        let mut drift = Vec::with_capacity(years);
        let mut d = 0.0;
        for _ in 0..years {
            d = d * 0.6 + rng.range(-0.12, 0.12);
            drift.push(d);
        }
        Standing {
            level: rng.range(-1.0, 1.0),
            trend: rng.range(-0.06, 0.1),
            drift,
        }
    }
    /// A score around 0 (−1.5 … 1.5) in year `k` of the series.
    fn at(&self, k: usize) -> f64 {
        self.level + self.trend * k as f64 + self.drift[k]
    }
}

#[allow(clippy::needless_range_loop)]
pub fn generate(root: &Path, s: &Scale, seed: u64) {
    let mut rng = Rng(seed.max(1));
    let content = root.join("content");
    fs::create_dir_all(content.join("data/indicators")).unwrap();
    fs::create_dir_all(content.join("data/agencies")).unwrap();
    fs::create_dir_all(content.join("news")).unwrap();
    // The site of one province (the first) that compares itself with all.
    let (home, _) = province(0);
    fs::write(
        content.join("site.yaml"),
        format!(
            "title: Cải cách hành chính tỉnh {home}\nbase_url: https://cchc.example.gov.vn/\nlanguage: vi\nregion: {{ id: {}, name: {home} }}\npage_size: 10\n",
            province_id(0)
        ),
    )
    .unwrap();
    // Agencies: one People's Committee per province (the home one shares
    // the region's id), departments and districts under it.
    let mut agency_ids = Vec::new();
    let mut district = 0usize;
    for p in 0..s.provinces {
        let pid = province_id(p);
        let (pname, word) = province(p);
        let mut y = format!(
            "name: Ủy ban nhân dân {word} {pname}\nkind: province\nhead: {{ name: Chủ tịch {pname}, title: Chủ tịch, since: 2016-05-01 }}\nresponsibilities:\n"
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
                (format!("{} {word} {pname}", DEPARTMENTS[a]), "department")
            } else {
                district += 1;
                (
                    format!(
                        "Ủy ban nhân dân {}",
                        DISTRICTS[(district - 1) % DISTRICTS.len()]
                    ),
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
    // Communes: People's Committees under each province.
    let mut communes: Vec<String> = Vec::new();
    for p in 0..s.provinces {
        let pid = province_id(p);
        let (pname, word) = province(p);
        for c in 0..s.communes_per_province {
            let id = format!("{pid}-x{:03}", c + 1);
            let base = COMMUNES[c % COMMUNES.len()];
            let name = if c < COMMUNES.len() {
                base.to_string()
            } else {
                format!("{base} {}", c / COMMUNES.len() + 1)
            };
            let y = format!(
                "name: Ủy ban nhân dân {name}, {word} {pname}
short_name: {name}
kind: commune
parent: {pid}
head: {{ name: Chủ tịch {c}, title: Chủ tịch, since: 2021-01-01 }}
"
            );
            fs::write(content.join(format!("data/agencies/{id}.yaml")), y).unwrap();
            communes.push(id);
        }
    }
    let first_year = 2021 - s.years as i32;
    for i in 0..s.commune_indicators {
        let id = format!("xa-{:02}", i + 1);
        let mut y = format!(
            "name: Tỷ lệ hồ sơ giải quyết đúng hạn cấp xã, chỉ tiêu {i}
short_name: Xã {i}
unit: \"%\"
kind: percent
owner: {}
targets:
  - {{ year: 2020, at_least: 95 }}
",
            province_id(0)
        );
        let mut csv = String::from("entity,year,value\n");
        if !s.csv {
            y.push_str("observations:\n");
        }
        for (c, commune) in communes.iter().enumerate() {
            let level = 80.0 + rng.range(-12.0, 12.0) + (c % 7) as f64;
            let trend = rng.range(-0.4, 1.2);
            for k in 0..s.years {
                let year = first_year + k as i32;
                let v = ((level + trend * k as f64 + rng.range(-1.0, 1.0)).clamp(40.0, 100.0)
                    * 10.0)
                    .round()
                    / 10.0;
                if s.csv {
                    writeln!(csv, "{commune},{year},{v}").unwrap();
                } else {
                    writeln!(y, "  - {{ year: {year}, entity: {commune}, value: {v} }}").unwrap();
                }
            }
        }
        fs::write(content.join(format!("data/indicators/{id}.yaml")), y).unwrap();
        if s.csv {
            fs::write(content.join(format!("data/indicators/{id}.csv")), csv).unwrap();
        }
    }
    // Indicators: values for every province over the years, smooth; ranks
    // are the provinces' places by a smooth score, so they move a few
    // places a year, as published ranks do.
    let neighbours: Vec<String> = (1..s.provinces.min(4)).map(province_id).collect();
    for i in 0..s.indicators {
        let id = format!("ind-{:02}", i + 1);
        let rank = i % 4 == 1;
        let standings: Vec<Standing> = (0..s.provinces)
            .map(|_| Standing::new(&mut rng, s.years))
            .collect();
        // Every third indicator names its peers; the others use the default.
        let compare = if i % 3 == 2 && !neighbours.is_empty() {
            format!("compare: [{}]\n", neighbours.join(", "))
        } else {
            String::new()
        };
        let mut y = if rank {
            format!(
                "name: Xếp hạng chỉ số cải cách hành chính thành phần {i}\nshort_name: PAR {i}\nunit: bậc\nkind: rank\nowner: {}\n{compare}targets:\n  - {{ year: 2020, at_most: 30 }}\n  - {{ year: 2021, improve_by: {{ min: 2, max: 4 }} }}\nobservations:\n",
                agency_ids[0]
            )
        } else {
            format!(
                "name: Tỷ lệ hài lòng thành phần {i}\nshort_name: CS{i}\nunit: \"%\"\nkind: percent\nowner: {}\n{compare}targets:\n  - {{ year: 2020, above: 85 }}\n  - {{ year: 2022, at_least: 90 }}\nobservations:\n",
                agency_ids[0]
            )
        };
        let base = 72.0 + (i % 5) as f64 * 2.5;
        let mut ranks = vec![vec![0usize; s.years]; s.provinces];
        for k in 0..s.years {
            let mut order: Vec<usize> = (0..s.provinces).collect();
            order.sort_by(|&a, &b| {
                standings[b]
                    .at(k)
                    .total_cmp(&standings[a].at(k))
                    .then(a.cmp(&b))
            });
            for (place, &p) in order.iter().enumerate() {
                ranks[p][k] = place + 1;
            }
        }
        for p in 0..s.provinces {
            let pid = province_id(p);
            for k in 0..s.years {
                let year = first_year + k as i32;
                let v = if rank {
                    ranks[p][k] as f64
                } else {
                    let v = base + 9.0 * standings[p].at(k) + 0.8 * k as f64;
                    (v.clamp(40.0, 99.5) * 100.0).round() / 100.0
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
        // Charts as authors write them: one province, the home province
        // with peers, or every province (a ranked chart).
        let chart = match n % 3 {
            0 => format!("entities: [{}]\n", province_id(n % s.provinces)),
            // Peers only where there are other provinces.
            1 if s.provinces > 1 => {
                format!("compare: [{}]\n", province_id((n % s.provinces).max(1)))
            }
            _ => String::new(),
        };
        let body = format!(
            "---\ntitle: \"Bản tin cải cách hành chính số {n}\"\ndate: {year}-{month:02}-{day:02}T08:00:00+07:00\nauthor: Phóng viên {a}\ntags: [{tags}]\nindicators: [{ind}]\nagencies: [{ag}]\n---\nTỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp (bản tin {n}).\n\n## Kết quả\n\n| Chỉ tiêu | Giá trị |\n|---|--:|\n| Hồ sơ trực tuyến | {v}% |\n| Thủ tục | {t} |\n\n```chart\nindicator: {ind}\ntype: line\n{chart}```\n\nNgười đứng đầu chịu trách nhiệm về kết quả cải cách hành chính của đơn vị mình.\n",
            a = n % 17,
            tags = tags.join(", "),
            ag = agency_ids[n % agency_ids.len()],
            v = 30 + n % 60,
            t = 400 + n % 200,
        );
        fs::write(content.join(format!("news/ban-tin-{n:05}.md")), body).unwrap();
    }
}

/// The pixels (RGB) of a photo-like picture `w`×`h`, the same for a seed: a
/// wall in a warm gradient above a floor, a few people as soft shapes, and
/// the grain of a phone's sensor (so that encoders meet what they meet in
/// real photos, not flat colour).
pub fn photo_pixels(w: u32, h: u32, seed: u64) -> Vec<u8> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let (wf, hf) = (f64::from(w), f64::from(h));
    let horizon = hf * rng.range(0.5, 0.7);
    let wall = [
        rng.range(190.0, 240.0),
        rng.range(170.0, 220.0),
        rng.range(140.0, 200.0),
    ];
    let floor = [
        rng.range(120.0, 170.0),
        rng.range(110.0, 150.0),
        rng.range(90.0, 130.0),
    ];
    // (centre x, centre y, radius x, radius y, colour)
    let shapes: Vec<(f64, f64, f64, f64, [f64; 3])> = (0..8)
        .map(|_| {
            let cx = rng.range(0.05, 0.95) * wf;
            let cy = horizon + rng.range(-0.15, 0.2) * hf;
            let r = rng.range(0.03, 0.07) * wf;
            let colour = [
                rng.range(20.0, 230.0),
                rng.range(20.0, 230.0),
                rng.range(20.0, 230.0),
            ];
            (cx, cy, r, r * rng.range(1.2, 2.0), colour)
        })
        .collect();
    let mut px = Vec::with_capacity((w * h * 3) as usize);
    for y in 0..h {
        let yf = f64::from(y);
        let (base, t) = if yf < horizon {
            (wall, yf / horizon)
        } else {
            (floor, (yf - horizon) / (hf - horizon).max(1.0))
        };
        for x in 0..w {
            let xf = f64::from(x);
            // Light from the left, darker towards the bottom.
            let mut light = 1.05 - 0.25 * (xf / wf) - 0.2 * t;
            // Floor tiles: joints that narrow towards the horizon.
            if yf >= horizon {
                let depth = 0.3 + t;
                let u = ((xf - wf / 2.0) / (wf / 12.0 * depth)).rem_euclid(1.0);
                let v = (t * t * 9.0).rem_euclid(1.0);
                if u < 0.03 || v < 0.06 {
                    light *= 0.85;
                }
            }
            let mut c = [base[0] * light, base[1] * light, base[2] * light];
            for &(cx, cy, rx, ry, colour) in &shapes {
                let d = ((xf - cx) / rx).powi(2) + ((yf - cy) / ry).powi(2);
                if d < 1.0 {
                    let a = ((1.0 - d) * 4.0).min(1.0);
                    for k in 0..3 {
                        c[k] = c[k] * (1.0 - a) + colour[k] * (0.8 + 0.2 * (1.0 - d)) * a;
                    }
                }
            }
            for v in c {
                let grain = (rng.next() % 9) as f64 - 4.0;
                px.push((v + grain).clamp(0.0, 255.0) as u8);
            }
        }
    }
    px
}

/// An EXIF block as phones write one (`Exif\0\0` and a big-endian TIFF):
/// the orientation, the author, the camera's serial number and the GPS
/// position where the photo was taken (21°42'12.34" N).
pub fn exif(orientation: u16, author: &str, serial: &str) -> Vec<u8> {
    fn entry(t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]) {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&kind.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value);
    }
    let (author, serial) = (format!("{author}\0"), format!("{serial}\0"));
    let ifd0 = 8u32;
    let ifd0_len = 2 + 4 * 12 + 4;
    let author_at = ifd0 + ifd0_len;
    let serial_at = author_at + author.len() as u32;
    let gps_at = (serial_at + serial.len() as u32 + 1) & !1;
    let gps_len = 2 + 2 * 12 + 4;
    let rational_at = gps_at + gps_len;
    let mut t = b"MM\0\x2a".to_vec();
    t.extend_from_slice(&ifd0.to_be_bytes());
    t.extend_from_slice(&4u16.to_be_bytes());
    let o = orientation.to_be_bytes();
    entry(&mut t, 0x0112, 3, 1, [o[0], o[1], 0, 0]); // Orientation
    entry(
        &mut t,
        0x013B,
        2,
        author.len() as u32,
        author_at.to_be_bytes(),
    ); // Artist
    entry(&mut t, 0x8825, 4, 1, gps_at.to_be_bytes()); // GPS IFD
    entry(
        &mut t,
        0xA431,
        2,
        serial.len() as u32,
        serial_at.to_be_bytes(),
    ); // BodySerialNumber
    t.extend_from_slice(&0u32.to_be_bytes());
    t.extend_from_slice(author.as_bytes());
    t.extend_from_slice(serial.as_bytes());
    t.resize(gps_at as usize, 0);
    t.extend_from_slice(&2u16.to_be_bytes());
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0"); // GPSLatitudeRef
    entry(&mut t, 0x0002, 5, 3, rational_at.to_be_bytes()); // GPSLatitude
    t.extend_from_slice(&0u32.to_be_bytes());
    for (n, d) in [(21u32, 1u32), (42, 1), (1234, 100)] {
        t.extend_from_slice(&n.to_be_bytes());
        t.extend_from_slice(&d.to_be_bytes());
    }
    let mut out = b"Exif\0\0".to_vec();
    out.extend_from_slice(&t);
    out
}

/// A JPEG of `pixels` (RGB, `w`×`h`) at quality 90, with `exif` as its
/// APP1 segment when given.
pub fn jpeg(pixels: &[u8], w: u32, h: u32, exif: Option<Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, 90);
    if let Some(e) = exif {
        enc.add_app_segment(1, e).unwrap();
    }
    enc.encode(pixels, w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

/// Makes the first `n` news pages of a generated site folders that carry a
/// photo (`ban-tin-00007/index.md` and `ban-tin-00007/anh.jpg`, `w`×`h`
/// with a phone's EXIF), shown under the title with its alt text and
/// caption. Their addresses stay the same.
pub fn add_photos(root: &Path, n: usize, w: u32, h: u32, seed: u64) {
    let news = root.join("content/news");
    for k in 0..n {
        let page = news.join(format!("ban-tin-{k:05}.md"));
        let Ok(text) = fs::read_to_string(&page) else {
            break;
        };
        let folder = news.join(format!("ban-tin-{k:05}"));
        fs::create_dir_all(&folder).unwrap();
        let text = text.replacen(
            "\n---\n",
            &format!(
                "\nimage:\n  src: anh.jpg\n  alt: \"Quang cảnh buổi làm việc số {k}: cán bộ tiếp nhận hồ sơ của người dân\"\n  caption: \"Buổi làm việc số {k} (ảnh minh họa).\"\n---\n"
            ),
            1,
        );
        fs::write(folder.join("index.md"), text).unwrap();
        fs::remove_file(&page).unwrap();
        let exif = exif(1, &format!("Phóng viên {}", k % 17), &format!("SN{k:08}"));
        let bytes = jpeg(
            &photo_pixels(w, h, seed.wrapping_add(k as u64)),
            w,
            h,
            Some(exif),
        );
        fs::write(folder.join("anh.jpg"), bytes).unwrap();
    }
}
