package lt.pagalba.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The OpenAPI document at {@code /v3/api-docs} says what the API really answers (the API tests check
 * every answer against it): a field that may be null says so, a value written as text is a string,
 * a merge patch is an object of the fields to change, and every operation lists the problem details
 * it may answer with ({@code application/problem+json}, with {@code errors} for invalid input).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    private static final String PROBLEM = "Problem";
    private static final List<String> ERRORS = List.of("400", "401", "403", "404", "422", "503");
    private static final List<String> WRITE_ERRORS = List.of("409");

    static {
        // PATCH bodies are JSON merge patches (RFC 7396), read as a tree: any object of the fields to change
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class,
                new ObjectSchema().description("A JSON merge patch (RFC 7396): the fields to change, null to clear one"));
    }

    /** A value Jackson writes as text (hours as "1.50", a phone number as "+370…") is a string in the document too. */
    @Bean
    PropertyCustomizer textValues() {
        return (property, type) -> {
            Annotation[] annotations = type.getCtxAnnotations();
            boolean text = false;
            for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
                text |= annotation instanceof JsonFormat format && format.shape() == JsonFormat.Shape.STRING
                        || annotation instanceof JsonSerialize serialize && serialize.using() == ToStringSerializer.class;
            }
            if (text) {
                property.setType("string");
                property.setTypes(null);
                property.setFormat(null);
                property.set$ref(null);
            }
            return property;
        };
    }

    @Bean
    OpenApiCustomizer problemsAndNulls() {
        return document -> {
            Components components = document.getComponents() == null ? new Components() : document.getComponents();
            document.setComponents(components);
            components.getSchemas().values().forEach(OpenApiDocument::nullableUnlessRequired);
            nullableWhereReferencedSo(components);
            components.addSchemas(PROBLEM, problem());
            if (document.getPaths() != null) {
                document.getPaths().values().forEach(path -> {
                    path.readOperations().forEach(OpenApiDocument::anyValuesInMaps);
                    withProblems(path);
                });
            }
        };
    }

    private static void withProblems(PathItem path) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.readOperationsMap().entrySet()) {
            List<String> statuses = new ArrayList<>(ERRORS);
            if (entry.getKey() != PathItem.HttpMethod.GET) {
                statuses.addAll(WRITE_ERRORS);
            }
            statuses.add("default");
            for (String status : statuses) {
                entry.getValue().getResponses().computeIfAbsent(status, s -> new ApiResponse()
                        .description(s.equals("default") ? "Any other refusal, as a problem detail" : "A problem detail")
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        }
    }

    /** A {@code Map<String, Object>} answer (a client with what other modules add) holds values of any type. */
    private static void anyValuesInMaps(Operation operation) {
        operation.getResponses().values().stream().filter(r -> r.getContent() != null)
                .flatMap(r -> r.getContent().values().stream()).map(MediaType::getSchema).filter(s -> s != null)
                .forEach(OpenApiDocument::anyValues);
    }

    private static void anyValues(Schema<?> schema) {
        if (schema.getAdditionalProperties() instanceof Schema<?> values && "object".equals(values.getType())
                && values.getProperties() == null && values.get$ref() == null) {
            schema.setAdditionalProperties(true);
        }
    }

    /**
     * OpenAPI 3.0 ignores what stands beside a {@code $ref}, so a field that may be null and refers to a
     * schema (a request's {@code client} while it has none) makes that schema nullable itself.
     */
    private static void nullableWhereReferencedSo(Components components) {
        Set<String> nullable = new HashSet<>();
        components.getSchemas().values().forEach(schema -> referencedAsNullable(schema, nullable));
        nullable.forEach(name -> {
            Schema<?> referenced = components.getSchemas().get(name);
            if (referenced != null) {
                referenced.setNullable(true);
            }
        });
    }

    private static void referencedAsNullable(Schema<?> schema, Set<String> into) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (property.get$ref() != null && !required.contains(name)) {
                into.add(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
            }
            referencedAsNullable(property, into);
        });
    }

    /** Jackson writes every field (null ones too): what is not required may be null, map values included. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableUnlessRequired(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name)) {
                property.setNullable(true);
                if (property.getEnum() != null && !property.getEnum().contains(null)) {
                    ((Schema) property).addEnumItemObject(null);
                }
            }
            anyValues(property);
            if (property.getAdditionalProperties() instanceof Schema<?> values) {
                values.setNullable(true);
                if (values.getItems() != null) {
                    // a map of lists of rows of any values (a person's data, part by part)
                    anyValues(values.getItems());
                }
            }
            nullableUnlessRequired(property);
            if (property.getItems() != null) {
                nullableUnlessRequired(property.getItems());
            }
        });
    }

    private static Schema<?> problem() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the JSON path of the field, e.g. contact.phone"))
                .addProperty("code", new StringSchema().description("required, invalid, too_long, malformed, …"))
                .addProperty("message", new StringSchema().description("in the caller's language"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error).description("every bad field, for invalid input"));
    }
}
