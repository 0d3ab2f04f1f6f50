package io.github.unifysequences.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the shaded jar's manifest carries ("dev" when run from classes). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"sequences " + (version == null ? "dev" : version)};
    }
}
