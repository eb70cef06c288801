package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A logo is checked by what it is, not by its name; an SVG keeps only drawing parts. */
class LogoCheckTest {

    final LogoCheck check = new LogoCheck();

    @Test
    void aRealPngOrJpegIsKept() throws Exception {
        for (String format : new String[] {"png", "jpg"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), format, out);
            LogoCheck.Result result = check.check(out.toByteArray());
            assertThat(result.problem()).isNull();
            assertThat(result.logo().contentType()).isEqualTo(format.equals("png") ? "image/png" : "image/jpeg");
        }
    }

    @Test
    void tooLargeBrokenOrForeignFilesAreRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2500, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        assertThat(check.check(out.toByteArray()).problem()).isEqualTo("sharing.logo.tooLarge");
        assertThat(check.check(new byte[LogoCheck.MAX_BYTES + 1]).problem()).isEqualTo("sharing.logo.tooLarge");
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThat(check.check(brokenPng).problem()).isEqualTo("sharing.logo.unreadable");
        assertThat(check.check("GIF89a...".getBytes(StandardCharsets.US_ASCII)).problem())
                .isEqualTo("sharing.logo.wrongType");
        assertThat(check.check("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo("sharing.logo.wrongType");
    }

    @Test
    void anSvgLosesScriptsHandlersLinksAndEntities() {
        String hostile = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
                  <script>alert(2)</script>
                  <a href="javascript:alert(3)"><rect width="10" height="10" fill="red" onclick="alert(4)"/></a>
                  <circle cx="5" cy="5" r="4" fill="url(https://evil.example/x)" style="fill:red"/>
                  <foreignObject><iframe src="https://evil.example"/></foreignObject>
                  <path d="M0 0 L10 10" stroke="#000"/>
                </svg>""";
        LogoCheck.Result result = check.check(hostile.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problem()).isNull();
        String clean = new String(result.logo().bytes(), StandardCharsets.UTF_8);
        assertThat(clean).contains("<path", "viewBox").doesNotContain("script", "alert", "onload", "onclick",
                "javascript", "evil", "foreignObject", "iframe", "style", "<a");
        String entities = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        assertThat(check.check(entities.getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo("sharing.logo.wrongType");
    }
}
