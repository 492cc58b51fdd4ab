package org.citizencharter.examples.cli;

import picocli.CommandLine;

/** charter's version, and the versions it runs on, for {@code --version}. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CharterCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "charter " + (version != null ? version : "(development build)"),
            "Drools 10.2.0, Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        };
    }
}
