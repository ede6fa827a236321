/**
 * picocli 4.7.7 (Apache License 2.0, Copyright 2017 Remko Popma; its header kept), the command-line parser of
 * {@code cli}, as the single source file its documentation offers for including in a project: {@code CommandLine.java}
 * from the sources jar of info.picocli:picocli on Maven Central, unchanged, in its own package. Compiled here, its
 * classes are current class files, which a class-data archive or AOT cache can hold: the published jar's are Java 5
 * ones, which no archive takes, so every start loaded and verified them anew. Not part of the library's API.
 */
package picocli;
