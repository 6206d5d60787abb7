package dev.greenops.model.intensity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies a test fixture (src/test/resources/.../intensity/fixtures) to a file DuckDB can read. */
public final class Fixtures {

    private Fixtures() {}

    public static Path copy(String name, Path dir) {
        String resource = "/dev/greenops/model/intensity/fixtures/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
