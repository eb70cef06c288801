package dev.augenhoehe.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * One fragment of a template rendered to text, for a part of a page that is kept between views (the start page's
 * lists). It renders as the page itself would: the same messages, links and expressions, in the reader's language.
 * A kept fragment must not hold anything of one request alone, such as a form's CSRF token.
 */
@Component
public class Fragments {

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;
    private final JakartaServletWebApplication web;

    Fragments(ITemplateEngine templates, ApplicationContext application, ConversionService mvcConversionService,
            ServletContext servletContext) {
        this.templates = templates;
        this.application = application;
        this.conversions = mvcConversionService;
        this.web = JakartaServletWebApplication.buildApplication(servletContext);
    }

    public String render(String template, String fragment, Map<String, Object> variables, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(web.buildExchange(request, response), locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        return templates.process(template, Set.of(fragment), context);
    }
}
