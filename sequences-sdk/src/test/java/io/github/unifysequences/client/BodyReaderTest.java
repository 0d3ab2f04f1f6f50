package io.github.unifysequences.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The body is parsed from its buffer when large, through a String when small; both must read the same JSON. */
class BodyReaderTest {

    private static byte[] body(int minBytes, byte[] inValue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"items\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; out.size() < minBytes; i++) {
            out.writeBytes(((i == 0 ? "" : ",") + "\"").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(inValue);
            out.writeBytes("\"".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void smallAndLargeBodiesDecodeLikeAStringCopy() {
        byte[] multiByte = "Zoë — 東京 😀".getBytes(StandardCharsets.UTF_8);
        byte[] malformed = {'a', (byte) 0xC3, 'b', (byte) 0xFF, (byte) 0xE2, (byte) 0x82};
        for (byte[] value : new byte[][] {multiByte, malformed}) {
            for (int size : new int[] {
                10,
                Pipeline.DIRECT_PARSE_MIN_BYTES - 64,
                Pipeline.DIRECT_PARSE_MIN_BYTES,
                Pipeline.DIRECT_PARSE_MIN_BYTES * 5 + 3
            }) {
                byte[] body = body(size, value);
                assertThat(JsonParser.parseReader(Pipeline.bodyReader(new Buffer().write(body))))
                        .isEqualTo(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)));
            }
        }
    }
}
