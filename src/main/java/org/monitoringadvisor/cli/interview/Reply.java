package org.monitoringadvisor.cli.interview;

/** What the rep typed at a prompt, understood. */
sealed interface Reply {

    /** One of the options offered, by its value id. */
    record Choice(String value) implements Reply {
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
