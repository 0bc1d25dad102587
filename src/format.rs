//! Numbers for people: a given number of significant digits, without representation noise
//! (`1` rather than `0.9999999999999999`, `0.0346105` rather than `3.461047352169773e-2`).

/// `v` rounded to `digits` significant digits (1–17) and printed as C's `%g` does: plain
/// notation when the decimal exponent lies in −5 < e < `digits`, scientific otherwise, with
/// trailing zeros removed.
///
/// ```
/// use sphfield::format::significant;
/// assert_eq!(significant(0.9999999999999999, 10), "1");
/// assert_eq!(significant(-3.883323, 4), "-3.883");
/// assert_eq!(significant(3.461047352169773e-2, 6), "0.0346105");
/// assert_eq!(significant(6.02214076e23, 4), "6.022e23");
/// assert_eq!(significant(1.5e-7, 3), "1.5e-7");
/// ```
pub fn significant(v: f64, digits: usize) -> String {
    if v == 0.0 || !v.is_finite() {
        return format!("{v}");
    }
    let digits = digits.clamp(1, 17);
    let scientific = format!("{:.*e}", digits - 1, v);
    let (mantissa, exponent) = scientific
        .split_once('e')
        .unwrap_or((scientific.as_str(), "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if exponent > -5 && exponent < digits as i32 {
        let decimals = (digits as i32 - 1 - exponent).max(0) as usize;
        trim_zeros(&format!("{v:.decimals$}")).to_string()
    } else {
        format!("{}e{exponent}", trim_zeros(mantissa))
    }
}

/// "1.2500" → "1.25", "2.000" → "2", "300" → "300".
fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}
