package com.computegap.cli;

/** A bad command line: unknown command or option, a missing or malformed value. Exit status 2. */
public class UsageException extends Exception {

  public UsageException(String message) {
    super(message);
  }
}
