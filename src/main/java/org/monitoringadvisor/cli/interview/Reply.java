package org.monitoringadvisor.cli.interview;

/** What the rep typed at a prompt, understood. */
sealed interface Reply {

    /**
     * One of the options offered, by its value id.
     *
     * @param value   the option's value id
     * @param guessed whether it was found from the start of its label or value rather than named outright, so the
     *                rep should be told which option it was taken as
     */
    record Choice(String value, boolean guessed) implements Reply {
    }

    /** A command instead of an answer. */
    record Command(Keyword keyword) implements Reply {
    }

    /** Just Enter. */
    record Blank() implements Reply {
    }

    /** Something that is neither; {@code hint} says in one line what would work. */
    record Unclear(String hint) implements Reply {
    }
}
