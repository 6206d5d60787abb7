package dev.greenops.views.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FilePrompts} with JavaFX file choosers; remembers the last folder used in this session. */
public final class FxFilePrompts implements FilePrompts {

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxFilePrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    private FileChooser chooser(String title, List<Filter> filters) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        for (Filter f : filters) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return c;
    }

    private Path remember(File f) {
        lastFolder = f.getParentFile();
        return f.toPath();
    }

    @Override
    public Optional<Path> open(String title, List<Filter> filters) {
        File f = chooser(title, filters).showOpenDialog(owner.get());
        return f == null ? Optional.empty() : Optional.of(remember(f));
    }

    @Override
    public List<Path> openMany(String title, List<Filter> filters) {
        List<File> files = chooser(title, filters).showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.getFirst());
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> openFolder(String title, Path initial) {
        javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
        c.setTitle(title);
        File start = initial != null && Files.isDirectory(initial) ? initial.toFile()
                : lastFolder != null && lastFolder.isDirectory() ? lastFolder : null;
        if (start != null) {
            c.setInitialDirectory(start);
        }
        File dir = c.showDialog(owner.get());
        if (dir == null) {
            return Optional.empty();
        }
        lastFolder = dir.getParentFile();
        return Optional.of(dir.toPath());
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, List<Filter> filters) {
        FileChooser c = chooser(title, filters);
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        Path p = remember(f);
        // a chooser on some platforms drops the extension the filter implies; add it back
        if (!filters.isEmpty() && !p.getFileName().toString().contains(".")) {
            String pattern = filters.getFirst().patterns().getFirst();
            if (pattern.startsWith("*.")) {
                p = p.resolveSibling(p.getFileName() + pattern.substring(1));
            }
        }
        return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
    }
}
