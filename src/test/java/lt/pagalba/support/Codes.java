package lt.pagalba.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Company and VAT codes for test clients: random, so tests sharing a database do not collide, and
 * with valid check digits (the weighted modulus-11 rule), as Pagalba accepts no other.
 */
public final class Codes {

    private Codes() {
    }

    /** A Lithuanian company code no other test uses (nine digits, the last its check digit). */
    public static String companyCode() {
        return withCheckDigit(String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
    }

    /** A Lithuanian VAT code of a legal person: LT, eleven digits whose 11th is 1, then the check digit. */
    public static String vatCode() {
        return "LT" + withCheckDigit(String.valueOf(1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)) + "1");
    }

    public static String withCheckDigit(String digits) {
        int remainder = weightedSum(digits, 1) % 11;
        if (remainder == 10) {
            remainder = weightedSum(digits, 3) % 11;
        }
        return digits + (remainder == 10 ? 0 : remainder);
    }

    private static int weightedSum(String digits, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * ((firstWeight - 1 + i) % 9 + 1);
        }
        return sum;
    }
}
