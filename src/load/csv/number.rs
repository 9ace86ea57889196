//! Numbers as spreadsheets write them: a decimal point or a decimal comma,
//! thousands grouped by spaces (or by dots, with a decimal comma).

use crate::model::CsvDecimal;

/// Reads a number written with `decimal`: spaces (plain or no-break) may
/// group thousands; so may `.` with a decimal comma and `,` never with a
/// decimal point (it is too easily a decimal comma).
pub(super) fn number(s: &str, decimal: CsvDecimal) -> Result<f64, String> {
    if s.is_empty() {
        return Err("write the number, or leave the row out when there is no figure".into());
    }
    // The common case, as most files write it: digits, a sign, a decimal
    // point. Anything else, and any mistake, takes the general path.
    if decimal == CsvDecimal::Point
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && let Ok(v) = s.parse::<f64>()
        && v.is_finite()
    {
        return Ok(v);
    }
    general(s, decimal)
}

/// [`number`] for any text: spaces taken out, the decimal mark checked.
fn general(s: &str, decimal: CsvDecimal) -> Result<f64, String> {
    let compact: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let normal = match decimal {
        CsvDecimal::Point if compact.contains(',') => {
            return Err(format!(
                "this file writes decimals with a point ({}); for decimal commas declare `csv: {{ decimal: comma }}` in the YAML file",
                compact.replace(',', ".")
            ));
        }
        CsvDecimal::Point => compact,
        CsvDecimal::Comma
            if compact.contains('.') && !compact.contains(',') && !thousands(&compact) =>
        {
            return Err(format!(
                "this file writes decimals with a comma ({}); for decimal points declare `csv: {{ decimal: point }}` in the YAML file",
                compact.replace('.', ",")
            ));
        }
        CsvDecimal::Comma => compact.replace('.', "").replace(',', "."),
    };
    match normal.parse::<f64>() {
        Ok(v)
            if v.is_finite()
                && !normal
                    .chars()
                    .any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E') =>
        {
            Ok(v)
        }
        Ok(_) => Err("write a finite number such as 83.2".into()),
        Err(_) => Err(match decimal {
            CsvDecimal::Point => {
                "write a plain number such as 83.2 (no unit, no percent sign)".into()
            }
            CsvDecimal::Comma => {
                "write a plain number such as 83,2 (no unit, no percent sign)".into()
            }
        }),
    }
}

/// `3.545` or `1.234.567` with a decimal comma: dots grouping thousands.
fn thousands(s: &str) -> bool {
    let s = s.trim_start_matches('-');
    let mut groups = s.split('.');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for plain numbers reads exactly what the general path
    /// reads, and leaves every mistake to it.
    #[test]
    fn plain_numbers_read_as_the_general_path_reads_them() {
        let long = "9".repeat(400);
        let cases = [
            "0", "7", "-0", "83.5", "-12.25", "007", ".5", "5.", "1.2.3", "-", "--1", "1-2", ".",
            "1e5", "83,5", "1 234.5", "inf", "NaN", &long,
        ];
        for s in cases {
            for d in [CsvDecimal::Point, CsvDecimal::Comma] {
                assert_eq!(number(s, d), general(s, d), "{s:?} with {d:?}");
            }
        }
        assert_eq!(number("83.5", CsvDecimal::Point), Ok(83.5));
        assert!(
            number(&long, CsvDecimal::Point).is_err(),
            "too large is not finite"
        );
    }
}
