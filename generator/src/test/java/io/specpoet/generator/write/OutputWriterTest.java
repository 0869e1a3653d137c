package io.specpoet.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path work;

    final OutputWriter writer = new OutputWriter();

    static SortedMap<String, String> files(String... pathsAndContents) {
        SortedMap<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return files;
    }

    @Test
    void writesUtf8WithTheGivenLineEnds() throws IOException {
        writer.write(work, files("a/B.java", "über\n"));

        assertThat(Files.readAllBytes(work.resolve("a/B.java")))
                .isEqualTo("über\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedFileIsNotRewritten() throws IOException {
        writer.write(work, files("a/B.java", "same\n"));
        Path file = work.resolve("a/B.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);

        OutputWriter.WriteResult result = writer.write(work, files("a/B.java", "same\n"));

        assertThat(result.written()).isEmpty();
        assertThat(result.unchanged()).containsExactly("a/B.java");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void filesNoLongerGeneratedAreDeletedAndOthersLeftAlone() throws IOException {
        writer.write(work, files("a/B.java", "b\n", "c/D.java", "d\n"));
        Files.writeString(work.resolve("a/Handwritten.java"), "mine\n");

        OutputWriter.WriteResult result = writer.write(work, files("a/B.java", "b\n"));

        assertThat(result.deleted()).containsExactly("c/D.java");
        assertThat(work.resolve("c")).doesNotExist();
        assertThat(work.resolve("a/Handwritten.java")).hasContent("mine");
    }

    @Test
    void aPathLeavingTheOutputFolderIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> writer.write(work.resolve("out"), files("a/Ok.java", "ok\n", "../escape.java", "x\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to write '../escape.java' outside the output folder");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(work.resolve("escape.java")).doesNotExist();
    }

    @Test
    void aTamperedManifestCannotDeleteOutsideTheFolder() throws IOException {
        Path out = work.resolve("out");
        writer.write(out, files("a/B.java", "b\n"));
        Files.writeString(work.resolve("precious.txt"), "keep\n");
        Files.writeString(out.resolve(OutputWriter.MANIFEST), "a/B.java\n../precious.txt\n");

        writer.write(out, files("a/B.java", "b\n"));

        assertThat(work.resolve("precious.txt")).exists();
    }

    @Test
    void filesHandedOverOneByOneAppearOnlyWhenCommitted() throws IOException {
        Path out = work.resolve("out");
        writer.write(out, files("a/B.java", "b\n"));
        try (OutputWriter.Staging staging = writer.begin(out)) {
            staging.add("a/B.java", "changed\n");
            staging.add("c/D.java", "d\n");

            assertThat(out.resolve("a/B.java")).hasContent("b");
            assertThat(out.resolve("c")).doesNotExist();

            OutputWriter.WriteResult result = staging.commit();
            assertThat(result.written()).containsExactly("a/B.java", "c/D.java");
        }
        assertThat(out.resolve("a/B.java")).hasContent("changed");
        assertThat(out.resolve("c/D.java")).hasContent("d");
        try (var entries = Files.list(out)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .as("no staging folder is left behind")
                    .containsExactlyInAnyOrder("a", "c", OutputWriter.MANIFEST);
        }
    }

    @Test
    void aWriteThatIsNotCommittedLeavesNothingBehind() throws IOException {
        Path existing = work.resolve("existing");
        writer.write(existing, files("a/B.java", "b\n"));
        try (OutputWriter.Staging staging = writer.begin(existing)) {
            staging.add("a/B.java", "changed\n");
            staging.add("c/D.java", "d\n");
        }
        assertThat(existing.resolve("a/B.java")).hasContent("b");
        try (var entries = Files.list(existing)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("a", OutputWriter.MANIFEST);
        }

        Path fresh = work.resolve("new/out");
        try (OutputWriter.Staging staging = writer.begin(fresh)) {
            staging.add("a/B.java", "b\n");
        }
        assertThat(work.resolve("new")).as("the folders it made are gone too").doesNotExist();
    }

    @Test
    void twoFilesWithOnePathAreRefused() {
        try (OutputWriter.Staging staging = writer.begin(work)) {
            staging.add("a/B.java", "b\n");
            assertThatThrownBy(() -> staging.add("a/B.java", "other\n"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a/B.java");
        }
    }

    @Test
    void aKilledRunsStagingFolderIsRemovedByTheNextRun() throws IOException {
        Path out = work.resolve("out");
        writer.write(out, files("a/B.java", "b\n"));
        // A run killed after it staged a file: its lock file is there, but nobody holds it.
        Files.createDirectories(out.resolve(".specpoet-staging-killed"));
        Files.writeString(out.resolve(".specpoet-staging-killed/1.tmp"), "half");
        Files.createFile(out.resolve(".specpoet-staging-killed.lock"));
        // A run of a version that made no lock files.
        Files.createDirectories(out.resolve(".specpoet-staging-older"));
        Files.writeString(out.resolve(".specpoet-staging-older/1.tmp"), "half");

        writer.write(out, files("a/B.java", "b\n"));

        try (var entries = Files.list(out)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("a", OutputWriter.MANIFEST);
        }
    }

    @Test
    void aStagingFolderAnotherProcessHoldsIsLeftUntilThatProcessEnds() throws Exception {
        Path out = work.resolve("out");
        Path lockFile = out.resolve(".specpoet-staging-live.lock");
        Path staged = out.resolve(".specpoet-staging-live/1.tmp");
        Files.createDirectories(staged.getParent());
        Files.writeString(staged, "being written");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        lockFile.toString())
                .redirectErrorStream(true)
                .start();
        try {
            var output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("locked");

            writer.write(out, files("a/B.java", "b\n"));
            assertThat(staged).as("a live run's staging is kept").hasContent("being written");
            assertThat(lockFile).exists();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }

        writer.write(out, files("a/B.java", "c\n"));
        assertThat(staged.getParent()).doesNotExist();
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aStagingFolderOfAnotherRunInThisJvmIsLeftAlone() throws IOException {
        Path out = work.resolve("out");
        try (OutputWriter.Staging first = writer.begin(out)) {
            first.add("a/B.java", "first\n");

            writer.write(out, files("c/D.java", "second\n"));

            assertThat(first.commit().written()).containsExactly("a/B.java");
        }
        assertThat(out.resolve("a/B.java")).hasContent("first");
        try (var entries = Files.list(out)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .as("nothing of either run's staging is left")
                    .noneMatch(name -> name.startsWith(".specpoet-staging"));
        }
    }

    /** Holds a lock on a file, as a running generation does, until its standard input closes. */
    public static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel =
                    FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock();
                System.out.println("locked");
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }
}
