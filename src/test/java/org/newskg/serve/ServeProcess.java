package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.Home;

/** {@code newskg serve} as its own process, through the launcher, as a user starts it. */
final class ServeProcess implements AutoCloseable {
  private final Process process;
  private final String base;

  private ServeProcess(Process process, String base) {
    this.process = process;
    this.base = base;
  }

  /** Starts serving the store on the port and returns once the catalogue answers. */
  static ServeProcess start(Path store, int port, List<String> settings, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Home.path("newskg").toString(), "serve", "--store", store.toString(),
        "--port", Integer.toString(port)));
    settings.forEach(s -> command.addAll(List.of("--set", s)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServeProcess serve = new ServeProcess(process, "http://127.0.0.1:" + port + SparqlServer.DATASET);
    serve.awaitReady();
    return serve;
  }

  String base() {
    return base;
  }

  private void awaitReady() throws InterruptedException, IOException {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      if (!process.isAlive()) {
        throw new IOException("newskg serve ended with exit code " + process.exitValue());
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/queries")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IOException("newskg serve did not answer within 5 minutes");
  }

  @Override
  public void close() throws InterruptedException {
    process.toHandle().descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    process.waitFor();
  }
}
