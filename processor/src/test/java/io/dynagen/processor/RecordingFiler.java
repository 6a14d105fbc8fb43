package io.dynagen.processor;

import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac's Filer, noting each source file created and the originating elements it was given:
 * what Gradle's incremental compilation of an isolating processor relies on.
 */
final class RecordingFiler implements Filer {
  /** A source file the processor created, with the elements it said it came from. */
  record CreatedSource(String name, List<Element> originatingElements) {}

  private final Filer delegate;
  private final List<CreatedSource> created;

  RecordingFiler(Filer delegate, List<CreatedSource> created) {
    this.delegate = delegate;
    this.created = created;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
    created.add(new CreatedSource(name.toString(), List.of(originatingElements)));
    return delegate.createSourceFile(name, originatingElements);
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
    throw new AssertionError("Dynagen writes sources only, not class file " + name);
  }

  @Override
  public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
      CharSequence relativeName, Element... originatingElements) throws IOException {
    throw new AssertionError("Dynagen writes sources only, not resource " + relativeName);
  }

  @Override
  public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
      CharSequence relativeName) throws IOException {
    return delegate.getResource(location, moduleAndPkg, relativeName);
  }
}
