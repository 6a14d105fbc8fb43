package io.dynagen.example.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynagen.example.AsyncClient;
import io.dynagen.example.ClientFactory;
import io.dynagen.example.ClientSettings;
import io.dynagen.example.model.User;
import io.dynagen.example.model.UserAsyncTable;
import io.dynagen.example.model.WalkthroughUsers;
import io.dynagen.runtime.table.batch.AsyncBatchWriter;
import io.dynagen.runtime.testing.LocalDynamoDb;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The app's async client runs on an event loop it owns: the SDK's client leaves that loop alone
 * when closed (so its close does not wait for Netty's two-second quiet period), and closing the
 * {@link AsyncClient} ends the loop, after the work awaited before it has all landed.
 */
class AsyncClientTest {

  @Test
  void closingEndsTheEventLoopAndEveryWriteAwaitedBeforeItIsStored() {
    String table = LocalDynamoDb.uniqueTableName("async-client");
    List<User> users = WalkthroughUsers.batch();
    AsyncClient async = ClientFactory.createAsync(ClientSettings.local(LocalDynamoDb.endpoint()), List.of());
    try (async) {
      UserAsyncTable accessor = UserAsyncTable.create(async.client(), table);
      accessor.createTable().join();
      AsyncBatchWriter<User> writer = accessor.batchWriter();
      CompletableFuture.allOf(users.stream().map(writer::put).toArray(CompletableFuture[]::new))
          .thenCompose(taken -> writer.close())
          .join();
      assertFalse(async.eventLoop().isShuttingDown(), "the loop runs until the client is closed");
    }

    assertTrue(async.eventLoop().isTerminated(), "close() returns once the loop's threads have ended");
    long stored = LocalDynamoDb.client().scanPaginator(b -> b.tableName(table).select("COUNT"))
        .stream().mapToLong(page -> page.count()).sum();
    assertEquals(users.size(), stored);
    LocalDynamoDb.client().deleteTable(b -> b.tableName(table));
  }

  @Test
  void theLoopsThreadsAreDaemonsSoTheyNeverHoldAFinishedJvm() throws Exception {
    try (AsyncClient async = ClientFactory.createAsync(ClientSettings.local(LocalDynamoDb.endpoint()), List.of())) {
      for (EventExecutor loop : async.eventLoop()) {
        assertTrue(loop.submit(() -> Thread.currentThread().isDaemon()).get(), "a daemon thread");
      }
    }
  }

  @Test
  void theSdksCloseLeavesTheLoopToTheAppWhichEndsIt() {
    AsyncClient async = ClientFactory.createAsync(ClientSettings.local(LocalDynamoDb.endpoint()), List.of());
    async.client().listTables().join();

    // The SDK closes a loop it made itself gracefully (two quiet seconds, waited for); one it was
    // given, it leaves running.
    async.client().close();
    assertFalse(async.eventLoop().isShuttingDown(), "the SDK's close left the app's loop running");

    async.close();
    assertTrue(async.eventLoop().isTerminated());
  }
}
