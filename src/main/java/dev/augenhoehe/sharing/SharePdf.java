package dev.augenhoehe.sharing;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The share as a PDF, from the same {@link ClientPage} as the client's page: a cover, the recap, each brief, the
 * know-how terms as an appendix, the link and its expiry printed for the record. Fonts are embedded (DejaVu Sans:
 * umlauts, ß and € in every PDF viewer). The template is XHTML, as openhtmltopdf wants it.
 */
@Component
class SharePdf {

    static final String TEMPLATE = "sharing/pdf";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        // openhtmltopdf writes to its own console handler, INFO lines on every PDF ("Prepare to fly"); keep warnings
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    // font metrics are read once, not for every PDF: the largest part of a warm render otherwise
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    SharePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** @param link the client's link, or null when the consultant prints a single brief version */
    byte[] render(ClientPage page, Locale locale, String link) {
        Context context = new Context(locale, Map.of("page", page, "link", link == null ? "" : link,
                "printedAt", page.date(Instant.now())));
        String html = xmlSafe(templates.process(TEMPLATE, context));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // an SVG logo was sanitised at upload; Batik still gets no scripts and no external resources
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE,
                    SvgExternalResourceMode.SECURE));
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            builder.useFont(() -> new java.io.ByteArrayInputStream(REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL,
                    true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Drops what XML 1.0 cannot carry (control characters, lone surrogates): the PDF's parser would fail on them,
     * and a client's pasted text may contain anything.
     */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF && c != 0x7F)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String fileName(ClientPage page) {
        String base = (page.clientName() + " " + page.title()).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        String ascii = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "");
        return (ascii.isEmpty() ? "share" : ascii) + ".pdf";
    }

    private static byte[] font(String name) {
        try (InputStream in = new ClassPathResource("sharing/fonts/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + name + " missing from the jar", e);
        }
    }
}
