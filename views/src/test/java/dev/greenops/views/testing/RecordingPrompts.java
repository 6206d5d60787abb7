package dev.greenops.views.testing;

import dev.greenops.views.common.FilePrompts;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** File prompts that answer from a queue the test fills, and record what was asked. */
public final class RecordingPrompts implements FilePrompts {

    public final Deque<Path> answers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    public RecordingPrompts answer(Path p) {
        answers.add(p);
        return this;
    }

    @Override
    public Optional<Path> open(String title, List<Filter> filters) {
        asked.add(title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public List<Path> openMany(String title, List<Filter> filters) {
        asked.add(title);
        List<Path> all = new ArrayList<>(answers);
        answers.clear();
        return all;
    }

    @Override
    public Optional<Path> openFolder(String title, Path initial) {
        asked.add(title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, List<Filter> filters) {
        asked.add(title + " [" + suggestedName + "]");
        return Optional.ofNullable(answers.poll());
    }
}
