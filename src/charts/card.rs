//! 1200×630 PNG social card: title, subtitle and the line chart, drawn with
//! plotters' bitmap backend into memory and encoded as PNG.

use plotters::prelude::*;

use super::canvas::{Canvas, Font, Plot};
use super::data::ChartData;
use super::draw::{INK, MUTED, PALETTE};
use super::line::{self, Frame};
use super::text::{clean, init_fonts, wrap};

const W: u32 = 1200;
const H: u32 = 630;

/// A 1200×630 PNG (Open Graph size) with `title` (up to two lines),
/// `subtitle` and the line chart of `data`.
pub fn card_png(title: &str, subtitle: &str, data: &ChartData) -> Vec<u8> {
    init_fonts();
    let (w, h) = (W as f64, H as f64);
    let mut pixels = vec![255u8; (W * H * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (W, H)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let mut c = Plot {
            area: &root,
            svg: false,
        };
        let margin = 56.0;
        c.rect(0.0, 0.0, w, 12.0, PALETTE[0], 1.0);

        let (title_em, sub_em) = (50.0, 30.0);
        let mut base = 36.0 + title_em;
        for line in wrap(&clean(title), title_em, true, w - 2.0 * margin, 2) {
            c.text(&line, margin, base, &Font::new(title_em, INK).bold(true));
            base += title_em * 1.22;
        }
        let subtitle = clean(subtitle);
        if !subtitle.trim().is_empty() {
            base += sub_em * 0.05;
            for line in wrap(&subtitle, sub_em, false, w - 2.0 * margin, 1) {
                c.text(&line, margin, base, &Font::new(sub_em, MUTED));
                base += sub_em * 1.3;
            }
        }

        let top = (base - 4.0).min(h - 260.0);
        let (cw, ch) = (w - 2.0 * margin + 16.0, h - top - 28.0);
        let chart = root
            .clone()
            .shrink(((margin - 8.0) as i32, top as i32), (cw as u32, ch as u32));
        let layout = line::Layout::new(
            data,
            Frame {
                w: cw,
                h: ch,
                em: 25.0,
                small: 23.0,
            },
        );
        line::draw(
            &mut Plot {
                area: &chart,
                svg: false,
            },
            &layout,
        );
        let _ = root.present();
    }
    encode_png(&pixels, W, H)
}

/// RGB8 pixels to PNG bytes (no time or other varying chunks).
fn encode_png(rgb: &[u8], w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 * 1024);
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    if let Ok(mut writer) = encoder.write_header() {
        let _ = writer.write_image_data(rgb);
        let _ = writer.finish();
    }
    out
}
