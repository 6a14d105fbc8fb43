package io.dynagen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a generated schema touches for its first item loads only what that item needs: the codecs
 * of the scalar types it uses (not all of {@code ScalarCodecs}) and its key attributes without the
 * SDK's {@code ScalarAttributeType}. Each test loads the runtime and the SDK afresh in a class
 * loader of its own, so that what other tests loaded does not count.
 */
class FirstItemClassLoadingTest {

  /** A class loader over this JVM's class path that answers which classes it has loaded. */
  private static final class FreshLoader extends URLClassLoader {
    FreshLoader() throws MalformedURLException {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    private static URL[] classPath() throws MalformedURLException {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        urls.add(new File(entry).toURI().toURL());
      }
      return urls.toArray(new URL[0]);
    }
  }

  @Test
  void aListOfStringsLoadsTheStringCodecAlone() throws Exception {
    try (FreshLoader loader = new FreshLoader()) {
      Class<?> strings = Class.forName("io.dynagen.runtime.ScalarCodecs$StringCodec", true, loader);
      Object list = strings.getField("LIST").get(null);
      Object written = list.getClass().getMethod("write", List.class, String.class).invoke(list, List.of("a"), "tags");
      assertEquals("AttributeValue(L=[AttributeValue(S=a)])", written.toString());
      assertTrue(loader.loaded("io.dynagen.runtime.ScalarCodecs$StringCodec"));
      for (String other : List.of("IntCodec", "InstantCodec", "UuidCodec", "EpochSecondsCodec", "ByteBufferCodec")) {
        assertFalse(loader.loaded("io.dynagen.runtime.ScalarCodecs$" + other), other + " was loaded");
      }
    }
  }

  @Test
  void aKeyAttributeLeavesScalarAttributeTypeUnloadedUntilItsTypeIsAsked() throws Throwable {
    try (FreshLoader loader = new FreshLoader()) {
      // Through a method handle: reflection's getMethod would load the types of every method.
      Class<?> keys = Class.forName("io.dynagen.runtime.KeyAttribute", true, loader);
      Object key = MethodHandles.publicLookup()
          .findStatic(keys, "number", MethodType.methodType(keys, String.class)).invoke("total");
      String sdkType = "software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType";
      assertFalse(loader.loaded(sdkType));
      Class<?> type = Class.forName(sdkType, false, loader);
      Object n = MethodHandles.publicLookup().findVirtual(keys, "type", MethodType.methodType(type)).invoke(key);
      assertEquals("N", n.toString());
    }
  }

  @Test
  void theSameCodecsWorkThroughTheUsualLoader() {
    Map<String, Integer> counts = Map.of("a", 1);
    assertEquals(counts, ScalarCodecs.IntCodec.MAP.read(ScalarCodecs.IntCodec.MAP.write(counts, "counts"), "counts"));
  }
}
