package dev.togglkit.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Reads model classes the way Moshi's reflective adapter does (fields by {@code @Json} name,
 * unknown names skipped), but refuses an object that names a key twice: Moshi's own class adapter
 * lets the last value win, so {@code {"id":1,"id":2}} would decode silently. Writing is left to
 * Moshi's adapter unchanged.
 *
 * <p>Known names are checked with one bit per field (no allocation); an unknown name is read as a
 * string only when one occurs, and only then remembered. Applies to concrete, non-generic classes
 * outside the platform packages that have a no-argument constructor: the generated models and
 * classes shaped like them. Anything else is left to Moshi.
 *
 * <p>Required properties: in a {@code @NullMarked} package (the generated model packages), a
 * reference-typed field without {@code @Nullable} is one the spec requires in every response
 * (modelPojo.mustache writes it so for a required read-only property, e.g. {@code Client.id}). An
 * object that leaves such a key out, or sends it as {@code null}, is refused with a
 * {@link JsonDataException} naming the key, which the client reports as a decoding error, instead
 * of a model whose non-null getter would fail later.
 *
 * <p>Escape hatches, found by the names modelPojo.mustache gives these transient fields: unknown keys
 * go into {@code additionalProperties} (read with {@link JsonReader#readJsonValue()}, which refuses
 * duplicate keys too) instead of being skipped; for an enum field {@code x} decoding as
 * {@code UNKNOWN}, the wire string goes into {@code xRawValue}; and when writing, the wire names in
 * {@code explicitNulls} are written as JSON {@code null} (Moshi leaves nulls out). A class without
 * these fields decodes and encodes as before, and an object with no explicit null is written by
 * Moshi's own adapter.
 */
public final class StrictObjectAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!(type instanceof Class) || !annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = (Class<?>) type;
    if (!isPlainModel(raw)) {
      return null;
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor();
    } catch (NoSuchMethodException noDefault) {
      return null;
    }
    TreeMap<String, Field> fields = new TreeMap<>();
    Field extras = null;
    Field explicitNulls = null;
    java.util.Map<String, Field> rawValues = new java.util.HashMap<>();
    for (Class<?> c = raw; c != Object.class; c = c.getSuperclass()) {
      if (isPlatform(c) || c.getTypeParameters().length > 0) {
        return null;
      }
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        Json json = field.getAnnotation(Json.class);
        if (Modifier.isTransient(modifiers) && !Modifier.isStatic(modifiers)) {
          if (field.getName().equals("additionalProperties") && field.getType() == java.util.Map.class) {
            extras = field;
          } else if (field.getName().equals("explicitNulls") && field.getType() == Set.class) {
            explicitNulls = field;
          } else if (field.getName().endsWith("RawValue") && field.getType() == String.class) {
            rawValues.put(field.getName().substring(0, field.getName().length() - "RawValue".length()), field);
          }
          continue;
        }
        if (Modifier.isStatic(modifiers) || (json != null && json.ignore())) {
          continue;
        }
        if (field.getGenericType() instanceof TypeVariable) {
          return null;
        }
        String name = json == null || Json.UNSET_NAME.equals(json.name()) ? field.getName() : json.name();
        if (fields.put(name, field) != null) {
          return null; // Moshi's own adapter reports conflicting fields with its message
        }
      }
    }
    constructor.setAccessible(true);
    List<Binding> bindings = new ArrayList<>();
    for (java.util.Map.Entry<String, Field> entry : fields.entrySet()) {
      Field field = entry.getValue();
      field.setAccessible(true);
      JsonAdapter<Object> adapter =
          moshi.adapter(field.getGenericType(), qualifiers(field), field.getName());
      Field rawValue = rawValues.get(field.getName());
      java.util.function.Function<String, Enum<?>> enumLookup =
          rawValue == null ? null : TolerantEnumAdapterFactory.lookup(field.getType());
      if (enumLookup != null) {
        rawValue.setAccessible(true);
      }
      bindings.add(new Binding(entry.getKey(), field, adapter, isRequired(raw, field),
          enumLookup == null ? null : rawValue, enumLookup));
    }
    if (extras != null) {
      extras.setAccessible(true);
    }
    if (explicitNulls != null) {
      explicitNulls.setAccessible(true);
    }
    JsonAdapter<Object> writer = moshi.nextAdapter(this, type, annotations);
    return new StrictObjectAdapter(raw, constructor, bindings, writer, extras, explicitNulls).nullSafe();
  }

  /** A reference field the class's {@code @NullMarked} package declares without {@code @Nullable}. */
  private static boolean isRequired(Class<?> owner, Field field) {
    Package pkg = owner.getPackage();
    return pkg != null && pkg.isAnnotationPresent(NullMarked.class) && !field.getType().isPrimitive()
        && !field.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  private static boolean isPlainModel(Class<?> raw) {
    int modifiers = raw.getModifiers();
    return !raw.isInterface() && !raw.isEnum() && !raw.isArray() && !raw.isPrimitive()
        && !raw.isAnonymousClass() && !raw.isLocalClass() && !Modifier.isAbstract(modifiers)
        && (raw.getEnclosingClass() == null || Modifier.isStatic(modifiers))
        && !isPlatform(raw);
  }

  private static boolean isPlatform(Class<?> c) {
    String name = c.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("kotlin.")
        || name.startsWith("kotlinx.") || name.startsWith("android.")
        || name.startsWith("androidx.") || name.startsWith("scala.");
  }

  private static Set<Annotation> qualifiers(Field field) {
    Set<Annotation> result = null;
    for (Annotation annotation : field.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        if (result == null) {
          result = new LinkedHashSet<>();
        }
        result.add(annotation);
      }
    }
    return result == null ? Collections.emptySet() : Collections.unmodifiableSet(result);
  }

  private static final class Binding {
    final String name;
    final Field field;
    final JsonAdapter<Object> adapter;
    final boolean required;
    /** For an enum field: where the wire string behind UNKNOWN goes, and the wire-to-constant map. */
    final @Nullable Field rawValue;
    final java.util.function.@Nullable Function<String, Enum<?>> enumLookup;

    Binding(String name, Field field, JsonAdapter<Object> adapter, boolean required,
        @Nullable Field rawValue, java.util.function.@Nullable Function<String, Enum<?>> enumLookup) {
      this.name = name;
      this.field = field;
      this.adapter = adapter;
      this.required = required;
      this.rawValue = rawValue;
      this.enumLookup = enumLookup;
    }
  }

  private static final class StrictObjectAdapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final Constructor<?> constructor;
    private final Binding[] bindings;
    private final JsonReader.Options names;
    private final JsonAdapter<Object> writer;
    private final Binding[] required;
    private final @Nullable Field extras;
    private final @Nullable Field explicitNulls;

    StrictObjectAdapter(Class<?> type, Constructor<?> constructor, List<Binding> bindings,
        JsonAdapter<Object> writer, @Nullable Field extras, @Nullable Field explicitNulls) {
      this.extras = extras;
      this.explicitNulls = explicitNulls;
      this.type = type;
      this.constructor = constructor;
      this.bindings = bindings.toArray(new Binding[0]);
      String[] wireNames = new String[bindings.size()];
      for (int i = 0; i < wireNames.length; i++) {
        wireNames[i] = bindings.get(i).name;
      }
      this.names = JsonReader.Options.of(wireNames);
      this.writer = writer;
      this.required = bindings.stream().filter(b -> b.required).toArray(Binding[]::new);
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object result = newInstance();
      // One bit per field while there are at most 64 of them; a flag array beyond that.
      long seenBits = 0L;
      boolean[] seenFlags = bindings.length > 64 ? new boolean[bindings.length] : null;
      Set<String> unknownSeen = null;
      java.util.Map<String, @Nullable Object> unknownValues = null;
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(names);
        if (index == -1) {
          String name = reader.nextName();
          if (extras != null) {
            if (unknownValues == null) {
              unknownValues = new java.util.LinkedHashMap<>();
            } else if (unknownValues.containsKey(name)) {
              throw duplicate(reader, name);
            }
            unknownValues.put(name, reader.readJsonValue());
            continue;
          }
          if (unknownSeen == null) {
            unknownSeen = new HashSet<>();
          }
          if (!unknownSeen.add(name)) {
            throw duplicate(reader, name);
          }
          reader.skipValue();
          continue;
        }
        if (seenFlags == null) {
          long bit = 1L << index;
          if ((seenBits & bit) != 0) {
            throw duplicate(reader, bindings[index].name);
          }
          seenBits |= bit;
        } else {
          if (seenFlags[index]) {
            throw duplicate(reader, bindings[index].name);
          }
          seenFlags[index] = true;
        }
        Binding binding = bindings[index];
        Object value;
        if (binding.enumLookup != null && reader.peek() == JsonReader.Token.STRING) {
          String wire = reader.nextString();
          Enum<?> constant = binding.enumLookup.apply(wire);
          if (constant.name().equals(TolerantEnumAdapterFactory.UNKNOWN)) {
            set(binding.rawValue, result, wire);
          }
          value = constant;
        } else {
          value = binding.adapter.fromJson(reader);
        }
        set(binding.field, result, value);
      }
      if (unknownValues != null) {
        set(extras, result, java.util.Collections.unmodifiableMap(unknownValues));
      }
      for (Binding binding : required) {
        if (read(binding.field, result) == null) {
          throw new JsonDataException("required key '" + binding.name + "' missing (or null) in a "
              + type.getSimpleName() + " object at path " + objectPath(reader));
        }
      }
      reader.endObject();
      return result;
    }

    /** The path of the object being read: the reader's path ({@code $[1].name}) without its last key. */
    private static String objectPath(JsonReader reader) {
      String path = reader.getPath();
      int lastKey = path.lastIndexOf('.');
      return lastKey > 0 ? path.substring(0, lastKey) : path;
    }

    private static void set(@Nullable Field field, Object model, @Nullable Object value) {
      try {
        field.set(model, value);
      } catch (IllegalAccessException e) {
        throw new AssertionError("field made accessible at creation: " + field, e);
      }
    }

    private JsonDataException duplicate(JsonReader reader, String name) {
      return new JsonDataException("duplicate key '" + name + "' in one " + type.getSimpleName()
          + " object at path " + reader.getPath());
    }

    private Object newInstance() throws IOException {
      try {
        return constructor.newInstance();
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException("cannot create " + type.getName(), cause);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot create " + type.getName(), e);
      }
    }

    @Override
    public void toJson(JsonWriter out, Object value) throws IOException {
      Set<?> nulls = explicitNulls == null ? null : (Set<?>) read(explicitNulls, value);
      if (nulls == null || nulls.isEmpty()) {
        writer.toJson(out, value);
        return;
      }
      // Some property was set to null on purpose: write every set property, and those as null.
      out.beginObject();
      for (Binding binding : bindings) {
        Object fieldValue = read(binding.field, value);
        if (fieldValue != null) {
          out.name(binding.name);
          binding.adapter.toJson(out, fieldValue);
        } else if (nulls.contains(binding.name)) {
          boolean serializeNulls = out.getSerializeNulls();
          out.setSerializeNulls(true);
          out.name(binding.name).nullValue();
          out.setSerializeNulls(serializeNulls);
        }
      }
      out.endObject();
    }

    private static @Nullable Object read(Field field, Object model) {
      try {
        return field.get(model);
      } catch (IllegalAccessException e) {
        throw new AssertionError("field made accessible at creation: " + field, e);
      }
    }

    @Override
    public String toString() {
      return "StrictObjectAdapter(" + type.getName() + ")";
    }
  }
}
