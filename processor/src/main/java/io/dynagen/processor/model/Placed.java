package io.dynagen.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** An annotation as placed: the element it is on and its mirror, to attach diagnostics to. */
public record Placed(Element element, AnnotationMirror mirror) {}
