//! One photo, from the bytes of its file to the files a site publishes.
//!
//! Steps ([`process`]):
//! 1. tell the format by the bytes, not the name: a `.jpg` that is a PNG
//!    is refused (the name would lie to every browser and tool after us);
//! 2. read the size from the header, and refuse what is too large before
//!    a pixel is decoded (a decompression bomb is a small file that claims
//!    30,000 × 30,000 pixels); the decoder gets a memory limit too;
//! 3. decode (JPEG strictly: a file cut short is refused, not published
//!    half grey), and read the EXIF orientation;
//! 4. resize to each of [`WIDTHS`] narrower than the photo, and to the
//!    photo's own width up to the largest of them: never larger than it
//!    is (Lanczos3, each width from the next larger one);
//! 5. turn each as the orientation says (after resizing: cheaper);
//! 6. encode each in the photo's format (JPEG: progressive, optimised
//!    Huffman tables; PNG) and in WebP (lossy for JPEG photos, lossless for
//!    PNG drawings, kept only when smaller). Encoders are given pixels
//!    only, so no metadata (GPS position, camera serial, author,
//!    comments) reaches any published file.
//!
//! Every step is deterministic: the same bytes give the same files.

use std::io::Cursor;

use fast_image_resize as fr;
use image::{DynamicImage, ImageDecoder, ImageFormat, metadata::Orientation};

/// The widths published, in CSS pixels of a phone at 1× (480), a phone at
/// 2× or a laptop (960) and a wide screen at 2× (1600).
pub const WIDTHS: [u32; 3] = [480, 960, 1600];

/// The width an `<img src>` falls back to (browsers without `srcset`, and
/// the `width`/`height` that reserve the photo's space).
pub const DEFAULT_WIDTH: u32 = 960;

pub const JPEG_QUALITY: u8 = 80;
pub const WEBP_QUALITY: f32 = 75.0;

/// Larger photos are refused before decoding: 64 megapixels is more than
/// any phone camera's default, and 16,384 px a side more than any screen.
pub const MAX_PIXELS: u64 = 64_000_000;
pub const MAX_SIDE: u32 = 16_384;
/// What the decoder may allocate (a 16-bit RGBA photo needs 8 bytes a pixel).
pub const MAX_DECODED_BYTES: u64 = 384 * 1024 * 1024;

/// Everything that changes the published bytes, for the cache key. Change
/// it whenever the processing changes.
pub const SETTINGS: &str = "baocao-images v1; widths 480,960,1600; lanczos3 cascade; jpeg-encoder q80 progressive optimized; png best adaptive; webp lossy q75 / lossless if smaller";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Jpeg,
    Png,
    Webp,
}

impl Format {
    pub fn ext(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
        }
    }
    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Webp => "image/webp",
        }
    }
    /// The format a file name promises: JPEG and PNG are processed.
    pub fn of_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "jpg" | "jpeg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
    pub fn parse(s: &str) -> Option<Format> {
        [Format::Jpeg, Format::Png, Format::Webp]
            .into_iter()
            .find(|f| f.ext() == s)
    }
}

/// What the bytes of a file are, by their first bytes.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let starts = |m: &[u8]| bytes.starts_with(m);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        Some("JPEG")
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some("PNG")
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some("GIF")
    } else if bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("WebP")
    } else if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        Some("HEIC/AVIF")
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Some("TIFF")
    } else if starts(b"BM") {
        Some("BMP")
    } else if starts(b"%PDF") {
        Some("PDF")
    } else {
        None
    }
}

/// One published file of a photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    pub bytes: Vec<u8>,
}

/// A photo processed: its size as seen (orientation applied) and its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    /// By width, then format (the photo's own first, then WebP).
    pub variants: Vec<Variant>,
}

/// Why a photo cannot be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The bytes are another format than the name says (`found`), or none
    /// baocao knows (`None`).
    NotWhatItSays {
        expected: Format,
        found: Option<&'static str>,
    },
    /// More pixels than [`MAX_PIXELS`] or a side over [`MAX_SIDE`].
    TooLarge { width: u32, height: u32 },
    /// The decoder failed: the file is damaged or cut short.
    Corrupt(String),
}

/// The widths a photo `width` pixels wide is published at: those of
/// [`WIDTHS`] that are clearly narrower (under 90 %), and its own width up
/// to the largest.
pub fn widths_for(width: u32) -> Vec<u32> {
    let max = *WIDTHS.last().expect("widths");
    let mut v: Vec<u32> = WIDTHS
        .iter()
        .copied()
        .filter(|&w| u64::from(w) * 10 <= u64::from(width) * 9 && w < max.min(width))
        .collect();
    v.push(width.min(max));
    v
}

/// Steps 1–6 for the bytes of a file named as `expected`.
pub fn process(bytes: &[u8], expected: Format) -> Result<Encoded, Problem> {
    let found = sniff(bytes);
    let format = match (expected, found) {
        (Format::Jpeg, Some("JPEG")) => ImageFormat::Jpeg,
        (Format::Png, Some("PNG")) => ImageFormat::Png,
        _ => return Err(Problem::NotWhatItSays { expected, found }),
    };
    let corrupt = |e: image::ImageError| Problem::Corrupt(e.to_string());
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    reader.no_limits();
    let mut decoder = reader.into_decoder().map_err(corrupt)?;
    let (w, h) = decoder.dimensions();
    if w == 0
        || h == 0
        || w > MAX_SIDE
        || h > MAX_SIDE
        || u64::from(w) * u64::from(h) > MAX_PIXELS
        || decoder.total_bytes() > MAX_DECODED_BYTES
    {
        return Err(Problem::TooLarge {
            width: w,
            height: h,
        });
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODED_BYTES * 2);
    decoder.set_limits(limits).map_err(corrupt)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    // JPEG: strictly, so that a file cut short or damaged is refused
    // rather than published half grey; padding between headers, which
    // browsers and cameras shrug off, is read leniently.
    let image = match format {
        ImageFormat::Jpeg => match jpeg_strict(bytes) {
            Ok(image) => image,
            Err(Some(damage)) => return Err(Problem::Corrupt(damage)),
            Err(None) => DynamicImage::from_decoder(decoder).map_err(corrupt)?,
        },
        _ => DynamicImage::from_decoder(decoder).map_err(corrupt)?,
    };
    Ok(encode_all(image, orientation, expected))
}

/// A JPEG decoded in zune-jpeg's strict mode (its sides already checked):
/// `Err(Some(why))` for damage (data cut short, broken Huffman codes,
/// markers inside the image data), `Err(None)` for extra bytes between
/// headers only.
fn jpeg_strict(bytes: &[u8]) -> Result<DynamicImage, Option<String>> {
    use zune_core::{bytestream::ZCursor, colorspace::ColorSpace, options::DecoderOptions};
    use zune_jpeg::errors::DecodeErrors;
    let damage = |e: DecodeErrors| match e {
        DecodeErrors::FormatStatic(m) if m.contains("Extra bytes between headers") => None,
        e => Some(e.to_string()),
    };
    let options = DecoderOptions::default()
        .set_strict_mode(true)
        .set_max_width(MAX_SIDE as usize)
        .set_max_height(MAX_SIDE as usize);
    let mut d = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    d.decode_headers().map_err(damage)?;
    let grey = d.input_colorspace() == Some(ColorSpace::Luma);
    let out = if grey {
        ColorSpace::Luma
    } else {
        ColorSpace::RGB
    };
    d.set_options(d.options().jpeg_set_out_colorspace(out));
    let (w, h) = d
        .dimensions()
        .ok_or_else(|| Some("no frame header".to_string()))?;
    let pixels = d.decode().map_err(damage)?;
    let (w, h) = (w as u32, h as u32);
    let image = if grey {
        image::GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8)
    } else {
        image::RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8)
    };
    image.ok_or_else(|| Some("the decoded size does not match the header".to_string()))
}

/// Whether an orientation swaps width and height.
fn turns(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// Steps 4–6.
fn encode_all(image: DynamicImage, orientation: Orientation, format: Format) -> Encoded {
    let alpha = format == Format::Png && image.color().has_alpha();
    let pixel = if alpha {
        fr::PixelType::U8x4
    } else {
        fr::PixelType::U8x3
    };
    let (sw, sh) = (image.width(), image.height());
    let buf = if alpha {
        image.into_rgba8().into_raw()
    } else {
        image.into_rgb8().into_raw()
    };
    // Sizes as seen, then as stored (before turning).
    let (seen_w, seen_h) = if turns(orientation) {
        (sh, sw)
    } else {
        (sw, sh)
    };
    let sizes = sizes(seen_w, seen_h);
    let mut resizer = fr::Resizer::new();
    let options =
        fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    let mut previous = fr::images::Image::from_vec_u8(sw, sh, buf, pixel).expect("buffer size");
    let mut variants = Vec::new();
    for (w, h) in sizes {
        let (stored_w, stored_h) = if turns(orientation) { (h, w) } else { (w, h) };
        let resized = if (stored_w, stored_h) == (previous.width(), previous.height()) {
            previous.copy()
        } else {
            let mut dst = fr::images::Image::new(stored_w, stored_h, pixel);
            resizer
                .resize(&previous, &mut dst, &options)
                .expect("same pixel types");
            dst
        };
        let pixels = turned(resized.buffer(), stored_w, stored_h, alpha, orientation);
        variants.extend(encode(&pixels, w, h, alpha, format));
        previous = resized;
    }
    // A drawing's lossless WebP is not always smaller than its PNG: keep
    // WebP only when it is, for every width.
    let webp_smaller = variants
        .chunks(2)
        .all(|c| c[1].bytes.len() < c[0].bytes.len());
    if !webp_smaller {
        variants.retain(|v| v.format != Format::Webp);
    }
    variants.sort_by_key(|v| (v.width, v.format != format));
    Encoded {
        width: seen_w,
        height: seen_h,
        format,
        variants,
    }
}

/// The sizes published for a photo of `w`×`h` as seen, largest first:
/// each is made from the one before.
fn sizes(w: u32, h: u32) -> Vec<(u32, u32)> {
    let mut sizes: Vec<(u32, u32)> = widths_for(w)
        .into_iter()
        .map(|width| {
            let height =
                ((u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w)).max(1) as u32;
            (width, height)
        })
        .collect();
    sizes.reverse();
    sizes
}

/// One size's pixels (`w`×`h`, as seen) encoded twice: in the photo's
/// own `format`, then as WebP (lossless for a PNG).
fn encode(pixels: &[u8], w: u32, h: u32, alpha: bool, format: Format) -> [Variant; 2] {
    let own = match format {
        Format::Png => png(pixels, w, h, alpha),
        _ => jpeg(pixels, w, h),
    };
    let encoder = if alpha {
        webp::Encoder::from_rgba(pixels, w, h)
    } else {
        webp::Encoder::from_rgb(pixels, w, h)
    };
    let webp = if format == Format::Png {
        encoder.encode_lossless()
    } else {
        encoder.encode(WEBP_QUALITY)
    };
    [
        Variant {
            width: w,
            height: h,
            format,
            bytes: own,
        },
        Variant {
            width: w,
            height: h,
            format: Format::Webp,
            bytes: webp.to_vec(),
        },
    ]
}

/// The pixels turned as `o` says; `w`×`h` is the stored size.
fn turned(buf: &[u8], w: u32, h: u32, alpha: bool, o: Orientation) -> Vec<u8> {
    if o == Orientation::NoTransforms {
        return buf.to_vec();
    }
    let mut img = if alpha {
        DynamicImage::ImageRgba8(image::RgbaImage::from_raw(w, h, buf.to_vec()).expect("size"))
    } else {
        DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, buf.to_vec()).expect("size"))
    };
    img.apply_orientation(o);
    if alpha {
        img.into_rgba8().into_raw()
    } else {
        img.into_rgb8().into_raw()
    }
}

fn jpeg(rgb: &[u8], w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(rgb.len() / 8);
    let mut enc = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
    enc.set_progressive(true);
    enc.set_optimized_huffman_tables(true);
    // Sizes are at most 1,600 wide and 16,384 high (checked above).
    enc.encode(rgb, w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
        .expect("encoding to memory");
    out
}

fn png(pixels: &[u8], w: u32, h: u32, alpha: bool) -> Vec<u8> {
    use image::ImageEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Adaptive)
        .write_image(
            pixels,
            w,
            h,
            if alpha {
                image::ExtendedColorType::Rgba8
            } else {
                image::ExtendedColorType::Rgb8
            },
        )
        .expect("encoding to memory");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_never_upscale() {
        assert_eq!(widths_for(4000), [480, 960, 1600]);
        assert_eq!(widths_for(1600), [480, 960, 1600]);
        assert_eq!(widths_for(1200), [480, 960, 1200]);
        assert_eq!(widths_for(1000), [480, 1000]);
        assert_eq!(widths_for(500), [500]);
        assert_eq!(widths_for(300), [300]);
    }

    #[test]
    fn tells_formats_by_their_bytes() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nxxxx"), Some("PNG"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("JPEG"));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some("WebP"));
        assert_eq!(sniff(b"<svg"), None);
        assert_eq!(Format::of_name("Anh.JPEG"), Some(Format::Jpeg));
        assert_eq!(Format::of_name("a.gif"), None);
    }
}
