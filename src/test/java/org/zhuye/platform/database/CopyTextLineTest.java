package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Tries;

class CopyTextLineTest {

    /** Text through the encoder equals COPY's escaping of the string followed by Java's own UTF-8 encoding. */
    @Test
    void textIsEscapedAndEncodedAsJavaWouldEncodeIt() {
        Tries.check(2_000, in -> {
            String value = in.anyString(255);
            byte[] line = new CopyTextLine().field(value).toBytes();

            String escaped = value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
            assertThat(line).isEqualTo((escaped + "\n").getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void byteaIsHexWithItsBackslashEscaped() {
        assertThat(new String(new CopyTextLine().field(new byte[] {0, (byte) 0xab, 0x7f}).field(null).toBytes(),
                StandardCharsets.UTF_8)).isEqualTo("\\\\x00ab7f\t\\N\n");
    }
}
