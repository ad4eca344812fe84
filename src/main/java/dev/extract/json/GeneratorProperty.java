package dev.extract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code generator} field of every record, {@code {"name": "extract", "version": "0.1.0"}}: which build
 * wrote it, so that a stored fact sheet can be traced to the rules that made it. Added by the printer,
 * not by the library's Article. The version comes from the build (a filtered resource).
 */
public final class GeneratorProperty extends VirtualBeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    /** The field's value, the same for every record of a run. */
    public static final Map<String, String> GENERATOR = generator();

    public GeneratorProperty() {
        // for Jackson
    }

    private GeneratorProperty(BeanPropertyDefinition propDef, Annotations annotations, JavaType type) {
        super(propDef, annotations, type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
        return GENERATOR;
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                                                BeanPropertyDefinition propDef, JavaType type) {
        return new GeneratorProperty(propDef, declaringClass.getAnnotations(), type);
    }

    private static Map<String, String> generator() {
        Properties p = new Properties();
        try (InputStream in = GeneratorProperty.class.getResourceAsStream("/dev/extract/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> g = new LinkedHashMap<>();
        g.put("name", "extract");
        g.put("version", p.getProperty("version", "unknown"));
        return java.util.Collections.unmodifiableMap(g);
    }
}
