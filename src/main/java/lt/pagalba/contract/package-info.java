/**
 * Service contracts: validity, contract period (month or quarter), rounding of entries, and per
 * category the included minutes and the overage rate (R13, R15, B2–B4).
 */
package lt.pagalba.contract;
