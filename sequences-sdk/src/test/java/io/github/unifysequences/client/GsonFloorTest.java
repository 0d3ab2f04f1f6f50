package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GsonFloorTest {
    @Test
    void theSdksOwnGsonPasses() {
        assertThat(GsonFloor.gson(JsonObject.class, Gson.class)).isEmpty();
    }

    /** A real Gson from before the floor (copied by the pom's dependency plugin), loaded beside the SDK's own. */
    @Test
    void anOlderGsonIsNamedWithTheMinimum() throws Exception {
        Path jar = Path.of(System.getProperty("gson.belowFloor"));
        assertThat(jar).exists();
        try (URLClassLoader old =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> gson = old.loadClass("com.google.gson.Gson");
            assertThat(GsonFloor.gson(old.loadClass("com.google.gson.JsonObject"), gson))
                    .hasValueSatisfying(message -> assertThat(message)
                            .contains("Gson " + GsonFloor.GSON_MINIMUM + " or newer")
                            .contains(jar.getFileName().toString()));
        }
    }
}
