package io.github.unifysequences.openapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads a YAML OpenAPI document into the same JSON tree a JSON document gives. */
final class SpecYaml {
    private SpecYaml() {}

    static JsonObject parse(String text, String what) {
        Object loaded;
        try {
            loaded = yaml().load(text);
        } catch (YAMLException e) {
            throw new SpecException(what + " is not valid JSON, nor valid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?>)) {
            throw new SpecException(what + " is not valid JSON, nor a YAML mapping");
        }
        return tree(loaded, what).getAsJsonObject();
    }

    /**
     * Safe types only, and timestamps left as strings: an example date such as {@code 2026-08-19}
     * must stay the string the JSON form of the same document has.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\\0");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                resolver);
    }

    private static JsonElement tree(Object value, String what) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.add(String.valueOf(entry.getKey()), tree(entry.getValue(), what));
            }
            return object;
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(item -> array.add(tree(item, what)));
            return array;
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        throw new SpecException(
                what + " holds a YAML value JSON cannot: " + value.getClass().getSimpleName());
    }
}
