package org.newskg.cli;

import org.newskg.serve.ServerSettings;
import picocli.CommandLine.Option;

/** {@code --port} and {@code --host} of the SPARQL server. */
public class ServeOptions {
  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port = ServerSettings.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host = ServerSettings.LOOPBACK;
}
