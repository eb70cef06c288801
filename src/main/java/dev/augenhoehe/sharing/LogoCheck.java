package dev.augenhoehe.sharing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks an uploaded logo: PNG or JPEG by their first bytes and a real decode (not the file name or the browser's
 * content type), at most {@link #MAX_BYTES} and {@link #MAX_PIXELS} a side; SVG parsed without DTDs or external
 * entities and rebuilt from an allow-list of drawing elements and attributes (no scripts, no event handlers, no
 * links, no styles), so what is stored cannot run anything on the client's page.
 */
@Component
class LogoCheck {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_PIXELS = 2000;

    record Result(SharingSettings.Logo logo, String problem) {
    }

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "defs", "linearGradient", "radialGradient", "stop", "title",
            "desc");
    private static final Set<String> ATTRIBUTES = Set.of("viewBox", "width", "height", "x", "y", "x1", "y1", "x2",
            "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "fill", "stroke", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "fill-rule", "clip-rule", "opacity", "fill-opacity", "stroke-opacity", "transform",
            "offset", "stop-color", "stop-opacity", "font-size", "font-family", "font-weight", "text-anchor", "id",
            "gradientUnits", "gradientTransform", "xmlns", "version", "preserveAspectRatio");

    Result check(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return new Result(null, "sharing.logo.missing");
        }
        if (file.getSize() > MAX_BYTES) {
            return new Result(null, "sharing.logo.tooLarge");
        }
        return check(file.getBytes());
    }

    Result check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return new Result(null, "sharing.logo.tooLarge");
        }
        String type = raster(bytes);
        if (type != null) {
            try {
                var image = ImageIO.read(new ByteArrayInputStream(bytes));
                if (image == null) {
                    return new Result(null, "sharing.logo.unreadable");
                }
                if (image.getWidth() > MAX_PIXELS || image.getHeight() > MAX_PIXELS) {
                    return new Result(null, "sharing.logo.tooLarge");
                }
            } catch (IOException | RuntimeException e) {
                return new Result(null, "sharing.logo.unreadable");
            }
            return new Result(new SharingSettings.Logo(type, bytes), null);
        }
        byte[] svg = sanitizedSvg(bytes);
        return svg == null ? new Result(null, "sharing.logo.wrongType")
                : new Result(new SharingSettings.Logo("image/svg+xml", svg), null);
    }

    private static String raster(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    /** The SVG rebuilt from allowed parts only, or null when it is not an SVG we can read safely. */
    static byte[] sanitizedSvg(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document in = builder.parse(new ByteArrayInputStream(bytes));
            Element root = in.getDocumentElement();
            if (!"svg".equals(root.getTagName())) {
                return null;
            }
            Document out = builder.newDocument();
            Element clean = copy(root, out);
            clean.setAttribute("xmlns", "http://www.w3.org/2000/svg");
            out.appendChild(clean);
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream result = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(out), new StreamResult(result));
            return result.toByteArray();
        } catch (Exception notASafeSvg) {
            return null;
        }
    }

    private static Element copy(Element source, Document target) {
        Element element = target.createElement(source.getTagName());
        NamedNodeMap attributes = source.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String value = a.getNodeValue();
            if (ATTRIBUTES.contains(a.getNodeName()) && !value.toLowerCase().contains("url(")
                    && !value.toLowerCase().contains("javascript:")) {
                element.setAttribute(a.getNodeName(), value);
            }
        }
        NodeList children = source.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e && ELEMENTS.contains(e.getTagName())) {
                element.appendChild(copy(e, target));
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                element.appendChild(target.createTextNode(child.getNodeValue()));
            }
        }
        return element;
    }
}
