package lt.pagalba.shared;

/**
 * The weighted modulus-11 check digit of Lithuanian company codes and VAT codes: weights 1, 2, … 9,
 * 1, 2, … over the digits before the check digit; a remainder of 10 is tried again with weights
 * starting at 3; a second 10 gives 0.
 */
final class CheckDigits {

    private CheckDigits() {
    }

    /** True when the last digit of these digits is the check digit of the ones before it. */
    static boolean valid(String digits) {
        int body = digits.length() - 1;
        return check(digits, body) == digits.charAt(body) - '0';
    }

    static int check(String digits, int length) {
        int remainder = weightedSum(digits, length, 1) % 11;
        if (remainder == 10) {
            remainder = weightedSum(digits, length, 3) % 11;
        }
        return remainder == 10 ? 0 : remainder;
    }

    private static int weightedSum(String digits, int length, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            int weight = (firstWeight - 1 + i) % 9 + 1;
            sum += (digits.charAt(i) - '0') * weight;
        }
        return sum;
    }
}
