package dev.greenops.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"greenops " + (v == null ? "dev" : v) + " (Java " + Runtime.version() + ")"};
    }
}
