package io.github.talentrules.sheet;

import io.github.talentrules.explain.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the two readers of XLSX files (sheets of candidates, sheets of scenarios) share: the guard
 * against a zip bomb.
 */
final class Workbooks {
    /** As POI's ZipSecureFile: a part that inflates more than 100 times over is refused. */
    private static final long MAX_INFLATE_RATIO = 100;
    /** Small parts compress well by nature and are let through. */
    private static final long SMALL_PART = 1 << 20;

    private Workbooks() {
    }

    /**
     * @throws IllegalArgumentException naming the file and the part, when a part's declared size is
     *         more than 100 times its compressed size, or the file is not a zip at all
     */
    static void refuseZipBomb(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size > SMALL_PART && packed > 0 && size / packed > MAX_INFLATE_RATIO) {
                    throw new UnreadableSheetException(file.toString(), Text.of(
                            "部件 " + e.getName() + " 解压后会膨胀 " + size / packed + " 倍（" + size + " 字节）：疑为压缩炸弹，拒绝读取",
                            "part " + e.getName() + " would inflate " + size / packed
                            + " times over (" + size + " bytes): refused as a possible zip bomb"));
                }
            }
        } catch (IOException e) {
            throw new UnreadableSheetException(file.toString(), Text.of("无法按 .xlsx 工作簿读取（" + e.getMessage() + "）",
                    "cannot be read as an .xlsx workbook (" + e.getMessage() + ")"), e);
        }
    }
}
