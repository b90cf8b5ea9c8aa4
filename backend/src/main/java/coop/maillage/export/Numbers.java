package coop.maillage.export;

/** Numbers as exports write them: whole numbers without a decimal point, others in full. */
final class Numbers {

    /** Beyond this, a double may not hold a whole number exactly: written as a double. */
    private static final double EXACT_WHOLE = 1e15;

    private Numbers() {}

    /**
     * The shortest text that reads back as {@code value}: {@code 2} for 2.0, {@code 0.25}, {@code
     * 1.0E-5}; {@code null} for NaN and infinities, which no format here can hold.
     */
    static String text(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** {@link #text(double)} of a boxed value, null staying null. */
    static String text(Double value) {
        return value == null ? null : text(value.doubleValue());
    }
}
