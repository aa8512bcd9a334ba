package org.zhuye.person.overview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The base block of the overview snapshot on disk, with the {@link RegistryMark} it was read at, so that a
 * restart can skip reading the whole registry when nothing was written since. The file is a copy of a copy:
 * it is used only when its mark equals the database's (see {@link RegistryMark}), and anything unexpected in it
 * (another format version, a short or damaged file: a CRC32 over everything guards that) makes the reader
 * ignore it and read the database as before. Written to a temporary file, synced and moved into place, so a
 * crash while writing leaves the old file or none, never half of one.
 */
final class OverviewSnapshotFile {

    private static final long MAGIC = 0x5A485559454F5631L; // "ZHUYEOV1"
    /** Raise when the block's columns or their meaning (the bits of attrs or event flags) change. */
    private static final int FORMAT = 1;

    private final Path file;

    OverviewSnapshotFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    record Saved(RegistryMark mark, OverviewBlock block) {
    }

    void write(RegistryMark mark, OverviewBlock block) throws IOException {
        byte[][] regionBytes = new byte[block.regions.length][];
        long size = 8 + 4 + 8 + 8 + 16 + 4;
        for (int r = 0; r < regionBytes.length; r++) {
            regionBytes[r] = block.regions[r].getBytes(StandardCharsets.UTF_8);
            size += 4 + regionBytes[r].length;
        }
        size += 4 + 4L * block.regionStart.length + 4 + 8L * block.ids.length + 4 + block.attrs.length
                + 4 + 4L * block.births.length + 4 + 4L * block.registered.length + 4 + 4L * block.eventStart.length
                + 4 + 4L * block.eventDays.length + 4 + block.eventFlags.length + 8;
        if (size > Integer.MAX_VALUE) {
            throw new IOException("概况快照过大，不保存到文件：" + size + " 字节");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.putLong(MAGIC).putInt(FORMAT);
        out.putLong(mark.lastId()).putLong(mark.count())
                .putLong(mark.token().getMostSignificantBits()).putLong(mark.token().getLeastSignificantBits());
        out.putInt(regionBytes.length);
        for (byte[] region : regionBytes) {
            out.putInt(region.length).put(region);
        }
        putInts(out, block.regionStart);
        out.putInt(block.ids.length);
        out.asLongBuffer().put(block.ids);
        out.position(out.position() + 8 * block.ids.length);
        out.putInt(block.attrs.length).put(block.attrs);
        putInts(out, block.births);
        putInts(out, block.registered);
        putInts(out, block.eventStart);
        putInts(out, block.eventDays);
        out.putInt(block.eventFlags.length).put(block.eventFlags);
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putLong(crc.getValue());

        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The saved block, or empty when there is no file or it cannot be trusted to be whole and of this format. */
    Optional<Saved> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        if (in.remaining() < 8 + 4 + 8 || in.getLong() != MAGIC || in.getInt() != FORMAT) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(in.array(), 0, in.limit() - 8);
        if (in.getLong(in.limit() - 8) != crc.getValue()) {
            return Optional.empty();
        }
        try {
            RegistryMark mark = new RegistryMark(in.getLong(), in.getLong(), new UUID(in.getLong(), in.getLong()));
            String[] regions = new String[in.getInt()];
            for (int r = 0; r < regions.length; r++) {
                byte[] bytes = new byte[in.getInt()];
                in.get(bytes);
                regions[r] = new String(bytes, StandardCharsets.UTF_8);
            }
            int[] regionStart = ints(in);
            long[] ids = new long[in.getInt()];
            in.asLongBuffer().get(ids);
            in.position(in.position() + 8 * ids.length);
            byte[] attrs = new byte[in.getInt()];
            in.get(attrs);
            int[] births = ints(in);
            int[] registered = ints(in);
            int[] eventStart = ints(in);
            int[] eventDays = ints(in);
            byte[] eventFlags = new byte[in.getInt()];
            in.get(eventFlags);
            return Optional.of(new Saved(mark, OverviewBlock.of(regions, regionStart, ids, attrs, births, registered,
                    eventStart, eventDays, eventFlags)));
        } catch (RuntimeException inconsistent) {
            // Whole (the CRC matched) but not a block this code can use: read the database instead.
            return Optional.empty();
        }
    }

    private static void putInts(ByteBuffer out, int[] values) {
        out.putInt(values.length);
        out.asIntBuffer().put(values);
        out.position(out.position() + 4 * values.length);
    }

    private static int[] ints(ByteBuffer in) {
        int[] values = new int[in.getInt()];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * values.length);
        return values;
    }
}
