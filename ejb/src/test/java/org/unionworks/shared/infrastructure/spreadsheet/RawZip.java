package org.unionworks.shared.infrastructure.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives record by record, so that tests can make them lie: sizes that are not the real ones,
 * several directory records for one entry (the "non-recursive" zip bomb), damaged compressed data.
 */
final class RawZip {

    static final int STORED = 0;
    static final int DEFLATED = 8;
    static final int ENCRYPTED_FLAG = 1;

    private final ByteArrayOutputStream locals = new ByteArrayOutputStream();
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private int records;

    /** An entry whose records tell the truth. */
    RawZip deflated(String name, byte[] content) {
        return deflated(name, content, deflate(content), content.length);
    }

    /** An entry with the given compressed data (damaged, perhaps) and declared size (a lie, perhaps). */
    RawZip deflated(String name, byte[] content, byte[] compressed, long declaredSize) {
        int offset = local(name, DEFLATED, 0, compressed, crc(content), compressed.length, declaredSize);
        return central(name, DEFLATED, 0, crc(content), compressed.length, declaredSize, offset);
    }

    /** Writes a local header and the data as given; returns the header's offset for directory records. */
    int local(String name, int method, int flags, byte[] data, long crc, long compressedSize, long size) {
        int offset = locals.size();
        byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
        int32(locals, 0x04034b50);
        describe(locals, method, flags, crc, compressedSize, size, encodedName.length);
        locals.writeBytes(encodedName);
        locals.writeBytes(data);
        return offset;
    }

    RawZip central(String name, int method, int flags, long crc, long compressedSize, long size, int offset) {
        byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
        int32(central, 0x02014b50);
        int16(central, 20);
        describe(central, method, flags, crc, compressedSize, size, encodedName.length);
        int16(central, 0);
        int16(central, 0);
        int16(central, 0);
        int32(central, 0);
        int32(central, offset);
        central.writeBytes(encodedName);
        records++;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(locals.toByteArray());
        out.writeBytes(central.toByteArray());
        int32(out, 0x06054b50);
        int16(out, 0);
        int16(out, 0);
        int16(out, records);
        int16(out, records);
        int32(out, central.size());
        int32(out, locals.size());
        int16(out, 0);
        return out.toByteArray();
    }

    Path writeTo(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    /** The fields local headers and directory records share, from "version needed" to the extra field length. */
    private static void describe(ByteArrayOutputStream out, int method, int flags, long crc, long compressedSize,
            long size, int nameLength) {
        int16(out, 20);
        int16(out, flags | 0x800);
        int16(out, method);
        int32(out, 0);
        int32(out, (int) crc);
        int32(out, (int) compressedSize);
        int32(out, (int) size);
        int16(out, nameLength);
        int16(out, 0);
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        int16(out, value & 0xFFFF);
        int16(out, (value >>> 16) & 0xFFFF);
    }
}
