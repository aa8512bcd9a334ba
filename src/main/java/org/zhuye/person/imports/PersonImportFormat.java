package org.zhuye.person.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.zhuye.platform.xlsx.XlsxReader;

/** The two file types the template comes in. */
enum PersonImportFormat {
    CSV, XLSX;

    /**
     * By content, whatever the name says: an XLSX is a ZIP archive, which starts "PK\3\4" (an old
     * .xls starts D0 CF 11 E0 and is refused by the workbook reader with its own message). Other
     * content is CSV, unless the name claims a workbook: then it is read as one and refused as
     * not being one, rather than shown as a CSV's wrong header.
     */
    static PersonImportFormat detect(String fileName, Path content) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(content)) {
            head = in.readNBytes(4);
        }
        boolean zip = XlsxReader.isZipArchive(content);
        boolean ole = head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return zip || ole || name.endsWith(".xlsx") || name.endsWith(".xls") ? XLSX : CSV;
    }
}
