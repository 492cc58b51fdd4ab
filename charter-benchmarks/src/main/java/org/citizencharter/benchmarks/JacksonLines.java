package org.citizencharter.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The yardstick of {@code charter batch} as a whole process: Jackson reads each line of a JSON Lines file
 * into its tree ({@code readTree}) and writes the tree back as a line, on one thread, with nothing checked
 * and nothing scored. {@code java -cp benchmarks.jar org.citizencharter.benchmarks.JacksonLines IN OUT},
 * timed with {@code /usr/bin/time -v} beside {@code charter batch IN --out OUT} (docs/performance.md).
 */
public final class JacksonLines {

    private JacksonLines() {
    }

    /**
     * Reads and writes the lines.
     *
     * @param args the input file and the output file
     * @throws IOException if either cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectWriter writer = mapper.writer();
        long lines = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            byte[] line = new byte[1 << 14];
            byte[] buffer = new byte[1 << 16];
            int length = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += roundTrip(mapper, writer, line, length, out);
                        length = 0;
                    } else {
                        if (length == line.length) {
                            line = Arrays.copyOf(line, length * 2);
                        }
                        line[length++] = b;
                    }
                }
            }
            lines += roundTrip(mapper, writer, line, length, out);
        }
        System.err.println(lines + " lines");
    }

    private static int roundTrip(ObjectMapper mapper, ObjectWriter writer, byte[] line, int length, OutputStream out)
            throws IOException {
        if (length == 0) {
            return 0;
        }
        JsonNode tree = mapper.readTree(line, 0, length);
        out.write(writer.writeValueAsBytes(tree));
        out.write('\n');
        return 1;
    }
}
