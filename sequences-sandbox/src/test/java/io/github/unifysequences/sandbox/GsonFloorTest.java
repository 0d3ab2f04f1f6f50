package io.github.unifysequences.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GsonFloorTest {
    @Test
    void theBuildsGsonPasses() {
        assertThat(GsonFloor.problem(JsonObject.class, Gson.class)).isEmpty();
    }

    /** Gson 2.10, just below the floor (copied by the pom's dependency plugin), in a class loader of its own. */
    @Test
    void gson210IsRefusedWithTheMinimumAndTheJarNamed() throws Exception {
        Path jar = Path.of(System.getProperty("gson.belowFloor"));
        assertThat(jar).exists();
        try (URLClassLoader old =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertThat(GsonFloor.problem(
                            old.loadClass("com.google.gson.JsonObject"), old.loadClass("com.google.gson.Gson")))
                    .hasValueSatisfying(message -> assertThat(message)
                            .contains("Gson " + GsonFloor.MINIMUM + " or newer")
                            .contains(jar.getFileName().toString()));
        }
    }
}
