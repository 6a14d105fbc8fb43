package io.dynagen.example.single;

import io.dynagen.annotations.Table;

/** A board's tasks and notes: a single table whose Task entity has generated values. */
@Table(name = "task_board")
public sealed interface TaskBoard permits Task, TaskNote {}
