package org.zhuye.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Inflates every part of a workbook once, counting, before the reader opens it: a part may not
 * expand beyond its cap, nor hold a run of text longer than a cell can be. The reader underneath
 * keeps the shared strings in memory and reads each cell's text whole, so a workbook of 1 MB whose
 * shared strings expand to 1 GiB would otherwise fill the heap. The sizes a zip declares can lie;
 * only the bytes actually inflated are counted, and counting stops at the cap, long before a bomb
 * has expanded.
 */
final class XlsxParts {

    /** Sheets are streamed row by row; this bounds the time a single part can take. */
    static final long MAX_SHEET_BYTES = 4L << 30;
    /** Parts read whole into memory (shared strings, styles, the workbook, relationships). */
    static final long MAX_OTHER_BYTES = 100L << 20;
    /**
     * Longest run of bytes without a '<': the text of one cell, at most 32,767 characters as
     * Excel allows, which in UTF-8 with character references stays far below this.
     */
    static final int MAX_TEXT_BYTES = 32_767 * 8;

    private XlsxParts() {
    }

    static void check(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    check(zip, entry);
                }
            }
        } catch (ZipException e) {
            throw new XlsxReader.XlsxFormatException(1, "文件不是有效的XLSX工作簿（ZIP结构损坏）");
        }
    }

    private static void check(ZipFile zip, ZipEntry entry) throws IOException {
        boolean sheet = entry.getName().matches("(?i)xl/worksheets/[^/]+\\.xml");
        // Pictures and printer settings are binary: only XML parts hold cell text.
        boolean xml = entry.getName().matches("(?i).*\\.(xml|rels)");
        long cap = sheet ? MAX_SHEET_BYTES : MAX_OTHER_BYTES;
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int run = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > cap) {
                    throw new XlsxReader.XlsxFormatException(1, "工作簿的“" + entry.getName() + "”部分解压后超过"
                            + (cap >> 20) + " MB，文件无法读取（可能是异常构造的文件）；请在Excel中另存为新的XLSX，或分成几个文件");
                }
                for (int i = 0; i < n; i++) {
                    run = buffer[i] == '<' ? 0 : run + 1;
                    if (xml && run > MAX_TEXT_BYTES) {
                        throw new XlsxReader.XlsxFormatException(1, "工作簿中有单元格超过32767个字符（Excel单元格的上限），文件无法读取");
                    }
                }
            }
        }
    }
}
