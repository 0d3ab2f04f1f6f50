package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unifysequences.models.Sequence;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Nothing the SDK starts keeps the JVM alive: a program that never closes its client exits soon after {@code main}
 * returns (issue 13: it lingered 60 s on OkHttp's dispatcher threads). Each program runs in a child JVM.
 */
class JvmExitTest {

    @Test
    void aProgramThatNeverClosesItsAsyncClientExitsWhenMainReturns() throws Exception {
        assertExitsPromptly(NeverClosedAsync.class);
    }

    @Test
    void aProgramThatNeverClosesAPrefetchingBlockingClientExitsWhenMainReturns() throws Exception {
        assertExitsPromptly(NeverClosedPrefetch.class);
    }

    private static void assertExitsPromptly(Class<?> program) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse.Builder()
                        .addHeader("Content-Type", "application/json")
                        .body(PaginationTest.sequencesPage(i < 2 ? "c" + (i + 2) : null, "s" + i))
                        .build());
            }
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            program.getName(),
                            server.url("/sequences/v1").toString())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                do {
                    line = out.readLine();
                } while (line != null && !line.equals("main returns"));
                assertThat(line).as("the program ran to the end of main").isEqualTo("main returns");
                assertThat(child.waitFor(5, TimeUnit.SECONDS))
                        .as("the JVM exited within 5 s of main returning")
                        .isTrue();
            } finally {
                child.destroyForcibly();
            }
        }
    }

    /** Makes async calls, leaves the client open. */
    static final class NeverClosedAsync {
        public static void main(String[] args) {
            UnifySequencesClientAsync client = UnifySequencesClient.builder()
                    .apiKey("sk_test_exit")
                    .baseUrl(args[0])
                    .buildAsync();
            client.sequences()
                    .list()
                    .thenCompose(page -> page.autoPager().forEach(s -> {}))
                    .join();
            System.out.println("main returns");
        }
    }

    /** Iterates with prefetch, so a page request runs in the background, and leaves the client open. */
    static final class NeverClosedPrefetch {
        public static void main(String[] args) {
            UnifySequencesClient client = UnifySequencesClient.builder()
                    .apiKey("sk_test_exit")
                    .baseUrl(args[0])
                    .build();
            Iterator<Sequence> sequences =
                    client.sequences().list().autoPager().withPrefetch().iterator();
            sequences.next();
            System.out.println("main returns");
        }
    }
}
