package io.pgdeck.jobs;

/**
 * A tool exited with an error and the work knows why: the job keeps the tool's exit code and takes this message (the
 * first error, then what to look at) as its note instead of the bare exit code.
 */
public final class ToolFailedException extends Exception {

    private final int exitCode;

    public ToolFailedException(int exitCode, String note) {
        super(note);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
