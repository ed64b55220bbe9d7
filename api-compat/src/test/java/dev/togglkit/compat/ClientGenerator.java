package dev.togglkit.compat;

import java.nio.file.Path;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Runs OpenAPI Generator in-process with the settings client/pom.xml gives the Maven plugin, on any
 * copy of spec/. {@link ApiCompatibilityTest} checks that the unedited spec generates exactly the
 * client's own sources, so these settings cannot drift from the pom's unnoticed.
 */
final class ClientGenerator {

  /** One spec document and the packages its code goes to, as in client/pom.xml's executions. */
  enum Document {
    TRACK("track-v9", "dev.togglkit.track"),
    FOCUS("focus", "dev.togglkit.focus");

    final String folder;
    final String basePackage;

    Document(String folder, String basePackage) {
      this.folder = folder;
      this.basePackage = basePackage;
    }
  }

  /** Where each run writes its Java sources, under its output folder (sourceFolder in client/pom.xml). */
  static final String SOURCE_FOLDER = "src/main/java";

  private final Path templates;

  ClientGenerator(Path templates) {
    this.templates = templates;
  }

  /**
   * Generates {@code document} from {@code specDir} into {@code output}/src/main/java: the main run
   * (services, models, internal files; config/&lt;document&gt;.yaml) and the params run (one
   * top-level {@code <Operation>Params} per operation; config/&lt;document&gt;-params.yaml), as the
   * pom's generate-&lt;document&gt; and generate-&lt;document&gt;-params executions do.
   */
  void generate(Path specDir, Document document, Path output) {
    run(specDir, document, output, document.folder + ".yaml", true);
    run(specDir, document, output, document.folder + "-params.yaml", false);
  }

  private void run(Path specDir, Document document, Path output, String configFile, boolean mainRun) {
    CodegenConfigurator config = CodegenConfigurator.fromFile(
        templates.resolve("config").resolve(configFile).toString());
    config.setGeneratorName("java");
    // As <quiet> in client/pom.xml: no donation banner per generated document.
    config.setQuiet(true);
    config.setLibrary("retrofit2");
    config.setTemplateDir(templates.toString());
    config.setInputSpec(specDir.resolve(document.folder).resolve("openapi.yaml").toString());
    config.setOutputDir(output.toString());
    config.setApiPackage(document.basePackage + ".api");
    config.setModelPackage(document.basePackage + ".model");
    config.setInvokerPackage(document.basePackage);
    config.addTypeMapping("number", "Double");
    config.addAdditionalProperty("togglkitSpecDocument", "spec/" + document.folder + "/openapi.yaml");
    config.addAdditionalProperty("serializationLibrary", "jsonb");
    config.addAdditionalProperty("dateLibrary", "java8");
    config.addAdditionalProperty("openApiNullable", "false");
    config.addAdditionalProperty("annotationLibrary", "none");
    config.addAdditionalProperty("useBeanValidation", "false");
    config.addAdditionalProperty("hideGenerationTimestamp", "true");
    config.addAdditionalProperty("sourceFolder", SOURCE_FOLDER);
    config.addGlobalProperty("apis", "");
    if (mainRun) {
      config.addGlobalProperty("models", "");
      config.addGlobalProperty("supportingFiles", "RequiredFields.java,track-v9.json,focus.json");
    } else {
      // As <generateModels>false</generateModels> and <generateSupportingFiles>false</generateSupportingFiles>.
      config.addGlobalProperty("models", "false");
      config.addGlobalProperty("supportingFiles", "false");
    }
    config.addGlobalProperty("apiTests", "false");
    config.addGlobalProperty("modelTests", "false");
    config.addGlobalProperty("apiDocs", "false");
    config.addGlobalProperty("modelDocs", "false");
    DefaultGenerator generator = new DefaultGenerator();
    generator.opts(config.toClientOptInput());
    generator.setGenerateMetadata(false);
    generator.generate();
  }
}
