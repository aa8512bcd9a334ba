package org.zhuye.person.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The two file types the template comes in. */
enum PersonImportFormat {
    CSV, XLSX;

    /** By the name's extension, else by content: an XLSX is a ZIP archive, which starts "PK\3\4". */
    static PersonImportFormat detect(String fileName, Path content) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        try (InputStream in = Files.newInputStream(content)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 ? XLSX : CSV;
        }
    }
}
