package org.monitoringadvisor.cli;

/** Input a user got wrong (a file, an option); shown as one message, no stack trace, exit code 2. */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }
}
