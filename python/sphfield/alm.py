"""healpy-style helpers for coefficient arrays in healpy order.

Coefficients a_lm of a real field are stored for 0 <= m <= mmax, m <= l <= lmax, m-major:
``index(l, m) = m (2 lmax + 1 - m) / 2 + l``. These helpers take the same arguments as
``healpy.Alm``, ``healpy.almxfl`` and ``healpy.alm2cl`` and give the same results.
"""
from __future__ import annotations

from typing import Optional, Tuple, Union

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["Alm", "almxfl", "alm2cl"]

IntOrArray = Union[int, NDArray[np.integer]]


class Alm:
    """Index arithmetic of healpy-ordered coefficients (as ``healpy.Alm``)."""

    @staticmethod
    def getsize(lmax: int, mmax: Optional[int] = None) -> int:
        """Number of coefficients for band limit ``lmax`` and largest order ``mmax``.

        Parameters
        ----------
        lmax : int
            Band limit.
        mmax : int, optional
            Largest order (default ``lmax``).

        Returns
        -------
        int
            ``(mmax + 1)(2 lmax + 2 - mmax) / 2``.
        """
        mmax = lmax if mmax is None or mmax < 0 else mmax
        if mmax > lmax:
            raise ValueError(f"mmax {mmax} exceeds lmax {lmax}")
        return (mmax + 1) * (2 * lmax + 2 - mmax) // 2

    @staticmethod
    def getidx(lmax: int, l: IntOrArray, m: IntOrArray) -> IntOrArray:
        """Index of a_lm in the array (scalars or integer arrays, broadcast).

        Parameters
        ----------
        lmax : int
            Band limit of the array.
        l, m : int or array of int
            Degree(s) and order(s), 0 <= m <= l <= lmax.

        Returns
        -------
        int or numpy.ndarray
            ``m (2 lmax + 1 - m) / 2 + l``.
        """
        return m * (2 * lmax + 1 - m) // 2 + l

    @staticmethod
    def getlmax(s: int, mmax: Optional[int] = None) -> int:
        """Band limit of an array of ``s`` coefficients.

        Parameters
        ----------
        s : int
            Array length.
        mmax : int, optional
            Largest order (default: equal to lmax).

        Returns
        -------
        int
            lmax.

        Raises
        ------
        ValueError
            If no lmax gives ``s`` coefficients (healpy returns -1 instead).
        """
        if mmax is None or mmax < 0:
            lmax = int(round((np.sqrt(8 * s + 1) - 3) / 2))
        else:
            lmax = int(round((2 * s / (mmax + 1) - 2 + mmax) / 2))
        if lmax < 0 or Alm.getsize(lmax, mmax) != s:
            raise ValueError(f"{s} coefficients fit no band limit"
                             + ("" if mmax is None else f" with mmax {mmax}"))
        return lmax

    @staticmethod
    def getlm(lmax: int, i: Optional[IntOrArray] = None) -> Tuple[IntOrArray, IntOrArray]:
        """Degree and order of the coefficient(s) at index ``i`` (all indices by default).

        Parameters
        ----------
        lmax : int
            Band limit (mmax = lmax).
        i : int or array of int, optional
            Indices; default ``arange(getsize(lmax))``.

        Returns
        -------
        (l, m) : tuple of int or numpy.ndarray
        """
        if i is None:
            i = np.arange(Alm.getsize(lmax))
        i = np.asarray(i)
        # Order m starts at index s(m) = m (2 lmax + 1 - m) / 2 + m (where l = m); m is the
        # largest order with s(m) <= i, the smaller root of s(m) = i rounded down, corrected
        # by one where the square root's rounding moved it.
        def start(order):
            return order * (2 * lmax + 3 - order) // 2

        m = np.floor(((2 * lmax + 3) - np.sqrt((2 * lmax + 3) ** 2 - 8 * i)) / 2).astype(int)
        m = np.where(start(m) > i, m - 1, m)
        m = np.where((m < lmax) & (start(m + 1) <= i), m + 1, m)
        l = i - m * (2 * lmax + 1 - m) // 2
        if l.ndim == 0:
            return int(l), int(m)
        return l, m


def _orders(lmax: int, mmax: int) -> Tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(l, m) of every stored coefficient, in storage order."""
    ls = [np.arange(m, lmax + 1) for m in range(mmax + 1)]
    ms = [np.full(lmax + 1 - m, m) for m in range(mmax + 1)]
    return np.concatenate(ls), np.concatenate(ms)


def almxfl(alm: ArrayLike, fl: ArrayLike, mmax: Optional[int] = None,
           inplace: bool = False) -> NDArray[np.complex128]:
    """Multiply every a_lm by fl[l] (a beam, a filter, a transfer function).

    Parameters
    ----------
    alm : array_like of complex
        Coefficients in healpy order.
    fl : array_like
        Factor per degree; degrees beyond ``len(fl)`` are multiplied by 0.
    mmax : int, optional
        Largest order (default: lmax, inferred from ``len(alm)``).
    inplace : bool, default False
        Modify ``alm`` (which must then be a complex128 array) instead of returning a copy.

    Returns
    -------
    numpy.ndarray
        The filtered coefficients, complex128.
    """
    a = alm if inplace else np.array(alm, dtype=np.complex128)
    if inplace and (not isinstance(a, np.ndarray) or a.dtype != np.complex128):
        raise TypeError("inplace=True needs a complex128 numpy array")
    lmax = Alm.getlmax(a.shape[-1], mmax)
    f = np.zeros(lmax + 1, dtype=np.result_type(np.asarray(fl), np.float64))
    fl = np.asarray(fl)
    n = min(len(fl), lmax + 1)
    f[:n] = fl[:n]
    l, _ = _orders(lmax, lmax if mmax is None else mmax)
    a *= f[l]
    return a


def alm2cl(alms1: ArrayLike, alms2: Optional[ArrayLike] = None, lmax: Optional[int] = None,
           mmax: Optional[int] = None, lmax_out: Optional[int] = None) -> NDArray[np.float64]:
    """Auto or cross power spectrum of coefficients (as ``healpy.alm2cl`` for one pair).

    Ĉ_l = [Re(a_l0 b_l0*) + 2 Σ_{0<m≤min(l, mmax)} Re(a_lm b_lm*)] / (2l + 1).

    Parameters
    ----------
    alms1 : array_like of complex
        Coefficients a_lm in healpy order.
    alms2 : array_like of complex, optional
        Coefficients b_lm (default: ``alms1``, the auto spectrum).
    lmax, mmax : int, optional
        Band limit and largest order (default: inferred from the length, mmax = lmax).
    lmax_out : int, optional
        Length of the output minus one (default lmax); zero-padded or truncated.

    Returns
    -------
    numpy.ndarray
        Ĉ_0 … Ĉ_lmax_out, float64.
    """
    a = np.asarray(alms1, dtype=np.complex128)
    b = a if alms2 is None else np.asarray(alms2, dtype=np.complex128)
    if a.shape != b.shape or a.ndim != 1:
        raise ValueError("alms1 and alms2 must be 1-d arrays of the same length")
    if lmax is None:
        lmax = Alm.getlmax(len(a), mmax)
    mmax = lmax if mmax is None else mmax
    if Alm.getsize(lmax, mmax) != len(a):
        raise ValueError(f"{len(a)} coefficients do not fit lmax {lmax}, mmax {mmax}")
    l, m = _orders(lmax, mmax)
    products = np.real(a * np.conj(b)) * np.where(m == 0, 1.0, 2.0)
    cl = np.bincount(l, weights=products, minlength=lmax + 1) / (2 * np.arange(lmax + 1) + 1)
    n_out = lmax + 1 if lmax_out is None else lmax_out + 1
    out = np.zeros(n_out)
    out[:min(n_out, lmax + 1)] = cl[:n_out]
    return out
