package org.newskg.cli;

import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.newskg.query.QueryLibrary;
import org.newskg.serve.ServeLimits;
import org.newskg.serve.ServerSettings;
import org.newskg.serve.SparqlServer;
import org.newskg.store.Tdb2EventStore;

/** Starts the server over a store, says where it listens, and runs until the process is stopped. */
final class Serving {
  private Serving() {}

  static int runUntilStopped(Tdb2EventStore store, StoreOptions where, ServeOptions how, Properties settings,
      PrintWriter out) {
    ServerSettings listen = ServerSettings.forStore(where.store).withHost(how.host).withPort(how.port);
    ServeLimits limits = ServeLimits.fromSettings(settings);
    SparqlServer server = start(new SparqlServer(store.dataset(), QueryLibrary.standard(), listen, limits), how);
    String base = "http://" + how.host + ":" + server.port();
    out.println("serving " + where.store + " at " + base + "/");
    out.println("  SPARQL:  " + base + SparqlServer.DATASET + "/sparql");
    out.println("  queries: " + base + SparqlServer.DATASET + "/queries");
    out.println("stop with Ctrl-C");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    awaitQuietly(stopped);
    return NewskgCommand.OK;
  }

  private static SparqlServer start(SparqlServer server, ServeOptions how) {
    try {
      return server.start();
    } catch (RuntimeException e) {
      if (causedBy(e, java.net.BindException.class)) {
        throw new UnavailableException("cannot listen on " + how.host + ":" + how.port + " (" + rootMessage(e)
            + "); choose another --port", e);
      }
      throw e;
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
