package org.monitoringadvisor.knowledge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in catalogues read once, at build time, into a compact form: the YAML trees of {@code rulebase.yaml},
 * {@code questions.yaml}, {@code sources.yaml} and the {@code *.findings.yaml} files, every node with its line and
 * column, and the names of the files under {@code rules/}. A cold start then reads one small stream instead of
 * running the YAML parser over 130 KB (0.14-0.3 s of a start on this machine) and walking the jar's 23,000
 * entries for the names. The catalogues are still built from the trees by the same code, with the same checks.
 * The build runs {@link #main}; at run time the trees are used only if the files' texts are the ones they were
 * read from ({@link PrecompiledFile}); otherwise every file is parsed as before.
 */
final class CompactCatalogues {

    /** Where the build puts the compact catalogues, on the class path. */
    static final String RESOURCE = "precompiled/builtin-catalogues.bin";

    private static final PrecompiledFile FILE = new PrecompiledFile("monitoring-advisor compact catalogues 1",
            ObjectOutputStream::new, ObjectInputStream::new);

    private static final byte MAP = 'M';
    private static final byte LIST = 'L';
    private static final byte TEXT = 'T';
    private static final byte EMPTY = 'E';

    /** What the file holds: the names of the files under {@code rules/}, and the catalogues' trees by name. */
    record Trees(List<String> names, Map<String, YamlNode> trees) {
    }

    private CompactCatalogues() {
    }

    /** The build step: reads the built-in catalogues and writes their trees to the file named. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompactCatalogues OUTPUT_FILE");
        }
        KnowledgeFiles files = KnowledgeFiles.builtIn();
        Knowledge.load(files); // fails the build, file and line, if a catalogue is broken
        try (OutputStream out = PrecompiledFile.newFile(Path.of(args[0]))) {
            write(files, out);
        }
    }

    /** Writes the names of {@code files} and the trees of their catalogues, with the catalogues' fingerprint. */
    static void write(KnowledgeFiles files, OutputStream out) throws IOException {
        List<String> catalogues = catalogues(files.names());
        FILE.write(out, fingerprint(files, catalogues), objects -> {
            objects.writeInt(files.names().size());
            for (String name : files.names()) {
                objects.writeUTF(name);
            }
            // The trees as one block, read back with a plain data stream: quicker than the object stream's own.
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            DataOutputStream trees = new DataOutputStream(block);
            trees.writeInt(catalogues.size());
            for (String name : catalogues) {
                String location = files.location(name);
                trees.writeUTF(name);
                trees.writeUTF(location);
                writeNode(YamlReader.parse(location, files.read(name)), trees);
            }
            trees.flush();
            objects.writeInt(block.size());
            block.writeTo(objects);
        });
    }

    /** The compact catalogues on the class path, as stored; empty if there are none, or unreadable ones. */
    static Optional<PrecompiledFile.Stored<Trees>> readBuiltIn() {
        return FILE.readResource(CompactCatalogues.class.getClassLoader(), RESOURCE, CompactCatalogues::read);
    }

    /** The compact catalogues in {@code in}, as stored; empty if unreadable. */
    static Optional<PrecompiledFile.Stored<Trees>> read(InputStream in) {
        return FILE.read(in, CompactCatalogues::read);
    }

    /** The trees, if they were read from the texts {@code files} has now. */
    static Optional<Trees> ifMadeFrom(PrecompiledFile.Stored<Trees> stored, KnowledgeFiles files) {
        return stored.ifMadeFrom(fingerprint(files, List.copyOf(stored.body().trees().keySet())));
    }

    /** The files that are catalogues: what {@link Knowledge#load} reads as YAML. */
    static List<String> catalogues(List<String> names) {
        return names.stream().filter(n -> n.equals(RuleBaseInfo.FILE) || n.equals(QuestionCatalogue.FILE)
                || n.equals(SourceCatalogue.FILE) || n.endsWith(FindingCatalogue.SUFFIX)).toList();
    }

    private static String fingerprint(KnowledgeFiles files, List<String> names) {
        return PrecompiledFile.fingerprint(names, name -> name, files::read);
    }

    private static Trees read(ObjectInputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            names.add(in.readUTF());
        }
        byte[] block = new byte[in.readInt()];
        in.readFully(block);
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(block));
        Map<String, YamlNode> trees = new LinkedHashMap<>();
        for (int count = data.readInt(); count > 0; count--) {
            String name = data.readUTF();
            trees.put(name, readNode(data, data.readUTF()));
        }
        return new Trees(List.copyOf(names), Collections.unmodifiableMap(trees));
    }

    /**
     * A node as {@link YamlReader} makes it: maps keep their order, and every node its line and column (the file is
     * written once, for the whole tree).
     */
    private static void writeNode(YamlNode node, DataOutputStream out) throws IOException {
        if (node.isMap()) {
            out.writeByte(MAP);
            writePosition(node.position(), out);
            out.writeInt(node.fields().size());
            for (Map.Entry<String, YamlNode> field : node.fields().entrySet()) {
                out.writeUTF(field.getKey());
                writeNode(field.getValue(), out);
            }
        } else if (node.isList()) {
            out.writeByte(LIST);
            writePosition(node.position(), out);
            out.writeInt(node.items().size());
            for (YamlNode item : node.items()) {
                writeNode(item, out);
            }
        } else {
            out.writeByte(node.text() == null ? EMPTY : TEXT);
            writePosition(node.position(), out);
            if (node.text() != null) {
                out.writeUTF(node.text());
            }
        }
    }

    private static YamlNode readNode(DataInputStream in, String file) throws IOException {
        byte kind = in.readByte();
        Position at = new Position(file, in.readInt(), in.readInt());
        switch (kind) {
            case MAP -> {
                Map<String, YamlNode> fields = new LinkedHashMap<>();
                for (int count = in.readInt(); count > 0; count--) {
                    String key = in.readUTF();
                    fields.put(key, readNode(in, file));
                }
                return new YamlNode(Collections.unmodifiableMap(fields), null, null, at);
            }
            case LIST -> {
                List<YamlNode> items = new ArrayList<>();
                for (int count = in.readInt(); count > 0; count--) {
                    items.add(readNode(in, file));
                }
                return new YamlNode(null, List.copyOf(items), null, at);
            }
            case TEXT -> {
                return new YamlNode(null, null, in.readUTF(), at);
            }
            case EMPTY -> {
                return new YamlNode(null, null, null, at);
            }
            default -> throw new IOException("unknown node kind " + kind);
        }
    }

    private static void writePosition(Position at, DataOutputStream out) throws IOException {
        out.writeInt(at.line());
        out.writeInt(at.column());
    }
}
