package org.newskg.serve;

import java.nio.file.Path;

/**
 * How the server listens: host (loopback unless told otherwise), port (0 = any free port), the
 * folder Fuseki's UI support writes its run area to, and whether to serve the web app and
 * Fuseki's UI at all.
 */
public record ServerSettings(String host, int port, Path fusekiBase, boolean ui) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 3030;

  /** Loopback, port 3030, UI on, the run area beside the store ({@code data} → {@code data-fuseki}). */
  public static ServerSettings forStore(Path store) {
    Path absolute = store.toAbsolutePath().normalize();
    return new ServerSettings(
        LOOPBACK, DEFAULT_PORT, absolute.resolveSibling(absolute.getFileName() + "-fuseki"), true);
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, fusekiBase, ui);
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, fusekiBase, ui);
  }

  public ServerSettings withUi(boolean enabled) {
    return new ServerSettings(host, port, fusekiBase, enabled);
  }

  boolean loopback() {
    return LOOPBACK.equals(host) || "localhost".equals(host);
  }
}
