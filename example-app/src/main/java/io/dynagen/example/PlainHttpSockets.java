package io.dynagen.example;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.apache.http.HttpHost;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.protocol.HttpContext;

/**
 * The {@code https} socket factory of a client built for a plain {@code http://} endpoint (a
 * DynamoDB Local): such a client never opens a TLS connection, so it need not build the TLS
 * context the SDK's Apache client otherwise makes when it is built (reading the JDK's trust store
 * and loading its TLS stack: a tenth of a second or more of every start). Should a request still
 * ask for TLS, it fails saying why.
 */
final class PlainHttpSockets implements ConnectionSocketFactory {
  private final URI endpoint;

  private PlainHttpSockets(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** {@return the factory for a client of {@code endpoint}, or {@code null} (the SDK's TLS) unless it is plain http} */
  static ConnectionSocketFactory forEndpoint(URI endpoint) {
    return endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme()) ? new PlainHttpSockets(endpoint) : null;
  }

  @Override
  public Socket createSocket(HttpContext context) throws IOException {
    throw refused();
  }

  @Override
  public Socket connectSocket(
      int connectTimeout, Socket socket, HttpHost host, InetSocketAddress remoteAddress, InetSocketAddress localAddress,
      HttpContext context) throws IOException {
    throw refused();
  }

  private IOException refused() {
    return new IOException("This client was built for the plain-HTTP endpoint " + endpoint
        + " and has no TLS set up: give an https:// endpoint to talk TLS");
  }
}
