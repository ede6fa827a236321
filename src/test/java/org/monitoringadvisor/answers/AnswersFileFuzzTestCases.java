package org.monitoringadvisor.answers;

import java.util.List;

/** Lets tests in other packages use the same generated cases as {@link AnswersFileFuzzTest}. */
public final class AnswersFileFuzzTestCases {

    private AnswersFileFuzzTestCases() {
    }

    /** {@code count} cases from the generator seeded with {@code seed}. */
    public static List<byte[]> cases(long seed, int count) {
        return AnswersFileFuzzTest.cases(seed, count);
    }
}
