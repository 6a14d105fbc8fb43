package io.dynagen.example.single;

import io.dynagen.annotations.Table;

/** A board's tasks and notes: a single table whose Task entity has generated values. */
@Table(name = "board")
public sealed interface Board permits Task, TaskNote {}
