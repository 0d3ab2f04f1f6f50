package io.github.unifysequences.cli;

import io.github.unifysequences.core.SpecVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version the shaded jar's manifest carries ("dev" when run from classes), and the API
 * spec the SDK inside was built against ({@link SpecVersion}).
 */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"sequences " + (version == null ? "dev" : version), SpecVersion.describe()};
    }
}
