//! Dates as users write them: a day (`2020-06-30`) and a page's date,
//! optionally with a time and UTC offset.

use std::fmt;

use serde::{Deserialize, Deserializer};

/// A calendar day written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub jiff::civil::Date);

impl Day {
    pub fn parse(s: &str) -> Result<Day, String> {
        let s = s.trim();
        let ok = s.len() == 10
            && s.as_bytes()[4] == b'-'
            && s.as_bytes()[7] == b'-'
            && s.bytes()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !ok {
            return Err(format!(
                "`{s}` is not a date: expected a date written YYYY-MM-DD"
            ));
        }
        let y: i16 = s[0..4].parse().map_err(|_| format!("`{s}`: bad year"))?;
        let m: i8 = s[5..7].parse().map_err(|_| format!("`{s}`: bad month"))?;
        let d: i8 = s[8..10].parse().map_err(|_| format!("`{s}`: bad day"))?;
        jiff::civil::Date::new(y, m, d).map(Day).map_err(|_| {
            format!(
                "`{s}` is not a real day of the calendar: expected a date YYYY-MM-DD that exists"
            )
        })
    }
    pub fn year(&self) -> i32 {
        self.0.year() as i32
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = d.deserialize_any(DateText)?;
        Day::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The text of a date, whatever format the data comes in; anything else
/// is named in the error ("invalid type: number 2020, expected a date").
struct DateText;

impl DateText {
    fn wrong<E: serde::de::Error>(what: impl fmt::Display) -> E {
        E::custom(format!("invalid type: {what}, expected a date YYYY-MM-DD"))
    }
}

impl<'de> serde::de::Visitor<'de> for DateText {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date YYYY-MM-DD")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
        Err(Self::wrong(format_args!("number {v}")))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
        Err(Self::wrong(format_args!("number {v}")))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
        Err(Self::wrong(format_args!("number {v}")))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
        Err(Self::wrong(format_args!("boolean {v}")))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<String, E> {
        Err(Self::wrong("nothing"))
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<String, E> {
        Err(Self::wrong("nothing"))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(Self::wrong("a list"))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(Self::wrong("a mapping"))
    }
}

/// The date of a page: a day, optionally with a time and UTC offset
/// (`2020-01-10T08:10:36+07:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageDate {
    pub day: Day,
    /// Seconds since the Unix epoch, for sorting and feeds.
    pub timestamp: i64,
    /// RFC 3339 text with its offset, for feeds and `<time>`.
    pub rfc3339: RfcText,
}

/// A small fixed-size string (dates are short) so `PageDate` stays `Copy`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RfcText([u8; 32], u8);

impl RfcText {
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0[..self.1 as usize]).unwrap_or("")
    }
}

impl fmt::Debug for RfcText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PageDate {
    pub fn parse(s: &str) -> Result<PageDate, String> {
        let s = s.trim();
        let expected =
            "expected a date YYYY-MM-DD or a date and time such as 2020-01-10T08:10:36+07:00";
        if s.len() == 10 {
            let day = Day::parse(s)?;
            let ts = day
                .0
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .map_err(|e| e.to_string())?
                .timestamp();
            return Ok(PageDate::from_parts(
                day,
                ts.as_second(),
                &format!("{s}T00:00:00Z"),
            ));
        }
        let ts: jiff::Timestamp = s
            .parse()
            .map_err(|_| format!("`{s}` is not a date: {expected}"))?;
        let day = Day::parse(s.get(0..10).unwrap_or(""))?;
        Ok(PageDate::from_parts(day, ts.as_second(), s))
    }

    fn from_parts(day: Day, timestamp: i64, text: &str) -> PageDate {
        let mut buf = [0u8; 32];
        let n = text.len().min(32);
        buf[..n].copy_from_slice(&text.as_bytes()[..n]);
        PageDate {
            day,
            timestamp,
            rfc3339: RfcText(buf, n as u8),
        }
    }
}

impl<'de> Deserialize<'de> for PageDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = d.deserialize_any(DateText)?;
        PageDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_rejects_impossible_ones() {
        assert_eq!(Day::parse("2020-06-30").unwrap().to_string(), "2020-06-30");
        assert!(
            Day::parse("2020-02-30")
                .unwrap_err()
                .contains("not a real day")
        );
        assert!(Day::parse("30/06/2020").unwrap_err().contains("YYYY-MM-DD"));
        assert!(Day::parse("2020-6-3").is_err());
    }

    #[test]
    fn parses_page_dates_with_offsets() {
        let d = PageDate::parse("2020-01-10T08:10:36+07:00").unwrap();
        assert_eq!(d.day.to_string(), "2020-01-10");
        assert_eq!(d.timestamp, 1578618636);
        assert_eq!(d.rfc3339.as_str(), "2020-01-10T08:10:36+07:00");
        let d = PageDate::parse("2020-01-10").unwrap();
        assert_eq!(d.rfc3339.as_str(), "2020-01-10T00:00:00Z");
        assert!(PageDate::parse("10/01/2020").is_err());
    }
}
