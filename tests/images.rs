//! Photos in pages: resized to a few widths (never larger than they are),
//! in their own format and in WebP, without metadata, turned as their EXIF
//! says, cached between builds; refused with a located error when they
//! are missing, damaged, lying about their format, too large or without
//! alt text, leaving `output/` as it was.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::corpus::{exif, jpeg, photo_pixels};
use common::{Site, main_of};

/// The site's files in an output folder (without baocao's bookkeeping).
fn published(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = common::snapshot(dir);
    m.retain(|k, _| !k.starts_with(".baocao-"));
    m
}

/// Two outputs are the same; if not, which files differ.
fn assert_same(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str) {
    let differ: Vec<&String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .collect();
    assert!(differ.is_empty(), "{what}: these differ: {differ:?}");
}

const PAGE: &str = "content/news/hop/index.md";

/// A photo-like JPEG, `w`×`h`.
fn photo(w: u32, h: u32, seed: u64) -> Vec<u8> {
    jpeg(&photo_pixels(w, h, seed), w, h, None)
}

/// A PNG of `pixels` (RGB), with optional extra chunks (type, data).
fn png_bytes(
    pixels: &[u8],
    w: u32,
    h: u32,
    text: Option<(&str, &str)>,
    exif: Option<&[u8]>,
) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        if let Some((k, v)) = text {
            enc.add_itxt_chunk(k.to_string(), v.to_string()).unwrap();
        }
        let mut wr = enc.write_header().unwrap();
        if let Some(e) = exif {
            wr.write_chunk(png::chunk::ChunkType(*b"eXIf"), e).unwrap();
        }
        wr.write_image_data(pixels).unwrap();
    }
    out
}

/// A flat drawing, as PNG: two bands of colour.
fn drawing(w: u32, h: u32) -> Vec<u8> {
    let mut px = Vec::with_capacity((w * h * 3) as usize);
    for y in 0..h {
        for _ in 0..w {
            px.extend_from_slice(if y < h / 2 {
                &[20, 90, 180]
            } else {
                &[240, 240, 235]
            });
        }
    }
    png_bytes(&px, w, h, None, None)
}

/// A page of the news section, as a folder with its photos.
fn page(front: &str, body: &str) -> String {
    format!("---\ntitle: Hội nghị một cửa\ndate: 2020-06-15T08:00:00+07:00\n{front}---\n{body}")
}

fn site_with(files: &[(&str, Vec<u8>)]) -> Site {
    let site = Site::minimal();
    for (p, b) in files {
        site.write_bytes(p, b);
    }
    site
}

/// The width and height of a published file.
fn size_of(bytes: &[u8], name: &str) -> (u32, u32) {
    if name.ends_with(".webp") {
        let f = webp::BitstreamFeatures::new(bytes).unwrap_or_else(|| panic!("{name} is no WebP"));
        (f.width(), f.height())
    } else {
        let img = image::load_from_memory(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        (img.width(), img.height())
    }
}

/// The files of a page's output folder but its HTML.
fn photo_files(site: &Site, folder: &str) -> BTreeSet<String> {
    fs::read_dir(site.out(folder))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "index.html")
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_photo_with_a_caption_is_a_figure_served_with_srcset_in_webp_and_its_own_format() {
    let site = site_with(&[
        ("content/news/hop/anh.jpg", photo(2000, 1333, 1)),
        ("content/news/hop/so-do.png", drawing(700, 300)),
    ]);
    site.write(
        PAGE,
        &page(
            "",
            "Đoạn đầu của bài.\n\n![Cán bộ tiếp nhận hồ sơ](anh.jpg \"Bộ phận một cửa huyện\")\n\nĐoạn sau.\n\n![Sơ đồ quầy](so-do.png)\n",
        ),
    );
    let r = site.build();
    assert!(r.stderr.contains("2 photos, 2 resized"), "{}", r.stderr);
    // Widths 480, 960, 1600 (a 2000 px photo), each in JPEG and WebP; the
    // drawing at 480 and its own 700; nothing else, not the originals.
    assert_eq!(
        photo_files(&site, "news/hop"),
        set(&[
            "anh-1600.jpg",
            "anh-1600.webp",
            "anh-480.jpg",
            "anh-480.webp",
            "anh-960.jpg",
            "anh-960.webp",
            "so-do-480.png",
            "so-do-480.webp",
            "so-do-700.png",
            "so-do-700.webp",
        ])
    );
    for (name, size) in [
        ("anh-480", (480, 320)),
        ("anh-960", (960, 640)),
        ("anh-1600", (1600, 1066)),
    ] {
        for ext in ["jpg", "webp"] {
            let f = format!("{name}.{ext}");
            let bytes = fs::read(site.out(&format!("news/hop/{f}"))).unwrap();
            assert_eq!(size_of(&bytes, &f), size, "{f}");
        }
    }
    // A photo's WebP is smaller than its JPEG at the same width.
    let jpg = fs::metadata(site.out("news/hop/anh-960.jpg"))
        .unwrap()
        .len();
    let webp = fs::metadata(site.out("news/hop/anh-960.webp"))
        .unwrap()
        .len();
    assert!(webp < jpg, "960 px: WebP {webp} bytes, JPEG {jpg} bytes");

    let html = site.page("news/hop/index.html");
    let main = main_of(&html);
    assert!(
        main.contains("<figure class=\"photo\"><picture><source type=\"image/webp\" srcset=\"/news/hop/anh-480.webp 480w, /news/hop/anh-960.webp 960w, /news/hop/anh-1600.webp 1600w\" sizes=\""),
        "{main}"
    );
    assert!(
        main.contains("<img src=\"/news/hop/anh-960.jpg\" srcset=\"/news/hop/anh-480.jpg 480w, /news/hop/anh-960.jpg 960w, /news/hop/anh-1600.jpg 1600w\""),
        "{main}"
    );
    // Its place kept while it loads; on the first screen, so not lazy.
    let first = &main[main.find("anh-960.jpg").unwrap()..];
    let first = &first[..first.find('>').unwrap()];
    assert!(
        first.contains("width=\"960\" height=\"640\" alt=\"Cán bộ tiếp nhận hồ sơ\"")
            && !first.contains("lazy"),
        "{first}"
    );
    assert!(main.contains("<figcaption>Bộ phận một cửa huyện</figcaption></figure>"));
    // The paragraphs around it stay paragraphs.
    assert!(main.contains("<p>Đoạn đầu của bài.</p>") && main.contains("<p>Đoạn sau.</p>"));
    // Without a caption: in its paragraph, no figure; below the first
    // screen: lazy.
    assert!(
        main.contains("<p><picture><source type=\"image/webp\" srcset=\"/news/hop/so-do-480.webp 480w, /news/hop/so-do-700.webp 700w\"")
            && main.contains("width=\"700\" height=\"300\" alt=\"Sơ đồ quầy\" loading=\"lazy\""),
        "{main}"
    );
}

#[test]
fn photos_are_never_made_larger_than_they_are() {
    let site = site_with(&[
        ("content/news/hop/vua.jpg", photo(600, 400, 2)),
        ("content/news/hop/nho.jpg", photo(300, 200, 3)),
        ("content/news/hop/sat.jpg", photo(1000, 500, 4)),
    ]);
    site.write(
        PAGE,
        &page(
            "",
            "Ảnh.\n\n![Vừa](vua.jpg) ![Nhỏ](nho.jpg) ![Sát](sat.jpg)\n",
        ),
    );
    site.build();
    // 600: 480 and itself; 300: itself; 1000: 480 and itself (960 is
    // within 10 % of it: not worth a file).
    assert_eq!(
        photo_files(&site, "news/hop"),
        set(&[
            "nho-300.jpg",
            "nho-300.webp",
            "sat-1000.jpg",
            "sat-1000.webp",
            "sat-480.jpg",
            "sat-480.webp",
            "vua-480.jpg",
            "vua-480.webp",
            "vua-600.jpg",
            "vua-600.webp",
        ])
    );
    for (f, size) in [("vua-600.jpg", (600, 400)), ("nho-300.webp", (300, 200))] {
        let bytes = fs::read(site.out(&format!("news/hop/{f}"))).unwrap();
        assert_eq!(size_of(&bytes, f), size, "{f}");
    }
    let html = site.page("news/hop/index.html");
    assert!(
        html.contains("<img src=\"/news/hop/vua-600.jpg\""),
        "{html}"
    );
    assert!(html.contains("width=\"300\" height=\"200\" alt=\"Nhỏ\""));
}

#[test]
fn an_unchanged_photo_is_never_resized_again() {
    let site = site_with(&[
        ("content/news/hop/anh.jpg", photo(1200, 800, 5)),
        ("content/news/hop/hai.jpg", photo(800, 600, 6)),
    ]);
    site.write(PAGE, &page("", "![Một](anh.jpg)\n\n![Hai](hai.jpg)\n"));
    let r = site.build();
    assert!(r.stderr.contains("2 photos, 2 resized"), "{}", r.stderr);
    let first = published(&site.root().join("output"));
    assert!(site.root().join(".baocao-cache/images").is_dir());

    // Into another folder (nothing to reuse there): the cache serves.
    let r = site.build_with(&["--output", "elsewhere"]);
    assert!(r.stderr.contains("2 photos, 0 resized"), "{}", r.stderr);
    assert_same(
        &first,
        &published(&site.root().join("elsewhere")),
        "from the cache",
    );

    // A changed photo is resized again, the other is not.
    site.write_bytes("content/news/hop/hai.jpg", &photo(800, 600, 7));
    let r = site.build();
    assert!(r.stderr.contains("2 photos, 1 resized"), "{}", r.stderr);

    // A damaged cache entry is not used; the files come out the same.
    let cache = site.root().join(".baocao-cache/images");
    for e in walkdir::WalkDir::new(&cache) {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "webp") {
            fs::write(e.path(), b"RIFF....WEBPVP8 damaged").unwrap();
        }
    }
    let before = published(&site.root().join("output"));
    let r = site.build_with(&["--output", "third"]);
    assert!(r.stderr.contains("2 photos, 2 resized"), "{}", r.stderr);
    assert_same(
        &before,
        &published(&site.root().join("third")),
        "a damaged cache",
    );
}

#[test]
fn two_builds_in_two_empty_folders_give_the_same_photo_files() {
    let make = || {
        let s = site_with(&[
            ("content/news/hop/anh.jpg", photo(1700, 1000, 8)),
            ("content/news/hop/so-do.png", drawing(900, 500)),
        ]);
        s.write(
            PAGE,
            &page(
                "image: { src: anh.jpg, alt: Hội nghị, caption: Toàn cảnh }\n",
                "![Sơ đồ](so-do.png \"Sơ đồ\")\n",
            ),
        );
        s.build();
        published(&s.root().join("output"))
    };
    let (a, b) = (make(), make());
    assert!(a.keys().any(|k| k.ends_with("anh-1600.webp")));
    assert_same(&a, &b, "two builds");
}

/// The segments of a JPEG before its image data: (marker, payload).
fn jpeg_segments(b: &[u8]) -> Vec<(u8, Vec<u8>)> {
    let mut out = Vec::new();
    let mut i = 2;
    while i + 4 <= b.len() && b[i] == 0xFF {
        let marker = b[i + 1];
        let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
        out.push((marker, b[i + 4..i + 2 + len].to_vec()));
        if marker == 0xDA {
            break;
        }
        i += 2 + len;
    }
    out
}

/// The chunk types of a PNG, or of a WebP's RIFF container.
fn chunks(b: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    if b.starts_with(b"\x89PNG") {
        let mut i = 8;
        while i + 8 <= b.len() {
            let len = u32::from_be_bytes(b[i..i + 4].try_into().unwrap()) as usize;
            out.push(String::from_utf8_lossy(&b[i + 4..i + 8]).into_owned());
            i += 12 + len;
        }
    } else {
        let mut i = 12;
        while i + 8 <= b.len() {
            let len = u32::from_le_bytes(b[i + 4..i + 8].try_into().unwrap()) as usize;
            out.push(String::from_utf8_lossy(&b[i..i + 4]).into_owned());
            i += 8 + len + (len & 1);
        }
    }
    out
}

#[test]
fn no_published_file_carries_the_gps_position_author_or_camera_serial() {
    let (w, h) = (1000, 700);
    let px = photo_pixels(w, h, 9);
    let meta = exif(1, "Nguyễn Văn Chụp", "SN-4711-CAMERA");
    let site = site_with(&[
        (
            "content/news/hop/anh.jpg",
            jpeg(&px, w, h, Some(meta.clone())),
        ),
        (
            "content/news/hop/ve.png",
            png_bytes(
                &px,
                w,
                h,
                Some(("Author", "Nguyễn Văn Chụp")),
                Some(&meta[6..]),
            ),
        ),
    ]);
    // The inputs do carry them.
    let input = fs::read(site.root().join("content/news/hop/anh.jpg")).unwrap();
    let has = |b: &[u8], needle: &[u8]| b.windows(needle.len()).any(|x| x == needle);
    let gps = [0, 0, 0, 21, 0, 0, 0, 1, 0, 0, 0, 42, 0, 0, 0, 1];
    assert!(has(&input, b"SN-4711-CAMERA") && has(&input, &gps));
    site.write(PAGE, &page("", "![Ảnh](anh.jpg)\n\n![Vẽ](ve.png)\n"));
    site.build();

    let files = photo_files(&site, "news/hop");
    assert_eq!(files.len(), 8, "{files:?}");
    for f in &files {
        let b = fs::read(site.out(&format!("news/hop/{f}"))).unwrap();
        for needle in [&b"Exif"[..], b"SN-4711", "Chụp".as_bytes(), b"Author", &gps] {
            assert!(!has(&b, needle), "{f} carries {needle:?}");
        }
        if f.ends_with(".jpg") {
            // No APPn segment but JFIF's (APP0), no comment.
            let markers: Vec<u8> = jpeg_segments(&b).iter().map(|s| s.0).collect();
            assert!(
                markers
                    .iter()
                    .all(|&m| m == 0xE0 || !(0xE1..=0xEF).contains(&m) && m != 0xFE),
                "{f}: {markers:x?}"
            );
        } else if f.ends_with(".png") {
            assert_eq!(chunks(&b), ["IHDR", "IDAT", "IEND"], "{f}");
        } else {
            let c = chunks(&b);
            assert!(c == ["VP8 "] || c == ["VP8L"], "{f}: {c:?}");
        }
    }
}

/// A photo stored `w`×`h`, red on the left half, blue on the right, with
/// EXIF orientation `o`.
fn halves(w: u32, h: u32, o: u16) -> Vec<u8> {
    let mut px = Vec::new();
    for _ in 0..h {
        for x in 0..w {
            px.extend_from_slice(if x < w / 2 {
                &[220, 30, 30]
            } else {
                &[30, 30, 220]
            });
        }
    }
    jpeg(&px, w, h, Some(exif(o, "A", "B")))
}

#[test]
fn the_exif_orientation_is_applied() {
    // 6: turn 90° clockwise (the left half goes on top); 8: 90° the other
    // way (the left half goes below); 1: as stored.
    let site = site_with(&[
        ("content/news/hop/sau.jpg", halves(80, 40, 6)),
        ("content/news/hop/tam.jpg", halves(80, 40, 8)),
        ("content/news/hop/mot.jpg", halves(80, 40, 1)),
    ]);
    site.write(
        PAGE,
        &page("", "![Sáu](sau.jpg) ![Tám](tam.jpg) ![Một](mot.jpg)\n"),
    );
    site.build();
    let red = |p: &image::Rgb<u8>| p[0] > 150 && p[2] < 100;
    let blue = |p: &image::Rgb<u8>| p[2] > 150 && p[0] < 100;
    for (name, top_red) in [("sau-40", true), ("tam-40", false)] {
        let img = image::open(site.out(&format!("news/hop/{name}.jpg")))
            .unwrap()
            .to_rgb8();
        assert_eq!(img.dimensions(), (40, 80), "{name}");
        let (top, bottom) = (img.get_pixel(20, 10), img.get_pixel(20, 70));
        if top_red {
            assert!(red(top) && blue(bottom), "{name}: {top:?} {bottom:?}");
        } else {
            assert!(blue(top) && red(bottom), "{name}: {top:?} {bottom:?}");
        }
        let webp = format!("{name}.webp");
        let bytes = fs::read(site.out(&format!("news/hop/{webp}"))).unwrap();
        assert_eq!(size_of(&bytes, &webp), (40, 80));
    }
    let img = image::open(site.out("news/hop/mot-80.jpg"))
        .unwrap()
        .to_rgb8();
    assert_eq!(img.dimensions(), (80, 40));
    assert!(red(img.get_pixel(10, 20)) && blue(img.get_pixel(70, 20)));
    let html = site.page("news/hop/index.html");
    assert!(
        html.contains("width=\"40\" height=\"80\" alt=\"Sáu\""),
        "{html}"
    );
}

/// A PNG header claiming `w`×`h` pixels (a decompression bomb's), with a
/// little compressed data after it.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let real = drawing(8, 8);
    let mut b = real.clone();
    b[16..20].copy_from_slice(&w.to_be_bytes());
    b[20..24].copy_from_slice(&h.to_be_bytes());
    // The header's checksum, as a real bomb would have it.
    let crc = crc32(&b[12..29]);
    b[29..33].copy_from_slice(&crc.to_be_bytes());
    b
}

/// A JPEG whose frame header claims `w`×`h` pixels.
fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut b = photo(16, 16, 1);
    let sof = b
        .windows(2)
        .position(|x| x[0] == 0xFF && (x[1] == 0xC0 || x[1] == 0xC2))
        .unwrap();
    b[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    b[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    b
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &byte in data {
        c ^= u32::from(byte);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

#[test]
fn bombs_damaged_files_and_lying_names_are_refused_at_their_line() {
    let site = site_with(&[("content/news/hop/anh.jpg", photo(600, 400, 10))]);
    site.write(PAGE, &page("", "Đoạn đầu.\n\n![Ảnh](anh.jpg)\n"));
    site.build();
    let before = published(&site.root().join("output"));
    let good = photo(600, 400, 10);
    let mut cut = good.clone();
    cut.truncate(good.len() / 3);
    let mut scrambled = good[..700].to_vec();
    scrambled.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "bom.png",
            png_claiming(30_000, 30_000),
            "is 30000 × 30000 pixels: baocao takes photos of at most 64 megapixels",
            "resize it",
        ),
        (
            "bom.jpg",
            jpeg_claiming(30_000, 30_000),
            "is 30000 × 30000 pixels",
            "resize it",
        ),
        (
            "dai.png",
            png_claiming(100_000, 10),
            "is 100000 × 10 pixels",
            "resize it",
        ),
        (
            "vuong.png",
            png_claiming(16_000, 16_000),
            "is 16000 × 16000 pixels",
            "resize it",
        ),
        ("cat.jpg", cut, "cannot be read", "damaged or cut short"),
        (
            "hong.jpg",
            scrambled,
            "cannot be read",
            "damaged or cut short",
        ),
        (
            "ve.jpg",
            drawing(10, 10),
            "is named as a JPEG but is a PNG file",
            "rename it `ve.png`",
        ),
        (
            "iphone.jpg",
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(),
            "is named as a JPEG but is a HEIC/AVIF file",
            "phones' HEIC photos can be exported as JPEG",
        ),
        (
            "rong.png",
            Vec::new(),
            "is not an image",
            "export the photo again",
        ),
        (
            "chu.jpg",
            b"<html>not a photo</html>".to_vec(),
            "is not an image",
            "",
        ),
    ];
    for (name, bytes, msg, hint) in cases {
        site.write_bytes(&format!("content/news/hop/{name}"), &bytes);
        site.write(PAGE, &page("", &format!("Đoạn đầu.\n\n![Ảnh]({name})\n")));
        let t = std::time::Instant::now();
        let r = site.run(&["build", "--today", "2020-12-31"]);
        let e = &r.stderr;
        assert_eq!(r.code, 1, "{name}: {e}");
        assert!(
            e.contains(&format!(
                "]: {PAGE}:7:1: the image content/news/hop/{name} {msg}"
            )),
            "{name}: {e}"
        );
        assert!(e.contains(hint), "{name}: {e}");
        assert!(!e.contains("panicked"), "{name}: {e}");
        assert!(t.elapsed().as_secs() < 20, "{name}: {:?}", t.elapsed());
        assert_same(&before, &published(&site.root().join("output")), name);
        fs::remove_file(site.root().join(format!("content/news/hop/{name}"))).unwrap();
    }
}

#[test]
fn alt_text_is_required_unless_marked_as_decoration() {
    let site = site_with(&[
        ("content/news/hop/anh.jpg", photo(500, 300, 11)),
        ("content/news/hop/hoa-van.png", drawing(500, 40)),
    ]);
    site.write(PAGE, &page("", "![Ảnh](anh.jpg)\n"));
    site.build();
    let before = published(&site.root().join("output"));
    // Every missing alt text at once, each where it is (or should be).
    site.write(
        PAGE,
        &page(
            "image:\n  src: anh.jpg\n  caption: Hội nghị\n",
            "Đoạn đầu.\n\n![](anh.jpg) và ![  ](hoa-van.png \"Hoa văn\")\n",
        ),
    );
    let r = site.run(&["build", "--today", "2020-12-31"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let e = &r.stderr;
    for (at, what) in [
        ("5:3", "anh.jpg"),
        ("10:3", "anh.jpg"),
        ("10:19", "hoa-van.png"),
    ] {
        assert!(
            e.contains(&format!(
                "error[E0901]: {PAGE}:{at}: the image `{what}` has no alt text"
            )),
            "{at}: {e}"
        );
    }
    assert!(e.contains("add `alt:` with what the photo shows") && e.contains("`decorative: true`"));
    assert!(
        e.contains("for decoration only, write `![-](hoa-van.png)`"),
        "{e}"
    );
    assert!(e.contains("3 errors found"), "{e}");
    assert_same(&before, &published(&site.root().join("output")), "alt text");

    // An empty `alt:` is located at itself.
    site.write(
        PAGE,
        &page("image: { src: anh.jpg, alt: \" \" }\n", "Đoạn.\n"),
    );
    let r = site.run(&["build", "--today", "2020-12-31"]);
    assert!(
        r.stderr.contains(&format!(
            "error[E0901]: {PAGE}:4:29: the image `anh.jpg` has no alt text"
        )),
        "{}",
        r.stderr
    );

    // Decoration: published with an empty alt, screen readers pass over it.
    site.write(
        PAGE,
        &page(
            "image: { src: anh.jpg, decorative: true }\n",
            "Đoạn.\n\n![-](hoa-van.png)\n",
        ),
    );
    site.build();
    let html = site.page("news/hop/index.html");
    let main = main_of(&html);
    assert_eq!(main.matches(" alt=\"\"").count(), 2, "{main}");
    assert!(!html.contains("og:image:alt"), "{html}");
}

#[test]
fn a_missing_or_unusable_image_is_an_error_at_its_line() {
    let site = site_with(&[
        ("content/news/hop/anh-moi.jpeg", photo(400, 300, 12)),
        ("content/news/hop/hinh.gif", b"GIF89a".to_vec()),
        (
            "content/static/files/logo.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
        ),
    ]);
    site.write(
        PAGE,
        &page(
            "image: { src: /anh/bia.jpg, alt: Bìa }\n",
            "Đoạn đầu.\n\n![Ảnh mới](anh-moi.jpg)\n\n![Hình](hinh.gif)\n\n![Ra ngoài](../../../../etc/passwd.jpg)\n\n![Logo](/files/logo.svg)\n",
        ),
    );
    let r = site.run(&["build", "--today", "2020-12-31"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let e = &r.stderr;
    for (at, msg) in [
        (
            "4:15",
            "the image `/anh/bia.jpg` does not exist (looked for content/static/anh/bia.jpg)",
        ),
        (
            "8:1",
            "the image `anh-moi.jpg` does not exist (looked for content/news/hop/anh-moi.jpg)",
        ),
        (
            "10:1",
            "baocao publishes photos beside a page as JPEG or PNG, and `hinh.gif` is neither",
        ),
        (
            "12:1",
            "the image `../../../../etc/passwd.jpg` leads outside content/",
        ),
    ] {
        assert!(e.contains(&format!("]: {PAGE}:{at}: {msg}")), "{at}: {e}");
    }
    assert!(e.contains("did you mean `anh-moi.jpeg`?"), "{e}");
    assert!(e.contains("4 errors found"), "{e}");
    // A static file that is not a photo is published as it is.
    site.write(PAGE, &page("", "![Logo](/files/logo.svg)\n"));
    site.build();
    assert!(
        site.page("news/hop/index.html")
            .contains("<img src=\"/files/logo.svg\" alt=\"Logo\"")
    );
}

#[test]
fn the_featured_photo_shows_in_lists_on_the_home_page_and_as_the_social_card() {
    let site = site_with(&[
        ("content/news/hop/anh.jpg", photo(2000, 1000, 13)),
        ("content/news/ban/chart.jpg", photo(1000, 500, 14)),
        ("content/news/than/trong-bai.jpg", photo(1000, 500, 15)),
    ]);
    site.write(
        PAGE,
        &page(
            "image:\n  src: anh.jpg\n  alt: Toàn cảnh hội nghị\n  caption: Hội nghị sáng 15/6\n",
            "Đoạn đầu.\n",
        ),
    );
    // A page with a chart keeps the chart as its card.
    site.write(
        "content/news/ban/index.md",
        "---\ntitle: Bàn về SIPAS\ndate: 2020-06-10\nindicators: [sipas]\nimage: { src: chart.jpg, alt: Bàn làm việc }\n---\nĐoạn.\n",
    );
    // Without `image:`, the first photo of the text is featured.
    site.write(
        "content/news/than/index.md",
        "---\ntitle: Thân bài\ndate: 2020-06-05\n---\nĐoạn.\n\n![Trong bài](trong-bai.jpg)\n",
    );
    site.build();
    let html = site.page("news/hop/index.html");
    // Under the title, with its caption, not lazy.
    assert!(
        html.contains("<figure class=\"photo\"><picture><source type=\"image/webp\" srcset=\"/news/hop/anh-480.webp 480w"),
        "{html}"
    );
    assert!(html.contains("alt=\"Toàn cảnh hội nghị\" decoding=\"async\"></picture><figcaption>Hội nghị sáng 15/6</figcaption>"), "{html}");
    for meta in [
        "<meta property=\"og:image\" content=\"https://example.gov.vn/news/hop/anh-1600.jpg\">",
        "<meta property=\"og:image:width\" content=\"1600\">",
        "<meta property=\"og:image:height\" content=\"800\">",
        "<meta property=\"og:image:alt\" content=\"Toàn cảnh hội nghị\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
    ] {
        assert!(html.contains(meta), "{meta}");
    }
    let ban = site.page("news/ban/index.html");
    assert!(
        ban.contains("og:image\" content=\"https://example.gov.vn/indicators/sipas/card.png\""),
        "{ban}"
    );
    let than = site.page("news/than/index.html");
    assert!(
        than.contains("og:image\" content=\"https://example.gov.vn/news/than/trong-bai-1000.jpg\"")
    );

    // Lists: a thumbnail beside the title (its alt empty: the title says
    // what it is), the first two on the first screen.
    let list = site.page("news/index.html");
    let item = |html: &str, url: &str| -> String {
        let at = html.find(&format!("<a href=\"{url}\"")).unwrap();
        let li = html[..at].rfind("<li").unwrap();
        html[li..at].to_string()
    };
    let hop = item(main_of(&list), "/news/hop/");
    assert!(
        hop.contains("class=\"has-thumb\"")
            && hop.contains("srcset=\"/news/hop/anh-480.webp 480w")
            && hop.contains(" alt=\"\"")
            && !hop.contains("lazy"),
        "{hop}"
    );
    assert!(item(main_of(&list), "/news/than/").contains("/news/than/trong-bai-480.webp"));
    let home = site.page("index.html");
    assert!(
        item(main_of(&home), "/news/hop/").contains("/news/hop/anh-480.jpg 480w"),
        "{home}"
    );
    // The minimal site's page has no photo, and no thumbnail.
    assert!(!item(main_of(&list), "/news/tin-mot/").contains("<picture"));
}

#[test]
fn pages_that_are_folders_keep_their_address_and_hold_no_other_pages() {
    let site = Site::minimal();
    site.write("content/news/hop/index.md", &page("", "Đoạn.\n"));
    // `index.md` straight in a section is a page named `index`, as before.
    site.write(
        "content/pages/index.md",
        "---\ntitle: Mục lục\n---\nĐoạn.\n",
    );
    site.build();
    assert!(site.out("news/hop/index.html").is_file());
    assert!(site.out("pages/index/index.html").is_file());
    site.write("content/news/hop/con/bai.md", &page("", "Đoạn.\n"));
    let r = site.run(&["build", "--today", "2020-12-31"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("error[E0414]: content/news/hop/con/bai.md: this page is in the folder of the page content/news/hop/index.md"),
        "{}",
        r.stderr
    );
}
