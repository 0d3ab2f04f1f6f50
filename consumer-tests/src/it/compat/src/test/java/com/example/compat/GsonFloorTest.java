package com.example.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Every Gson class, method and field that our jars (SDK, generated client, sandbox) reference exists in the scenario's Gson, so no code path (not
 * only the export the other test runs) can fail with {@code NoClassDefFoundError} or {@code NoSuchMethodError} under
 * it. The references are read from the class files' constant pools, as the JVM links them.
 */
class GsonFloorTest {
    private static final String GSON = "com/google/gson/";

    @Test
    void everyGsonMemberTheSdkUsesExistsInThisGson() throws Exception {
        List<File> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (file.getName().startsWith("unify-sequences-") && file.getName().endsWith(".jar")) {
                jars.add(file);
            }
        }
        // The sandbox too: users run it in their tests' JVM (@SandboxTest), on their Gson.
        assertEquals(
                3, jars.size(), "the SDK's, the generated client's and the sandbox's jars on the class path: " + jars);

        TreeSet<String> references = new TreeSet<>();
        for (File jar : jars) {
            try (JarFile zip = new JarFile(jar)) {
                for (JarEntry entry : zip.stream().toList()) {
                    if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            gsonReferences(new DataInputStream(in), references);
                        }
                    }
                }
            }
        }
        assertTrue(references.size() > 20, "the scan found the SDK's use of Gson: " + references);

        List<String> missing = new ArrayList<>();
        for (String reference : references) {
            try {
                resolve(reference);
            } catch (ReflectiveOperationException | LinkageError e) {
                missing.add(reference + " (" + e + ")");
            }
        }
        System.out.println(System.getProperty("compat.scenario") + ": " + references.size()
                + " Gson references of the SDK checked, " + missing.size() + " missing");
        assertTrue(missing.isEmpty(), "missing from " + System.getProperty("compat.gsonJar") + ": " + missing);
    }

    /** "kind owner name descriptor", kind C (class), F (field) or M (method or constructor). */
    private static void resolve(String reference) throws ReflectiveOperationException {
        String[] parts = reference.split(" ");
        ClassLoader loader = GsonFloorTest.class.getClassLoader();
        Class<?> owner = Class.forName(parts[1].replace('/', '.'), false, loader);
        if (parts[0].equals("C")) {
            return;
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        if (parts[0].equals("F")) {
            Class<?> type = MethodType.fromMethodDescriptorString("()" + parts[3], loader)
                    .returnType();
            try {
                lookup.findGetter(owner, parts[2], type);
            } catch (NoSuchFieldException | IllegalAccessException instance) {
                lookup.findStaticGetter(owner, parts[2], type);
            }
            return;
        }
        MethodType type = MethodType.fromMethodDescriptorString(parts[3], loader);
        if (parts[2].equals("<init>")) {
            lookup.findConstructor(owner, type);
            return;
        }
        try {
            lookup.findVirtual(owner, parts[2], type);
        } catch (NoSuchMethodException | IllegalAccessException instance) {
            lookup.findStatic(owner, parts[2], type);
        }
    }

    /** Reads a class file's constant pool (JVMS 4.4) and adds each class, field and method of Gson it names. */
    private static void gsonReferences(DataInputStream in, TreeSet<String> references) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        int[] first = new int[count];
        int[] second = new int[count];
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt();
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 5, 6 -> {
                    in.readLong();
                    i++; // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int i = 1; i < count; i++) {
            if (tags[i] == 7 && utf8[first[i]].startsWith(GSON)) {
                references.add("C " + utf8[first[i]]);
            } else if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                String owner = utf8[first[first[i]]];
                if (owner.startsWith(GSON)) {
                    int nameAndType = second[i];
                    references.add((tags[i] == 9 ? "F " : "M ") + owner + " " + utf8[first[nameAndType]] + " "
                            + utf8[second[nameAndType]]);
                }
            }
        }
    }
}
