//! Angular power spectra C_0..C_lmax into caller buffers of length lmax + 1.

use std::os::raw::c_char;

use sphfield::spectrum::{
    AngularSpectrum, HeatKernel, Length, PowerLaw, SpectrumModel, TableConvention, WhittleMatern,
};

use crate::status::{expect_len, guard, slice, slice_mut, string, FfiResult, SfStatus};

/// Writes the model's C_0..C_lmax to `cl`.
///
/// # Safety
/// `cl` is NULL (refused) or points to `cl_len` writable doubles.
unsafe fn fill(
    model: &dyn SpectrumModel,
    lmax: usize,
    cl: *mut f64,
    cl_len: usize,
) -> FfiResult<()> {
    expect_len("cl", cl_len, lmax + 1)?;
    // SAFETY: the caller guarantees `cl` holds `cl_len` doubles.
    let out = unsafe { slice_mut(cl, cl_len, "cl") }?;
    let table = model.spectrum(lmax)?;
    out.copy_from_slice(table.values());
    Ok(())
}

/// Whittle–Matérn spectrum with pointwise variance `variance`, correlation length `rho_km` on a
/// sphere of radius `radius_km` (6371 for the Earth) and smoothness `nu` (α = ν + 1).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_matern_km(
    variance: f64,
    rho_km: f64,
    radius_km: f64,
    nu: f64,
    lmax: usize,
    cl: *mut f64,
    cl_len: usize,
) -> SfStatus {
    guard(|| {
        let m = WhittleMatern::from_correlation_length(
            variance,
            Length::Km {
                km: rho_km,
                radius_km,
            },
            nu,
        )?;
        // SAFETY: `cl` holds `cl_len` writable doubles: the function's contract.
        unsafe { fill(&m, lmax, cl, cl_len) }
    })
}

/// Whittle–Matérn spectrum with the correlation length `rho` in radians.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_matern(
    variance: f64,
    rho: f64,
    nu: f64,
    lmax: usize,
    cl: *mut f64,
    cl_len: usize,
) -> SfStatus {
    guard(|| {
        let m = WhittleMatern::from_correlation_length(variance, Length::Radians(rho), nu)?;
        // SAFETY: `cl` holds `cl_len` writable doubles: the function's contract.
        unsafe { fill(&m, lmax, cl, cl_len) }
    })
}

/// Whittle–Matérn spectrum in SPDE form: C_l = τ⁻² (κ² + l(l+1))^(−α), α > 1.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_matern_spde(
    tau: f64,
    kappa: f64,
    alpha: f64,
    lmax: usize,
    cl: *mut f64,
    cl_len: usize,
) -> SfStatus {
    // SAFETY: `cl` holds `cl_len` writable doubles: the function's contract.
    guard(|| unsafe { fill(&WhittleMatern::spde(tau, kappa, alpha)?, lmax, cl, cl_len) })
}

/// Power law C_l = amplitude · l^(−exponent) for l ≥ lmin ≥ 1, 0 below (exponent > 2).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_power_law(
    amplitude: f64,
    exponent: f64,
    lmin: usize,
    lmax: usize,
    cl: *mut f64,
    cl_len: usize,
) -> SfStatus {
    // SAFETY: `cl` holds `cl_len` writable doubles: the function's contract.
    guard(|| unsafe { fill(&PowerLaw::new(amplitude, exponent, lmin)?, lmax, cl, cl_len) })
}

/// Heat-kernel (Gaussian) spectrum with pointwise variance `variance` and scale `scale` (radians).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_heat(
    variance: f64,
    scale: f64,
    lmax: usize,
    cl: *mut f64,
    cl_len: usize,
) -> SfStatus {
    // SAFETY: `cl` holds `cl_len` writable doubles: the function's contract.
    guard(|| unsafe { fill(&HeatKernel::new(variance, scale)?, lmax, cl, cl_len) })
}

/// Reads a tabulated spectrum (text/CSV rows "l value"; `is_dl` != 0 for D_l = l(l+1)C_l/2π)
/// up to `lmax` (the table must reach it).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `path`: a NUL-terminated UTF-8 string.
/// * `cl`: `cl_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_from_file(
    path: *const c_char,
    is_dl: i32,
    lmax: usize,
    cl: *mut f64,
    cl_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: checked by `string`.
        let path = unsafe { string(path, "path") }?;
        let convention = if is_dl != 0 {
            TableConvention::Dl
        } else {
            TableConvention::Cl
        };
        let table = AngularSpectrum::from_table_file(path, convention, Some(lmax))?;
        expect_len("cl", cl_len, lmax + 1)?;
        // SAFETY: the caller guarantees `cl` holds `cl_len` doubles.
        unsafe { slice_mut(cl, cl_len, "cl") }?.copy_from_slice(table.values());
        Ok(())
    })
}

/// Pointwise variance Σ(2l+1)C_l/4π of the field with spectrum `cl[0..cl_len]`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` readable doubles.
/// * `variance`: one writable double.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_variance(
    cl: *const f64,
    cl_len: usize,
    variance: *mut f64,
) -> SfStatus {
    guard(|| {
        // SAFETY: the caller guarantees the lengths.
        let c = unsafe { slice(cl, cl_len, "cl") }?;
        // SAFETY: `variance` is NULL (refused) or holds `1` writable values: the function's contract.
        let out = unsafe { slice_mut(variance, 1, "variance") }?;
        out[0] = AngularSpectrum::new(c.to_vec(), "C ABI")?.variance();
        Ok(())
    })
}

/// The covariance k(θ) = Σ(2l+1)C_l P_l(cos θ)/4π at `n` colatitude differences `theta`
/// (radians), into `out[0..n]`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` readable doubles.
/// * `theta`: `n` readable doubles.
/// * `out`: `n` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_spectrum_covariance(
    cl: *const f64,
    cl_len: usize,
    theta: *const f64,
    out: *mut f64,
    n: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the caller guarantees the lengths.
        let c = unsafe { slice(cl, cl_len, "cl") }?;
        // SAFETY: `theta` is NULL (refused) or holds `n` readable values: the function's contract.
        let t = unsafe { slice(theta, n, "theta") }?;
        // SAFETY: `out` is NULL (refused) or holds `n` writable values: the function's contract.
        let o = unsafe { slice_mut(out, n, "out") }?;
        let k = AngularSpectrum::new(c.to_vec(), "C ABI")?.covariance(t)?;
        o.copy_from_slice(&k);
        Ok(())
    })
}

/// The spectrum `cl[0..cl_len]` as an AngularSpectrum (checked), for the other modules.
///
/// # Safety
/// `cl` is NULL (refused) or holds `cl_len` readable doubles.
pub(crate) unsafe fn spectrum_arg(
    cl: *const f64,
    cl_len: usize,
    name: &str,
) -> FfiResult<AngularSpectrum> {
    if cl_len == 0 {
        return Err(crate::status::invalid(format!(
            "{name} is empty (needs lmax + 1 values)"
        )));
    }
    // SAFETY: the caller guarantees the length.
    let c = unsafe { slice(cl, cl_len, name) }?;
    Ok(AngularSpectrum::new(c.to_vec(), name)?)
}
