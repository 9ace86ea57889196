// TEMPORARY until the chart module lands.
use crate::config::Language;
pub struct ChartData {
    pub title: String,
    pub unit: String,
    pub decimals: u8,
    pub lower_is_better: bool,
    pub lang: Language,
    pub series: Vec<Series>,
    pub targets: Vec<TargetMark>,
    pub highlight: Option<String>,
}
pub struct Series {
    pub id: String,
    pub label: String,
    pub points: Vec<(i32, f64)>,
}
pub struct TargetMark {
    pub year: i32,
    pub label: String,
    pub value: Option<f64>,
    pub band: Option<(f64, f64)>,
}
pub fn line_svg(_d: &ChartData) -> String {
    String::new()
}
pub fn bar_svg(_d: &ChartData, _y: i32) -> String {
    String::new()
}
pub fn progress_svg(_d: &ChartData) -> String {
    String::new()
}
