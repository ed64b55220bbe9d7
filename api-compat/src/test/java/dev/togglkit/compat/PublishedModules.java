package dev.togglkit.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The modules of the build that reach Maven Central: every module of the root pom whose packaging
 * makes an artifact (not {@code pom}) and that does not set {@code maven.deploy.skip}. Read from the
 * poms, so a module added later is held to the same checks without anyone listing it here.
 */
final class PublishedModules {

  /** One published module: its folder under the root and its artifactId. */
  static final class Module {
    final String folder;
    final String artifactId;
    final Path dir;

    Module(String folder, String artifactId, Path dir) {
      this.folder = folder;
      this.artifactId = artifactId;
      this.dir = dir;
    }

    @Override
    public String toString() {
      return artifactId + " (" + folder + "/)";
    }
  }

  private PublishedModules() {
  }

  static List<Module> of(Path root) {
    List<Module> published = new ArrayList<>();
    for (String folder : childTexts(read(root.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
      Path dir = root.resolve(folder);
      Element project = read(dir.resolve("pom.xml")).getDocumentElement();
      String packaging = childText(project, "packaging").orElse("jar");
      boolean deploySkipped = childTexts(project, "properties", "maven.deploy.skip").contains("true");
      if (!packaging.equals("pom") && !deploySkipped) {
        published.add(new Module(folder, childText(project, "artifactId").orElseThrow(
            () -> new IllegalStateException(dir.resolve("pom.xml") + " has no artifactId")), dir));
      }
    }
    return published;
  }

  private static Document read(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(Files.newInputStream(pom));
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
    }
  }

  /** The text of the direct child {@code name} of {@code parent}. */
  private static Optional<String> childText(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        return Optional.of(n.getTextContent().trim());
      }
    }
    return Optional.empty();
  }

  /** The texts of every {@code <grandchild>} inside the direct child {@code <child>} of {@code parent}. */
  private static List<String> childTexts(Element parent, String child, String grandchild) {
    List<String> texts = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(child)) {
        NodeList items = ((Element) n).getElementsByTagName(grandchild);
        for (int i = 0; i < items.getLength(); i++) {
          texts.add(items.item(i).getTextContent().trim());
        }
      }
    }
    return texts;
  }
}
