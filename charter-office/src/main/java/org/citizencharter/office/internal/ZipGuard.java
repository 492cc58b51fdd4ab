package org.citizencharter.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.citizencharter.core.InvalidInputException;

/**
 * Inflates every entry of an Office Open XML package once, counting, before POI opens it: a package that
 * inflates beyond the limit, or an entry that inflates more than the ratio allows (a zip bomb), or a zip
 * that is truncated or corrupt, is refused here, in bounded time and memory. POI's own ZipSecureFile
 * checks (its defaults) apply as well when it opens the package.
 */
public final class ZipGuard {

    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private ZipGuard() {
    }

    /**
     * Checks a package.
     *
     * @param bytes the file
     * @param reading the reading, for its limits and source
     * @throws InvalidInputException if the package is corrupt, truncated or a zip bomb
     */
    public static void check(byte[] bytes, Reading reading) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                long inflated = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    total += n;
                    if (total > reading.limits().maxInflatedBytes()) {
                        throw reading.error("The file inflates to more than " + reading.limits().maxInflatedBytes()
                                + " bytes, more than charter reads (a zip bomb, or a very large workbook)");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (inflated > RATIO_CHECKED_FROM && compressed > 0
                        && inflated / compressed > reading.limits().maxInflateRatio()) {
                    throw reading.error("A part of the file (" + entry.getName() + ") inflates " + inflated / compressed
                            + " times, more than charter allows (" + reading.limits().maxInflateRatio()
                            + "): it looks like a zip bomb");
                }
            }
        } catch (ZipException | java.io.EOFException broken) {
            throw reading.error("The file is not a complete Office file: its zip is corrupt or truncated")
                    .withHint("Save the file again from Word or Excel").withCause(broken);
        } catch (IOException e) {
            throw reading.error("The file cannot be read as a zip: " + e.getMessage()).withCause(e);
        }
        if (entries == 0) {
            throw reading.error("The file is not a complete Office file: its zip holds nothing")
                    .withHint("Save the file again from Word or Excel");
        }
    }
}
