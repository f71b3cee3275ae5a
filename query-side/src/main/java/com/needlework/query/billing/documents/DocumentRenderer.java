package com.needlework.query.billing.documents;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the documents: a Thymeleaf template (which escapes every text it prints) into XHTML, then
 * the XHTML into a PDF. The templates load nothing from outside: the renderer refuses every
 * external resource.
 */
@Component
public class DocumentRenderer {

  static {
    // the renderer's messages can quote the document's text, which is patient data
    XRLog.setLoggingEnabled(false);
  }

  private final TemplateEngine templates = new TemplateEngine();

  public DocumentRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/documents/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
  }

  public byte[] statement(StatementDocument statement) {
    return pdf(html("statement", statement));
  }

  public byte[] superbill(SuperbillDocument superbill) {
    return pdf(html("superbill", superbill));
  }

  String html(String template, Object document) {
    Context context = new Context(Locale.US);
    context.setVariable("document", document);
    context.setVariable("fmt", new DocumentFormats());
    return templates.process(template, context);
  }

  static byte[] pdf(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      new PdfRendererBuilder()
          .useFastMode()
          .useExternalResourceAccessControl(
              (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .withHtmlContent(xhtml, null)
          .toStream(pdf)
          .run();
    } catch (IOException failed) {
      throw new UncheckedIOException("Could not render a document", failed);
    }
    return pdf.toByteArray();
  }
}
