package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuye.person.CertificateStatus;
import org.zhuye.person.Sex;

/** The saved snapshot file, without a database: what is written is read back whole, and nothing else is trusted. */
class OverviewSnapshotFileTest {

    static final RegistryMark MARK = new RegistryMark(42, 40, UUID.fromString("8d7c1f5e-2b1a-4c3d-9e8f-0a1b2c3d4e5f"));

    @TempDir
    Path dir;

    @Test
    void aWrittenBlockIsReadBackWithItsMarkAndTheSameColumns() throws IOException {
        OverviewBlock block = block();
        OverviewSnapshotFile file = new OverviewSnapshotFile(dir.resolve("overview.bin"));
        file.write(MARK, block);

        OverviewSnapshotFile.Saved saved = file.read().orElseThrow();
        assertThat(saved.mark()).isEqualTo(MARK);
        OverviewBlock read = saved.block();
        assertThat(read.regions).containsExactly(block.regions);
        assertThat(read.regionStart).containsExactly(block.regionStart);
        assertThat(read.ids).containsExactly(block.ids);
        assertThat(read.attrs).containsExactly(block.attrs);
        assertThat(read.births).containsExactly(block.births);
        assertThat(read.registered).containsExactly(block.registered);
        assertThat(read.eventStart).containsExactly(block.eventStart);
        assertThat(read.eventDays).containsExactly(block.eventDays);
        assertThat(read.eventFlags).containsExactly(block.eventFlags);
        assertThat(read.positionOf(7)).isEqualTo(block.positionOf(7));
        assertThat(Files.exists(dir.resolve("overview.bin.tmp"))).isFalse();
    }

    @Test
    void aDamagedOrCutFileIsNotTrusted() throws IOException {
        Path path = dir.resolve("overview.bin");
        OverviewSnapshotFile file = new OverviewSnapshotFile(path);
        file.write(MARK, block());
        byte[] whole = Files.readAllBytes(path);

        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x10;
        Files.write(path, flipped);
        assertThat(file.read()).isEmpty();

        Files.write(path, java.util.Arrays.copyOf(whole, whole.length - 20));
        assertThat(file.read()).isEmpty();

        Files.write(path, "not a snapshot".getBytes());
        assertThat(file.read()).isEmpty();
    }

    @Test
    void noFileIsNoSnapshot() throws IOException {
        assertThat(new OverviewSnapshotFile(dir.resolve("missing.bin")).read()).isEmpty();
    }

    private static OverviewBlock block() {
        OverviewBlock.Builder builder = new OverviewBlock.Builder();
        byte attr = OverviewBlock.attr(3, 2, Sex.FEMALE, CertificateStatus.VALID);
        builder.addPerson(7, "150102001001", attr, -1200, 19_000);
        builder.addPerson(3, "150102001002", OverviewBlock.attr(1, 4, Sex.MALE, CertificateStatus.DECEASED), 3000, 19_500);
        builder.addPerson(9, "152923101201", attr, 5000, 20_000);
        builder.addEvent(3, 19_600, true, true, 2, true);
        builder.addEvent(9, 20_001, false, true, 0, false);
        builder.addEvent(9, 20_100, true, false, 5, false);
        return builder.build();
    }
}
