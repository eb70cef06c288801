package dev.augenhoehe.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    /** Our own mapper: the stored format must not change when the web layer's JSON settings do. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * Our schema uses plain lower-case names. Unquoted, each database folds them its own way (H2 to upper,
     * PostgreSQL to lower) and the same mapping works on both; quoted, one of them would miss the tables.
     */
    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }

    /** Every module's {@link JsonColumn} becomes a pair of converters (value to JSON text and back). */
    @Bean
    JdbcCustomConversions jdbcCustomConversions(List<JsonColumn<?>> columns) {
        List<Object> converters = new ArrayList<>();
        for (JsonColumn<?> column : columns) {
            converters.add(new ToJson(column.type()));
            converters.add(new FromJson(column.type()));
        }
        return new JdbcCustomConversions(converters);
    }

    private record ToJson(Class<?> type) implements GenericConverter {
        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(type, String.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : JSON.writeValueAsString(source);
        }
    }

    private record FromJson(Class<?> type) implements GenericConverter {
        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, type));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : JSON.readValue((String) source, type);
        }
    }
}
